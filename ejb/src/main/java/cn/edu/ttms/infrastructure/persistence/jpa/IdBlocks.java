package cn.edu.ttms.infrastructure.persistence.jpa;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

/**
 * Reserves a block of ids from the one id sequence that EclipseLink's {@code ttms_ids} table
 * generator also draws from (orm.xml), for rows written with plain SQL in bulk. Like the generator
 * it advances the counter and uses the values up to the new count; in a short transaction of its
 * own, so that the sequence row is not locked while thousands of rows are written (a block left
 * unused after a rollback is a harmless gap).
 */
@Stateless
@PermitAll
public class IdBlocks {

    @PersistenceContext(unitName = "ttms")
    EntityManager em;

    /** The first of {@code count} consecutive ids nobody else will be given. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public long reserve(int count) {
        if (count < 1) {
            throw new IllegalArgumentException("count " + count);
        }
        em.createNativeQuery("UPDATE id_sequence SET seq_count = seq_count + ? WHERE seq_name = 'ttms'")
                .setParameter(1, count).executeUpdate();
        long last = ((Number) em.createNativeQuery("SELECT seq_count FROM id_sequence WHERE seq_name = 'ttms'")
                .getSingleResult()).longValue();
        return last - count + 1;
    }
}
