package cn.edu.ttms.application.audit;

import cn.edu.ttms.domain.model.audit.AuditAction;
import cn.edu.ttms.domain.model.audit.AuditEntry;
import cn.edu.ttms.domain.model.audit.AuditRepository;
import cn.edu.ttms.domain.model.shared.DomainException;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.Instant;

/**
 * Records the events that are not entity changes: sign-ins (successful or not), sign-outs,
 * password changes, every look at or export of personal data, and every import, refused ones
 * included. Entity changes are recorded
 * by the persistence layer itself ({@code AuditedChanges}).
 */
@Stateless
@PermitAll
public class AuditTrail {

    @Inject
    AuditRepository entries;

    /** An event done by the current caller. */
    public void record(AuditAction action, String entityType, Object entityId, String scopePath, String detail) {
        recordAs(AuditActor.current(), action, entityType, entityId, scopePath, detail);
    }

    /** An event on behalf of a named actor (a sign-in attempt has no caller yet). */
    public void recordAs(
            String actor, AuditAction action, String entityType, Object entityId, String scopePath, String detail) {
        entries.store(new AuditEntry(
                Instant.now(),
                actor,
                action,
                entityType,
                entityId == null ? null : String.valueOf(entityId),
                scopePath,
                null,
                null,
                detail));
    }

    /**
     * A refused attempt (a wrong current password, a role the caller may not give, an account out of
     * reach): in a transaction of its own, because the refusal rolls the caller's transaction back.
     */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void refusal(AuditAction action, String entityType, Object entityId, String scopePath, String detail) {
        record(action, entityType, entityId, scopePath, detail);
    }

    /**
     * An import that was refused or failed (problems in its rows, an unreadable file, a closed
     * project…): who tried which file, and how many problems stopped it. In a transaction of its own,
     * because the import's transaction is rolled back and would take the entry with it.
     */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void importRefused(
            String entityType, Object entityId, String scopePath, String fileName, DomainException why) {
        int problems = why instanceof RefusedImport refused ? refused.problemCount() : 1;
        String file = fileName == null || fileName.isBlank()
                ? "(no file name)"
                : fileName.length() > 200 ? fileName.substring(0, 200) + "…" : fileName;
        record(
                AuditAction.IMPORT_REFUSED,
                entityType,
                entityId,
                scopePath,
                file + ": refused, " + problems + (problems == 1 ? " problem" : " problems") + ", nothing imported ("
                        + why.messageKey() + ")");
    }
}
