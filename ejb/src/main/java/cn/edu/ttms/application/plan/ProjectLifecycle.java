package cn.edu.ttms.application.plan;

import cn.edu.ttms.application.audit.AuditTrail;
import cn.edu.ttms.application.policy.CreditPolicies;
import cn.edu.ttms.application.scope.Caller;
import cn.edu.ttms.application.scope.CurrentCaller;
import cn.edu.ttms.domain.model.account.Role;
import cn.edu.ttms.domain.model.audit.AuditAction;
import cn.edu.ttms.domain.model.organisation.OrganisationKind;
import cn.edu.ttms.domain.model.organisation.OrganisationRepository;
import cn.edu.ttms.domain.model.project.IllegalTransition;
import cn.edu.ttms.domain.model.project.ProjectAction;
import cn.edu.ttms.domain.model.project.ProjectRepository;
import cn.edu.ttms.domain.model.project.TrainingProject;
import cn.edu.ttms.domain.model.shared.DomainException;
import cn.edu.ttms.domain.model.shared.RecordNotFound;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.time.Month;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The steps of a project's life cycle, each checked for the caller's role and scope and refused
 * with a reason (workflow.md §1). The status change itself is audited like every change; a
 * publication outside the policy's windows by an administrator records its reason as well.
 */
@Stateless
@RolesAllowed({"ADMIN", "PROVINCE_OFFICER", "BUREAU_STAFF", "BUREAU_REVIEWER"})
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
    AuditTrail audit;

    public TrainingProject apply(long projectId, ProjectAction action, String reason, boolean outsideWindow) {
        Caller me = caller.get();
        TrainingProject project = projects.find(projectId)
                .filter(p -> me.scope().kind() == cn.edu.ttms.domain.model.organisation.DataScope.Kind.SUBTREE
                        && p.visibleTo(me.organisationPath()))
                .orElseThrow(() -> new RecordNotFound("TrainingProject", projectId));
        if (!action.allowedFrom(project.status())) {
            throw new IllegalTransition(action, project.status()); // before any other reason: the state says no
        }
        boolean admin = me.holds(Role.ADMIN);
        if (!admin && (!me.scope().includesPath(project.ownerPath())
                || WHO.get(action).stream().noneMatch(me::holds))) {
            throw new DomainException("error.project.notYours", "not allowed", action,
                    WHO.get(action).stream().map(Role::name).collect(Collectors.joining("/")));
        }
        if (action == ProjectAction.APPROVE && project.name().contains("任职资格") && !admin
                && organisations.find(me.organisationId()).map(o -> o.kind() == OrganisationKind.COUNTY).orElse(true)) {
            throw new DomainException("error.project.qualificationNeedsCity", "principal qualification needs the city");
        }
        if (action == ProjectAction.PUBLISH) {
            Set<Month> windows = policies.resolve(project.ownerPath(), LocalDate.now()).rules().publicationMonths();
            Month now = LocalDate.now().getMonth();
            if (!windows.contains(now)) {
                if (!admin || !outsideWindow || reason == null || reason.isBlank()) {
                    throw new DomainException("error.project.outsideWindow", "outside the publication windows",
                            windows.stream().map(m -> String.valueOf(m.getValue())).sorted().collect(Collectors.joining("、")));
                }
                audit.record(AuditAction.UPDATE, "TrainingProject", projectId, project.ownerPath(),
                        "published outside the windows: " + reason.strip());
            }
        }
        project.apply(action, reason);
        return project;
    }
}
