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
 * it advances the counter and uses the values up to the new count, in the caller's transaction.
 *
 * <p>Not in a transaction of its own: under JTA, EclipseLink's table sequencing updates the same row
 * in the caller's transaction, so a caller that has already persisted new entities (a teacher import
 * opening accounts for the teachers it created) holds that row's lock until it commits, and a second
 * transaction asking for it would wait for its own caller until the lock wait time-out. The price:
 * while a bulk write runs, other requests that need fresh ids wait for it (seconds for 50,000 rows).
 */
@Stateless
@PermitAll
public class IdBlocks {

    @PersistenceContext(unitName = "ttms")
    EntityManager em;

    /** The first of {@code count} consecutive ids nobody else will be given. */
    @TransactionAttribute(TransactionAttributeType.MANDATORY)
    public long reserve(int count) {
        if (count < 1) {
            throw new IllegalArgumentException("count " + count);
        }
        em.createNativeQuery("UPDATE id_sequence SET seq_count = seq_count + ? WHERE seq_name = 'ttms'")
                .setParameter(1, count)
                .executeUpdate();
        long last = ((Number) em.createNativeQuery("SELECT seq_count FROM id_sequence WHERE seq_name = 'ttms'")
                        .getSingleResult())
                .longValue();
        return last - count + 1;
    }
}
