package cn.edu.ttms.application.audit;

import cn.edu.ttms.application.scope.Caller;
import cn.edu.ttms.application.scope.CurrentCaller;
import cn.edu.ttms.domain.model.audit.AuditEntry;
import cn.edu.ttms.domain.model.organisation.DataScope;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.util.List;

/**
 * Reading the audit trail: staff see the entries of their subtree, a teacher sees who looked at,
 * changed or exported their own record (art. 20: personal data only with a need, and visibly so).
 */
@Stateless
public class AuditLog {

    @PersistenceContext(unitName = "ttms")
    EntityManager em;

    @Inject
    CurrentCaller caller;

    @RolesAllowed({"ADMIN", "PROVINCE_OFFICER", "BUREAU_STAFF", "BUREAU_REVIEWER", "SCHOOL_ADMIN"})
    public List<AuditView> inScope(String actor, String action, int first, int max) {
        return query("SELECT a FROM AuditEntry a WHERE " + where(actor, action) + " ORDER BY a.id DESC", AuditEntry.class,
                actor, action).setFirstResult(first).setMaxResults(Math.min(max, 500)).getResultList().stream()
                .map(AuditLog::view).toList();
    }

    @RolesAllowed({"ADMIN", "PROVINCE_OFFICER", "BUREAU_STAFF", "BUREAU_REVIEWER", "SCHOOL_ADMIN"})
    public long countInScope(String actor, String action) {
        return query("SELECT COUNT(a) FROM AuditEntry a WHERE " + where(actor, action), Long.class, actor, action)
                .getSingleResult();
    }

    /** Who looked at, changed or exported the caller's own teacher record. */
    @RolesAllowed("TEACHER")
    public List<AuditView> accessesToMyRecord() {
        Caller me = caller.get();
        if (me.teacherId() == null) {
            return List.of();
        }
        return em.createQuery("SELECT a FROM AuditEntry a WHERE a.entityType = 'Teacher' AND a.entityId = :id"
                + " ORDER BY a.id DESC", AuditEntry.class).setParameter("id", String.valueOf(me.teacherId()))
                .setMaxResults(500).getResultList().stream().map(AuditLog::view).toList();
    }

    /**
     * The history of one record, newest first. Only for a record the caller has already been shown:
     * the service that loaded it checked the scope.
     */
    @RolesAllowed({"ADMIN", "PROVINCE_OFFICER", "BUREAU_STAFF", "BUREAU_REVIEWER", "SCHOOL_ADMIN", "PROJECT_LEAD",
            "INSTITUTION_STAFF"})
    public List<AuditView> historyOf(String entityType, Object id) {
        return em.createQuery("SELECT a FROM AuditEntry a WHERE a.entityType = :type AND a.entityId = :id"
                + " ORDER BY a.id DESC", AuditEntry.class).setParameter("type", entityType)
                .setParameter("id", String.valueOf(id)).setMaxResults(200).getResultList().stream()
                .map(AuditLog::view).toList();
    }

    private String where(String actor, String action) {
        DataScope scope = caller.scope();
        // administrators also see events outside any unit, e.g. sign-in attempts with unknown usernames
        StringBuilder where = new StringBuilder(scope.kind() != DataScope.Kind.SUBTREE ? "1 = 0"
                : caller.get().holds(cn.edu.ttms.domain.model.account.Role.ADMIN)
                        ? "(a.scopePath LIKE :prefix OR a.scopePath IS NULL)" : "a.scopePath LIKE :prefix");
        if (actor != null && !actor.isBlank()) {
            where.append(" AND a.actor = :actor");
        }
        if (action != null && !action.isBlank()) {
            where.append(" AND a.action = :action");
        }
        return where.toString();
    }

    private <T> TypedQuery<T> query(String jpql, Class<T> type, String actor, String action) {
        TypedQuery<T> q = em.createQuery(jpql, type);
        DataScope scope = caller.scope();
        if (scope.kind() == DataScope.Kind.SUBTREE) {
            q.setParameter("prefix", scope.pathPrefix() + "%");
        }
        if (actor != null && !actor.isBlank()) {
            q.setParameter("actor", actor.strip());
        }
        if (action != null && !action.isBlank()) {
            q.setParameter("action", cn.edu.ttms.domain.model.audit.AuditAction.valueOf(action));
        }
        return q;
    }

    private static AuditView view(AuditEntry a) {
        return new AuditView(a.id(), a.at(), a.actor(), a.action().name(), a.entityType(), a.entityId(), a.before(),
                a.after(), a.detail());
    }
}
