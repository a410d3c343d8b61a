package cn.edu.ttms.application.audit;

import cn.edu.ttms.application.scope.Caller;
import cn.edu.ttms.application.scope.CurrentCaller;
import cn.edu.ttms.domain.model.account.Role;
import cn.edu.ttms.domain.model.audit.AuditAction;
import cn.edu.ttms.domain.model.audit.AuditEntry;
import cn.edu.ttms.domain.model.audit.AuditRepository;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.List;

/**
 * Reading the audit trail: staff see the entries of their subtree, a teacher sees who looked at,
 * changed or exported their own record (art. 20: personal data only with a need, and visibly so).
 */
@Stateless
public class AuditLog {

    @Inject
    AuditRepository entries;

    @Inject
    CurrentCaller caller;

    @RolesAllowed({"ADMIN", "PROVINCE_OFFICER", "BUREAU_STAFF", "BUREAU_REVIEWER", "SCHOOL_ADMIN"})
    public List<AuditView> inScope(String actor, String action, int first, int max) {
        return entries
                .inScope(caller.scope(), unitless(), actorOf(actor), actionOf(action), first, Math.min(max, 500))
                .stream()
                .map(AuditLog::view)
                .toList();
    }

    @RolesAllowed({"ADMIN", "PROVINCE_OFFICER", "BUREAU_STAFF", "BUREAU_REVIEWER", "SCHOOL_ADMIN"})
    public long countInScope(String actor, String action) {
        return entries.countInScope(caller.scope(), unitless(), actorOf(actor), actionOf(action));
    }

    /** Who looked at, changed or exported the caller's own teacher record. */
    @RolesAllowed("TEACHER")
    public List<AuditView> accessesToMyRecord() {
        Caller me = caller.get();
        if (me.teacherId() == null) {
            return List.of();
        }
        return entries.historyOf("Teacher", String.valueOf(me.teacherId()), 500).stream()
                .map(AuditLog::view)
                .toList();
    }

    /**
     * The history of one record, newest first. Only for a record the caller has already been shown:
     * the service that loaded it checked the scope.
     */
    @RolesAllowed({
        "ADMIN",
        "PROVINCE_OFFICER",
        "BUREAU_STAFF",
        "BUREAU_REVIEWER",
        "SCHOOL_ADMIN",
        "PROJECT_LEAD",
        "INSTITUTION_STAFF"
    })
    public List<AuditView> historyOf(String entityType, Object id) {
        return entries.historyOf(entityType, String.valueOf(id), 200).stream()
                .map(AuditLog::view)
                .toList();
    }

    /** Administrators also see events outside any unit, e.g. sign-in attempts with unknown usernames. */
    private boolean unitless() {
        return caller.get().holds(Role.ADMIN);
    }

    private static String actorOf(String actor) {
        return actor == null || actor.isBlank() ? null : actor.strip();
    }

    private static AuditAction actionOf(String action) {
        return action == null || action.isBlank() ? null : AuditAction.valueOf(action);
    }

    private static AuditView view(AuditEntry a) {
        return new AuditView(
                a.id(),
                a.at(),
                a.actor(),
                a.action().name(),
                a.entityType(),
                a.entityId(),
                a.before(),
                a.after(),
                a.detail());
    }
}
