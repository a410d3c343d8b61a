package cn.edu.ttms.application.audit;

import cn.edu.ttms.application.scope.Caller;
import cn.edu.ttms.application.scope.CurrentCaller;
import cn.edu.ttms.domain.model.account.AccountName;
import cn.edu.ttms.domain.model.account.Role;
import cn.edu.ttms.domain.model.account.UserAccountRepository;
import cn.edu.ttms.domain.model.audit.AuditAction;
import cn.edu.ttms.domain.model.audit.AuditEntry;
import cn.edu.ttms.domain.model.audit.AuditRepository;
import cn.edu.ttms.domain.model.organisation.DataScope;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

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

    @Inject
    UserAccountRepository accounts;

    @Inject
    LinkedRecords linked;

    @RolesAllowed({"ADMIN", "PROVINCE_OFFICER", "BUREAU_STAFF", "BUREAU_REVIEWER", "SCHOOL_ADMIN"})
    public List<AuditView> inScope(String actor, String action, int first, int max) {
        return named(entries.inScope(
                caller.scope(), unitless(), actorOf(actor), actionOf(action), first, Math.min(max, 500)));
    }

    @RolesAllowed({"ADMIN", "PROVINCE_OFFICER", "BUREAU_STAFF", "BUREAU_REVIEWER", "SCHOOL_ADMIN"})
    public long countInScope(String actor, String action) {
        return entries.countInScope(caller.scope(), unitless(), actorOf(actor), actionOf(action));
    }

    /**
     * Who else looked at, changed or exported the caller's own teacher record: the teacher's own doings
     * (a download of their archive, a change of their phone number) are no one's access to it.
     */
    @RolesAllowed("TEACHER")
    public List<AuditView> accessesToMyRecord() {
        Caller me = caller.get();
        if (me.teacherId() == null) {
            return List.of();
        }
        return named(entries.historyOf("Teacher", String.valueOf(me.teacherId()), 500).stream()
                .filter(a -> !me.username().equals(a.actor()))
                .toList());
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
        return named(entries.historyOf(entityType, String.valueOf(id), 200));
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

    /**
     * The entries with their actors' names and units, looked up in one query for the whole page, and the records
     * their fields name (a project's plan, its lead), one query per kind of record for the whole page.
     */
    private List<AuditView> named(List<AuditEntry> page) {
        Map<String, AccountName> names = accounts.namesOf(page.stream()
                .map(AuditEntry::actor)
                .filter(java.util.Objects::nonNull)
                .collect(java.util.stream.Collectors.toSet()));
        List<AuditView> views =
                page.stream().map(a -> view(a, names.get(a.actor()))).toList();
        Map<String, AuditView.Link> links = links(views, caller.scope());
        return views.stream().map(v -> v.withLinks(links)).toList();
    }

    private Map<String, AuditView.Link> links(List<AuditView> views, DataScope scope) {
        Map<String, AuditView.Link> links = new HashMap<>();
        AuditLinks.named(views)
                .forEach((kind, ids) -> linked.find(kind, ids)
                        .forEach((id, found) -> links.put(
                                AuditLinks.key(kind, id),
                                readable(kind, found, scope)
                                        ? new AuditView.Link(found.name(), found.number(), true)
                                        : AuditView.Link.OTHER_UNIT)));
        return links;
    }

    /**
     * Whether the reader may see a linked record's name. Units and credit policies are the system's public frame
     * (the forms and the catalogue show them to everyone); teachers, and their accounts, are personal data, named
     * only inside the reader's subtree (or to themselves); staff accounts are named as they are as actors (a
     * project's lead is on its page); plans, projects and batches are named inside the subtree and on the reader's
     * line upwards (a county reads the city's plans), not in another branch.
     */
    static boolean readable(AuditLinks.Kind kind, LinkedRecords.Found found, DataScope scope) {
        return switch (kind) {
            case UNIT, POLICY -> true;
            case TEACHER -> personal(found, scope);
            case ACCOUNT, USERNAME -> found.teacherId() == null || personal(found, scope);
            default ->
                scope.includesPath(found.ownerPath())
                        || scope.kind() == DataScope.Kind.SUBTREE
                                && found.ownerPath() != null
                                && scope.pathPrefix().startsWith(found.ownerPath());
        };
    }

    private static boolean personal(LinkedRecords.Found found, DataScope scope) {
        return scope.includesPath(found.ownerPath())
                || scope.kind() == DataScope.Kind.SELF
                        && java.util.Objects.equals(scope.teacherId(), found.teacherId());
    }

    private static AuditView view(AuditEntry a, AccountName name) {
        return new AuditView(
                a.id(),
                a.at(),
                a.actor(),
                a.action().name(),
                a.entityType(),
                a.entityId(),
                a.before(),
                a.after(),
                a.detail(),
                name == null ? null : name.displayName(),
                name == null ? null : name.unitName());
    }
}
