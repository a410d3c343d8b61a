package cn.edu.ttms.application.audit;

import cn.edu.ttms.domain.model.shared.ConcurrentChange;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.sql.Timestamp;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;

/**
 * Explains a lost update from the audit trail: who saved the record last, when, and what they
 * changed — so the second editor sees the other's change instead of a bare "conflict".
 */
@ApplicationScoped
public class ConcurrentChanges {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss")
            .withZone(ZoneId.systemDefault());

    @PersistenceContext(unitName = "ttms")
    EntityManager em;

    public ConcurrentChange describe(String entityType, long id) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("SELECT actor, at, after_json FROM audit_entry"
                + " WHERE entity_type = ? AND entity_id = ? AND action = 'UPDATE' ORDER BY id DESC")
                .setParameter(1, entityType).setParameter(2, String.valueOf(id)).setMaxResults(1).getResultList();
        if (rows.isEmpty()) {
            return new ConcurrentChange("?", "?", "?");
        }
        Object[] last = rows.get(0);
        String when = last[1] instanceof Timestamp at ? TIME.format(at.toInstant()) : String.valueOf(last[1]);
        return new ConcurrentChange(String.valueOf(last[0]), when, String.valueOf(last[2]));
    }
}
