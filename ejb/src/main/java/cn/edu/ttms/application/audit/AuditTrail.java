package cn.edu.ttms.application.audit;

import cn.edu.ttms.domain.model.audit.AuditAction;
import cn.edu.ttms.domain.model.audit.AuditEntry;
import cn.edu.ttms.infrastructure.audit.AuditActor;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;

/**
 * Records the events that are not entity changes: sign-ins (successful or not), sign-outs,
 * password changes, and every look at or export of personal data. Entity changes are recorded
 * by the persistence layer itself ({@code AuditedChanges}).
 */
@Stateless
@PermitAll
public class AuditTrail {

    @PersistenceContext(unitName = "ttms")
    EntityManager em;

    /** An event done by the current caller. */
    public void record(AuditAction action, String entityType, Object entityId, String scopePath, String detail) {
        recordAs(AuditActor.current(), action, entityType, entityId, scopePath, detail);
    }

    /** An event on behalf of a named actor (a sign-in attempt has no caller yet). */
    public void recordAs(String actor, AuditAction action, String entityType, Object entityId, String scopePath,
            String detail) {
        em.persist(new AuditEntry(Instant.now(), actor, action, entityType,
                entityId == null ? null : String.valueOf(entityId), scopePath, null, null, detail));
    }
}
