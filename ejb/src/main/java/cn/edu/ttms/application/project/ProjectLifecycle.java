package cn.edu.ttms.application.project;

import cn.edu.ttms.application.audit.AuditTrail;
import cn.edu.ttms.application.policy.CreditPolicies;
import cn.edu.ttms.application.scope.Caller;
import cn.edu.ttms.application.scope.CurrentCaller;
import cn.edu.ttms.domain.model.account.Role;
import cn.edu.ttms.domain.model.audit.AuditAction;
import cn.edu.ttms.domain.model.organisation.DataScope;
import cn.edu.ttms.domain.model.organisation.OrganisationKind;
import cn.edu.ttms.domain.model.organisation.OrganisationRepository;
import cn.edu.ttms.domain.model.project.IllegalTransition;
import cn.edu.ttms.domain.model.project.ProjectAction;
import cn.edu.ttms.domain.model.project.ProjectRepository;
import cn.edu.ttms.domain.model.project.TrainingProject;
import cn.edu.ttms.domain.model.shared.Conflict;
import cn.edu.ttms.domain.model.shared.DomainException;
import cn.edu.ttms.domain.model.shared.Forbidden;
import cn.edu.ttms.domain.model.shared.Invalid;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.time.Month;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The steps of a project's life cycle, each checked for the caller's role and scope and refused
 * with a reason (workflow.md §1). A project proposed by an institution or a school is submitted by
 * that unit and approved or returned (with a reason) by the bureau that owns it. The status change itself is audited like every change; a
 * publication outside the policy's windows by an administrator records its reason as well.
 */
@Stateless
@RolesAllowed({
    "ADMIN",
    "PROVINCE_OFFICER",
    "BUREAU_STAFF",
    "BUREAU_REVIEWER",
    "SCHOOL_ADMIN",
    "INSTITUTION_STAFF",
    "PROJECT_LEAD"
})
public class ProjectLifecycle {

    /** Who may take each step (ADMIN may take every step). */
    static final Map<ProjectAction, Set<Role>> WHO = new EnumMap<>(ProjectAction.class);

    static {
        Set<Role> staff = EnumSet.of(Role.BUREAU_STAFF);
        Set<Role> reviewer = EnumSet.of(Role.BUREAU_REVIEWER);
        for (ProjectAction a : ProjectAction.values()) {
            WHO.put(a, staff);
        }
        WHO.put(ProjectAction.APPROVE, reviewer);
        WHO.put(ProjectAction.RETURN, reviewer);
        WHO.put(ProjectAction.REVIEW, reviewer);
        WHO.put(ProjectAction.RECOGNISE, EnumSet.of(Role.PROVINCE_OFFICER));
    }

    @Inject
    ProjectRepository projects;

    @Inject
    OrganisationRepository organisations;

    @Inject
    CreditPolicies policies;

    @Inject
    CurrentCaller caller;

    @Inject
    ProposingUnits proposers;

    /**
     * A project proposed by a unit below the bureau is approved or returned by the bureau's staff (or its
     * reviewers): the staff did not write it, so no one approves their own work. The bureau's own projects
     * are written by its staff and approved by its reviewers.
     */
    static final Set<Role> DECIDE_PROPOSED = EnumSet.of(Role.BUREAU_STAFF, Role.BUREAU_REVIEWER);

    @Inject
    AuditTrail audit;

    @Inject
    cn.edu.ttms.application.enrolment.Enrolments enrolments;

    @Inject
    cn.edu.ttms.application.notification.Notifications notifications;

    private static final Set<ProjectAction> BY_SIGNATURES =
            EnumSet.of(ProjectAction.SUBMIT_RESULTS, ProjectAction.REVIEW, ProjectAction.RECOGNISE);

    public TrainingProject apply(long projectId, ProjectAction action, String reason, boolean outsideWindow) {
        Caller me = caller.get();
        TrainingProject project = visible(me, projectId);
        Optional<DomainException> refusal = refusal(me, project, action);
        if (refusal.isPresent()) {
            throw refusal.get();
        }
        if (action == ProjectAction.PUBLISH && !inWindow(project)) {
            if (!me.holds(Role.ADMIN) || !outsideWindow || reason == null || reason.isBlank()) {
                throw outsideWindows(project);
            }
            audit.record(
                    AuditAction.UPDATE,
                    "TrainingProject",
                    projectId,
                    project.ownerPath(),
                    "published outside the windows: " + reason.strip());
        }
        project.apply(action, reason);
        notifications.afterTransition(project, action, reason); // cancellation and class opening tell the trainees
        if (action == ProjectAction.OPEN_ENROLMENT) {
            enrolments.openSeats(project);
        }
        return project;
    }

    /**
     * The steps the caller may take now, for the buttons of the project page. PUBLISH outside the
     * windows is offered to an administrator only (who must then give a reason).
     */
    @PermitAll
    public List<ProjectAction> available(TrainingProject project) {
        Caller me = caller.get();
        if (me.scope().kind() != DataScope.Kind.SUBTREE && !proposers.isProposerOf(me, project)) {
            return List.of();
        }
        List<ProjectAction> actions = new ArrayList<>();
        for (ProjectAction a : ProjectAction.values()) {
            if (refusal(me, project, a).isEmpty()
                    && (a != ProjectAction.PUBLISH || inWindow(project) || me.holds(Role.ADMIN))) {
                actions.add(a);
            }
        }
        return actions;
    }

    /**
     * What the project waits for and who takes the step (issue 17, item 1): the note beside the buttons,
     * so that a step the caller does not see is explained — above all a publication outside the windows,
     * which only an administrator may take. Null once nothing follows (archived, cancelled).
     */
    @PermitAll
    public NextStep nextStep(TrainingProject project) {
        List<ProjectAction> mine = available(project);
        String owner = ownerName(project);
        String proposer = project.proposingUnit() == null ? "" : project.proposingUnit();
        return switch (project.status()) {
            case DRAFT ->
                project.proposed()
                        ? next("project.next.DRAFT.proposed", mine, ProjectAction.SUBMIT, proposer, owner)
                        : next("project.next.DRAFT", mine, ProjectAction.SUBMIT, owner);
            case SUBMITTED ->
                project.proposed()
                        ? next("project.next.SUBMITTED.proposed", mine, ProjectAction.APPROVE, owner)
                        : project.name().contains("任职资格")
                                ? next("project.next.SUBMITTED.qualification", mine, ProjectAction.APPROVE, owner)
                                : next("project.next.SUBMITTED", mine, ProjectAction.APPROVE, owner);
            case APPROVED -> {
                String months = windows(project).stream()
                        .sorted()
                        .map(m -> String.valueOf(m.getValue()))
                        .collect(Collectors.joining("、"));
                yield inWindow(project)
                        ? next("project.next.APPROVED", mine, ProjectAction.PUBLISH, owner, months)
                        : next("project.next.APPROVED.outsideWindow", mine, ProjectAction.PUBLISH, months, owner);
            }
            case PUBLISHED -> next("project.next.PUBLISHED", mine, ProjectAction.OPEN_ENROLMENT, owner);
            case ENROLLING -> next("project.next.ENROLLING", mine, ProjectAction.START, owner);
            case IN_PROGRESS ->
                next(
                        project.level() == cn.edu.ttms.domain.model.shared.Level.SCHOOL
                                ? "project.next.IN_PROGRESS.school"
                                : "project.next.IN_PROGRESS",
                        mine,
                        null,
                        owner);
            case RESULTS_SUBMITTED -> next("project.next.RESULTS_SUBMITTED", mine, null, owner);
            case REVIEWED -> next("project.next.REVIEWED", mine, null, owner);
            case RECOGNISED -> next("project.next.RECOGNISED", mine, ProjectAction.ARCHIVE, owner);
            case ARCHIVED, CANCELLED -> null;
        };
    }

    private static NextStep next(String key, List<ProjectAction> mine, ProjectAction step, String... args) {
        return new NextStep(key, List.of(args), step != null && mine.contains(step));
    }

    /** The name of the bureau that owns the project (the last unit of its path). */
    private String ownerName(TrainingProject project) {
        String[] ids = project.ownerPath().split("/");
        try {
            long id = Long.parseLong(ids[ids.length - 1]);
            return organisations.find(id).map(o -> o.name()).orElse("");
        } catch (NumberFormatException e) {
            return "";
        }
    }

    /** Whether this month is one of the policy's publication windows for the project. */
    @PermitAll
    public boolean publicationOpen(TrainingProject project) {
        return inWindow(project);
    }

    private TrainingProject visible(Caller me, long projectId) {
        return proposers.visible(me, projectId);
    }

    /** Why the caller may not take the step, checked in order: the state, the role and scope, the city rule. */
    private long enrolmentCount(TrainingProject project) {
        return enrolmentRecords.rosterSize(project.id(), DataScope.everything());
    }

    @Inject
    cn.edu.ttms.domain.model.enrolment.EnrolmentRepository enrolmentRecords;

    private Optional<DomainException> refusal(Caller me, TrainingProject project, ProjectAction action) {
        if (!action.allowedFrom(project.status())) {
            return Optional.of(new IllegalTransition(action, project.status()));
        }
        if (BY_SIGNATURES.contains(action)) {
            // these steps are the signatures of the class's results (workflow.md §4), never a bare button
            return Optional.of(new Conflict("error.project.bySignatures", "taken by signing the results", action));
        }
        if (action == ProjectAction.START && project.belowMinimum(enrolmentCount(project))) {
            // too few to run: the bureau cancels it instead, and the trainees are told (workflow.md §2)
            return Optional.of(new Conflict(
                    "error.project.belowMinimum",
                    "fewer trainees than the minimum",
                    String.valueOf(enrolmentCount(project)),
                    String.valueOf(project.minTrainees())));
        }
        boolean admin = me.holds(Role.ADMIN);
        if (project.proposed() && action == ProjectAction.SUBMIT) {
            // the proposing unit submits its own project to the bureau; nobody submits it for them
            return admin || proposers.isProposerOf(me, project)
                    ? Optional.empty()
                    : Optional.of(new Forbidden(
                            "error.proposal.proposerSubmits", "the proposing unit submits", project.proposingUnit()));
        }
        Set<Role> who = project.proposed() && (action == ProjectAction.APPROVE || action == ProjectAction.RETURN)
                ? DECIDE_PROPOSED
                : WHO.get(action);
        if (!admin
                && (me.scope().kind() != DataScope.Kind.SUBTREE
                        || !me.scope().includesPath(project.ownerPath())
                        || who.stream().noneMatch(me::holds))) {
            return Optional.of(new Forbidden(
                    "error.project.notYours",
                    "not allowed",
                    action,
                    who.stream().map(Role::name).collect(Collectors.joining("/"))));
        }
        if (action == ProjectAction.APPROVE
                && project.name().contains("任职资格")
                && !admin
                && organisations
                        .find(me.organisationId())
                        .map(o -> o.kind() == OrganisationKind.COUNTY)
                        .orElse(true)) {
            return Optional.of(
                    new Forbidden("error.project.qualificationNeedsCity", "principal qualification needs the city"));
        }
        return Optional.empty();
    }

    private boolean inWindow(TrainingProject project) {
        return windows(project).contains(LocalDate.now().getMonth());
    }

    private Set<Month> windows(TrainingProject project) {
        return policies.resolve(project.ownerPath(), LocalDate.now()).rules().publicationMonths();
    }

    private DomainException outsideWindows(TrainingProject project) {
        return new Invalid(
                "error.project.outsideWindow",
                "outside the publication windows",
                windows(project).stream()
                        .sorted()
                        .map(m -> String.valueOf(m.getValue()))
                        .collect(Collectors.joining("、")));
    }
}
