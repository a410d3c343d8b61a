package cn.edu.ttms.application.home;

import cn.edu.ttms.application.enrolment.EnrolmentQueries;
import cn.edu.ttms.application.material.ProjectMaterials;
import cn.edu.ttms.application.notification.Notifications;
import cn.edu.ttms.application.policy.CreditPolicies;
import cn.edu.ttms.application.result.BatchQueries;
import cn.edu.ttms.application.scope.Caller;
import cn.edu.ttms.application.scope.CurrentCaller;
import cn.edu.ttms.domain.model.account.Role;
import cn.edu.ttms.domain.model.account.UserAccountRepository;
import cn.edu.ttms.domain.model.enrolment.EnrolmentStatus;
import cn.edu.ttms.domain.model.organisation.DataScope;
import cn.edu.ttms.domain.model.project.ProjectQuery;
import cn.edu.ttms.domain.model.project.ProjectRepository;
import cn.edu.ttms.domain.model.project.ProjectStatus;
import cn.edu.ttms.domain.model.result.BatchStatus;
import cn.edu.ttms.domain.model.signing.SigningPinLocks;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Month;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * What waits for the caller (issue 17, item 1): for each kind of work the caller's roles do, how many
 * items wait, counted in the database and only inside the caller's scope — the subtree for staff, the
 * projects they lead or host for an institution, themself for a teacher — with the same rules as the
 * pages the items link to.
 */
@Stateless
@PermitAll
public class ToDoList {

    /** How many classes a line names (the oldest first); the rest are "and N more", a card stays readable. */
    static final int NAMED = 5;

    @Inject
    CurrentCaller caller;

    @Inject
    ProjectRepository projects;

    @Inject
    EnrolmentQueries enrolments;

    @Inject
    BatchQueries batches;

    @Inject
    ProjectMaterials materials;

    @Inject
    UserAccountRepository accounts;

    @Inject
    SigningPinLocks signingLocks;

    @Inject
    Notifications notifications;

    @Inject
    CreditPolicies policies;

    /** The caller's to-do list, in the order of the work (projects, enrolment, results, accounts). */
    public List<ToDo> mine() {
        Caller me = caller.get();
        Set<Role> roles = me.roles();
        DataScope scope = me.scope();
        boolean subtree = scope.kind() == DataScope.Kind.SUBTREE;
        List<ToDo> list = new ArrayList<>();
        for (ToDoKind kind : ToDoKind.values()) {
            if (!kind.concerns(roles)) {
                continue;
            }
            switch (kind) {
                case APPLICATIONS_TO_APPROVE -> list.add(ToDo.of(kind, enrolments.countPending()));
                case DRAFTS_TO_SUBMIT -> list.add(ToDo.of(kind, owned(scope, ProjectStatus.DRAFT, false)));
                case PROPOSALS_TO_DECIDE -> list.add(ToDo.of(kind, owned(scope, ProjectStatus.SUBMITTED, true)));
                case PROJECTS_TO_APPROVE -> list.add(ToDo.of(kind, owned(scope, ProjectStatus.SUBMITTED, false)));
                case PROJECTS_TO_PUBLISH -> list.add(toPublish(me, scope));
                case ENROLMENT_TO_OPEN ->
                    list.add(ToDo.of(
                            kind,
                            owned(scope, ProjectStatus.PUBLISHED, false)
                                    + owned(scope, ProjectStatus.PUBLISHED, true)));
                case PROPOSALS_TO_SUBMIT ->
                    list.add(ToDo.of(
                            kind,
                            projects.countProposedBy(
                                    me.organisationPath(), null, ProjectQuery.of(null, null, ProjectStatus.DRAFT))));
                case RESULTS_DUE -> list.add(resultsDue());
                case MATERIALS_DUE -> list.add(materialsDue());
                case RESULTS_TO_CONFIRM -> list.add(ToDo.of(kind, batches.count(null, BatchStatus.DRAFT)));
                case RESULTS_RETURNED -> list.add(ToDo.of(kind, batches.count(null, BatchStatus.RETURNED)));
                case BATCHES_TO_COUNTERSIGN -> list.add(ToDo.of(kind, batches.count(null, BatchStatus.SIGNED)));
                case BATCHES_TO_RECOGNISE -> list.add(ToDo.of(kind, batches.count(null, BatchStatus.REVIEWED)));
                case ACCOUNTS_LOCKED ->
                    list.add(ToDo.of(kind, subtree ? accounts.countLockedAt(scope, Instant.now()) : 0));
                case SIGNING_LOCKED -> list.add(ToDo.of(kind, subtree ? signingLocked(scope) : 0));
                case PROJECTS_OPEN_TO_ME -> {
                    if (me.teacherId() != null) {
                        list.add(ToDo.of(kind, enrolments.openToMe().size()));
                    }
                }
                case MY_APPLICATIONS_WAITING -> {
                    if (me.teacherId() != null) {
                        list.add(ToDo.of(
                                kind,
                                enrolments.mine().stream()
                                        .filter(e -> e.status() == EnrolmentStatus.PENDING_APPROVAL)
                                        .count()));
                    }
                }
                case UNREAD_NOTICES -> list.add(ToDo.of(kind, notifications.unreadCount()));
            }
        }
        return list;
    }

    private long owned(DataScope scope, ProjectStatus status, boolean proposed) {
        return scope.kind() == DataScope.Kind.SUBTREE ? projects.countOwned(scope, status, proposed) : 0;
    }

    /**
     * Approved projects of the subtree. Inside the publication window the bureau's staff publish them; outside
     * it only an administrator does (with a reason), so the line says so to staff and to administrators alike.
     */
    private ToDo toPublish(Caller me, DataScope scope) {
        long count = owned(scope, ProjectStatus.APPROVED, false) + owned(scope, ProjectStatus.APPROVED, true);
        Set<Month> months =
                policies.resolve(me.organisationPath(), LocalDate.now()).rules().publicationMonths();
        boolean shut = !months.contains(LocalDate.now().getMonth());
        String shown =
                months.stream().sorted().map(m -> String.valueOf(m.getValue())).collect(Collectors.joining("、"));
        return new ToDo(ToDoKind.PROJECTS_TO_PUBLISH, count, shut, shown);
    }

    /** The classes the caller leads or hosts whose results are due (the first ten named). */
    private ToDo resultsDue() {
        List<ToDo.Item> due = batches.resultsDue(LocalDate.now()).stream()
                .map(p -> new ToDo.Item(p.id(), p.name(), p.lastDay()))
                .toList();
        return new ToDo(ToDoKind.RESULTS_DUE, due.size(), false, null, due.subList(0, Math.min(NAMED, due.size())));
    }

    /** The classes the caller leads or hosts that still owe materials, overdue first (the first ten named). */
    private ToDo materialsDue() {
        List<ToDo.Item> owed = materials.owed(LocalDate.now()).stream()
                .map(o -> new ToDo.Item(o.projectId(), o.name(), null, o.dueBy(), o.overdue(), o.missing()))
                .toList();
        return new ToDo(
                ToDoKind.MATERIALS_DUE, owed.size(), false, null, owed.subList(0, Math.min(NAMED, owed.size())));
    }

    private long signingLocked(DataScope scope) {
        Instant now = Instant.now();
        return signingLocks.withFailuresIn(scope).stream()
                .filter(l -> l.lockedUntil() != null && l.lockedUntil().isAfter(now))
                .count();
    }
}
