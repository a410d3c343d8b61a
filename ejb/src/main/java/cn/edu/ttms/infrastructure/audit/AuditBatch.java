package cn.edu.ttms.infrastructure.audit;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import java.util.Collections;
import java.util.List;

/** Writes collected audit entries with multi-row inserts, in the caller's transaction. */
@ApplicationScoped
public class AuditBatch {

    private static final int ROWS_PER_STATEMENT = 500;

    @PersistenceContext(unitName = "ttms")
    EntityManager em;

    public void write(List<AuditedChanges.Pending> entries) {
        for (int i = 0; i < entries.size(); i += ROWS_PER_STATEMENT) {
            List<AuditedChanges.Pending> chunk = entries.subList(i, Math.min(entries.size(), i + ROWS_PER_STATEMENT));
            Query insert = em.createNativeQuery("INSERT INTO audit_entry (at, actor, action, entity_type, entity_id,"
                    + " scope_path, before_json, after_json) VALUES "
                    + String.join(",", Collections.nCopies(chunk.size(), "(?, ?, ?, ?, ?, ?, ?, ?)")));
            int p = 1;
            for (AuditedChanges.Pending e : chunk) {
                insert.setParameter(p++, e.at()).setParameter(p++, e.actor()).setParameter(p++, e.action().name())
                        .setParameter(p++, e.entityType()).setParameter(p++, e.entityId()).setParameter(p++, e.scope())
                        .setParameter(p++, e.before()).setParameter(p++, e.after());
            }
            insert.executeUpdate();
        }
    }
}
