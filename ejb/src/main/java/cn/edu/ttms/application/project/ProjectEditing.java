package cn.edu.ttms.application.project;

import cn.edu.ttms.application.audit.AuditLog;
import cn.edu.ttms.application.audit.ConcurrentChanges;
import cn.edu.ttms.application.policy.CreditPolicies;
import cn.edu.ttms.application.scope.Caller;
import cn.edu.ttms.application.scope.CurrentCaller;
import cn.edu.ttms.domain.model.account.Role;
import cn.edu.ttms.domain.model.account.UserAccount;
import cn.edu.ttms.domain.model.account.UserAccountRepository;
import cn.edu.ttms.domain.model.credit.InvalidStage;
import cn.edu.ttms.domain.model.organisation.DataScope;
import cn.edu.ttms.domain.model.organisation.Organisation;
import cn.edu.ttms.domain.model.organisation.OrganisationKind;
import cn.edu.ttms.domain.model.organisation.OrganisationRepository;
import cn.edu.ttms.domain.model.plan.AnnualPlan;
import cn.edu.ttms.domain.model.policy.CreditPolicy;
import cn.edu.ttms.domain.model.project.InvalidProject;
import cn.edu.ttms.domain.model.project.ProjectChecks;
import cn.edu.ttms.domain.model.project.ProjectQuota;
import cn.edu.ttms.domain.model.project.ProjectRepository;
import cn.edu.ttms.domain.model.project.ProjectStage;
import cn.edu.ttms.domain.model.project.ProjectTerms;
import cn.edu.ttms.domain.model.project.Proposals;
import cn.edu.ttms.domain.model.project.TrainingProject;
import cn.edu.ttms.domain.model.shared.Hours;
import cn.edu.ttms.domain.model.shared.RecordNotFound;
import cn.edu.ttms.domain.model.shared.Violation;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Reading and editing a project's terms (workflow.md §1). Anyone who may see a project may read
 * it; only staff of the owning bureau's subtree edit it, and only until it is published. The
 * domain checks the terms against each other and the policy; here the ids they name are checked
 * against the tree: the host is an institution, the lead holds the role, quotas go to units under
 * the owning bureau. A proposing unit (an institution or a school, {@link ProposingUnits}) drafts
 * projects into a plan of the nearest bureau above it and edits them while they are drafts.
 */
@Stateless
@RolesAllowed({"ADMIN", "BUREAU_STAFF", "SCHOOL_ADMIN", "INSTITUTION_STAFF", "PROJECT_LEAD"})
public class ProjectEditing {

    @Inject
    ProjectRepository projects;

    @Inject
    OrganisationRepository organisations;

    @Inject
    UserAccountRepository accounts;

    @Inject
    CreditPolicies policies;

    @Inject
    ProjectLifecycle lifecycle;

    @Inject
    AuditLog audit;

    @Inject
    ConcurrentChanges changes;

    @Inject
    CurrentCaller caller;

    @Inject
    ProposingUnits proposers;

    /** A project as its page shows it; out of scope reads as not found. */
    @PermitAll
    public ProjectSheet sheet(long id) {
        TrainingProject p = visible(id);
        ProjectTerms terms = p.terms(); // reads the lazy collections while the transaction is open
        CreditPolicy policy = policyFor(p.ownerPath(), terms);
        Hours hours;
        try {
            hours = p.hours(policy.rules());
        } catch (InvalidStage e) {
            hours = null;
        }
        Map<Long, String> names = new HashMap<>();
        List<Long> units = new ArrayList<>(
                terms.quotas().stream().map(ProjectQuota::unitId).toList());
        if (terms.hostId() != null) {
            units.add(terms.hostId());
        }
        units.forEach(u -> organisations.find(u).ifPresent(o -> names.put(u, o.name())));
        String leadName = terms.leadId() == null
                ? null
                : accounts.find(terms.leadId()).map(UserAccount::displayName).orElse("#" + terms.leadId());
        Caller me = caller.get();
        boolean proposer = proposers.isProposerOf(me, p);
        boolean staff = me.scope().kind() == DataScope.Kind.SUBTREE && !me.holds(Role.TEACHER) || proposer;
        boolean mayEdit = proposer
                ? p.editableByProposer()
                : p.editable()
                        && (me.holds(Role.ADMIN)
                                || me.holds(Role.BUREAU_STAFF) && me.scope().includesPath(p.ownerPath()));
        String proposerName = p.proposerId() == null
                ? null
                : organisations.find(p.proposerId()).map(Organisation::name).orElse(p.proposingUnit());
        return new ProjectSheet(
                p,
                terms,
                hours,
                policy.name() + " v" + policy.versionNo(),
                names,
                leadName,
                ProjectChecks.warnings(terms),
                lifecycle.available(p),
                staff ? audit.historyOf("TrainingProject", id) : List.of(),
                mayEdit,
                proposerName);
    }

    /** The drop-downs of the project form. */
    public ProjectChoices choices(long id) {
        return choicesFor(editable(id).plan().owner());
    }

    /** The drop-downs of the form for a new project of a plan. */
    public ProjectChoices choicesForPlan(long planId) {
        return choicesFor(plan(planId).owner());
    }

    /**
     * Saves the terms of a project read at {@code expectedVersion}; a project saved meanwhile is
     * not overwritten (the refusal says who saved it and what they changed).
     *
     * @return the new version
     */
    public long revise(long id, long expectedVersion, ProjectTerms terms) {
        TrainingProject p = editable(id);
        if (p.version() != expectedVersion) {
            throw changes.describe("TrainingProject", id);
        }
        if (proposers.isProposerOf(caller.get(), p)) {
            Organisation unit = organisations.find(p.proposerId()).orElseThrow();
            List<Violation> level =
                    Proposals.levelProblems(unit.kind(), p.plan().owner().kind(), terms.level());
            if (!level.isEmpty()) {
                throw new InvalidProject(level);
            }
        }
        checkReferences(p.plan().owner(), terms);
        p.revise(terms, policyFor(p.ownerPath(), terms).rules());
        return expectedVersion + 1;
    }

    /**
     * A new draft project in a plan, e.g. a national or school-level project the plan sheet does not list.
     * A proposing unit's draft goes into a plan of the bureau above it, at a level it may propose, and
     * the unit becomes its proposing unit.
     */
    public long create(long planId, ProjectTerms terms) {
        AnnualPlan plan = plan(planId);
        Optional<Organisation> proposer = proposingUnit();
        proposer.ifPresent(unit -> {
            List<Violation> level =
                    Proposals.levelProblems(unit.kind(), plan.owner().kind(), terms.level());
            if (!level.isEmpty()) {
                throw new InvalidProject(level);
            }
        });
        checkReferences(plan.owner(), terms);
        if (terms.stages().isEmpty()) {
            throw new InvalidProject(List.of(Violation.of("stages", "error.project.noStage")));
        }
        int next = projects.projectsOf(plan).stream()
                        .map(TrainingProject::sequenceNo)
                        .filter(java.util.Objects::nonNull)
                        .mapToInt(Integer::intValue)
                        .max()
                        .orElse(0)
                + 1;
        ProjectStage first = terms.stages().get(0);
        TrainingProject p = new TrainingProject(
                plan,
                next,
                terms.code(),
                terms.name().isEmpty() ? "?" : terms.name(),
                terms.category(),
                terms.proposingUnit(),
                terms.audience(),
                null,
                first);
        proposer.ifPresent(p::proposedBy);
        p.revise(terms, policyFor(plan.ownerPath(), terms).rules());
        return projects.store(p).id();
    }

    /**
     * The plans the caller may add a project to, newest first: a bureau's own and those of the bureaus
     * below it; for a proposing unit, those of the nearest bureau above it.
     */
    public List<OpenPlan> plansOpenToMe() {
        Caller me = caller.get();
        Optional<Organisation> unit = proposingUnit();
        List<AnnualPlan> open;
        if (unit.isPresent()) {
            String owner =
                    Proposals.owningBureau(unit.get()).map(Organisation::path).orElse(null);
            open = owner == null
                    ? List.of()
                    : projects.plansVisibleTo(DataScope.subtree(me.organisationPath())).stream()
                            .filter(a -> a.ownerPath().equals(owner))
                            .toList();
        } else if (me.holds(Role.ADMIN) || me.holds(Role.BUREAU_STAFF)) {
            open = projects.plansVisibleTo(me.scope()).stream()
                    .filter(a -> me.scope().includesPath(a.ownerPath()))
                    .toList();
        } else {
            open = List.of();
        }
        return open.stream()
                .map(a -> new OpenPlan(a.id(), a.year(), a.name(), a.owner().name()))
                .toList();
    }

    /** Whether the caller may start a new project at all (the list page's "new project" action). */
    @PermitAll
    public boolean mayCreate() {
        Caller me = caller.get();
        return me.holds(Role.ADMIN)
                || me.holds(Role.BUREAU_STAFF)
                || proposingUnit().isPresent();
    }

    /** The levels the caller may give a project of the plan: all for a bureau, those open to a proposing unit. */
    public List<cn.edu.ttms.domain.model.shared.Level> levelsFor(long planId) {
        AnnualPlan plan = plan(planId);
        return proposingUnit()
                .map(u -> List.copyOf(Proposals.levelsFor(u.kind(), plan.owner().kind())))
                .orElse(List.of(cn.edu.ttms.domain.model.shared.Level.values()));
    }

    /** Whether the caller drafts projects as a proposing unit (an institution or a school), not as a bureau. */
    @PermitAll
    public boolean proposes() {
        return proposingUnit().isPresent();
    }

    private TrainingProject visible(long id) {
        return proposers.visible(caller.get(), id);
    }

    /** The caller's unit when the caller proposes for it (and is not bureau staff or an administrator). */
    private Optional<Organisation> proposingUnit() {
        Caller me = caller.get();
        if (me.holds(Role.ADMIN) || me.holds(Role.BUREAU_STAFF)) {
            return Optional.empty();
        }
        return proposers.unitOf(me);
    }

    /**
     * Editing needs the owning bureau's subtree: a county sees the city's published projects, but does not
     * edit them. The proposing unit edits its project while it is a draft (new, or returned to it): once
     * submitted, it is the bureau's to decide (409, saying so).
     */
    private TrainingProject editable(long id) {
        TrainingProject p = visible(id);
        Caller me = caller.get();
        if (proposers.isProposerOf(me, p) && !me.holds(Role.ADMIN) && !me.holds(Role.BUREAU_STAFF)) {
            if (!p.editableByProposer()) {
                throw new cn.edu.ttms.domain.model.shared.Conflict(
                        "error.proposal.submitted",
                        "submitted to the bureau: only a returned project can be edited by its proposer",
                        p.status());
            }
            return p;
        }
        if (!me.holds(Role.ADMIN) && !(me.holds(Role.BUREAU_STAFF) && me.scope().includesPath(p.ownerPath()))) {
            throw new cn.edu.ttms.domain.model.shared.Forbidden(
                    "error.project.notYours",
                    "not allowed",
                    cn.edu.ttms.domain.model.project.ProjectAction.SUBMIT,
                    Role.BUREAU_STAFF.name());
        }
        return p;
    }

    /** A plan the caller may add to (see {@link #plansOpenToMe()}); any other is not found. */
    private AnnualPlan plan(long planId) {
        Caller me = caller.get();
        Optional<Organisation> unit = proposingUnit();
        if (unit.isPresent()) {
            Optional<Organisation> owner = Proposals.owningBureau(unit.get());
            return projects.findPlan(planId)
                    .filter(a -> owner.isPresent()
                            && a.ownerPath().equals(owner.get().path()))
                    .orElseThrow(() -> new RecordNotFound("AnnualPlan", planId));
        }
        return projects.findPlan(planId)
                .filter(a -> (me.holds(Role.ADMIN) || me.holds(Role.BUREAU_STAFF))
                        && me.scope().kind() == DataScope.Kind.SUBTREE
                        && me.scope().includesPath(a.ownerPath()))
                .orElseThrow(() -> new RecordNotFound("AnnualPlan", planId));
    }

    /** The policy in force where the project is owned, on its first day (or today while undated). */
    private CreditPolicy policyFor(String ownerPath, ProjectTerms terms) {
        LocalDate on = terms.stages().isEmpty() || terms.stages().get(0).startDate() == null
                ? LocalDate.now()
                : terms.stages().get(0).startDate();
        return policies.resolve(ownerPath, on);
    }

    private void checkReferences(Organisation owner, ProjectTerms terms) {
        List<Violation> found = new ArrayList<>();
        if (terms.hostId() != null
                && !hostsFor(owner).stream().map(Organisation::id).toList().contains(terms.hostId())
                && !schoolRunsIt(owner, terms)) {
            found.add(Violation.of("hostId", "error.project.hostNotInstitution", String.valueOf(terms.hostId())));
        }
        if (terms.leadId() != null
                && accounts.find(terms.leadId())
                        .filter(a -> a.roles().contains(Role.PROJECT_LEAD))
                        .isEmpty()) {
            found.add(Violation.of("leadId", "error.project.leadNotLead", String.valueOf(terms.leadId())));
        }
        for (ProjectQuota q : terms.quotas()) {
            boolean under = organisations
                    .find(q.unitId())
                    .filter(u -> u.path().startsWith(owner.path()) && !u.path().equals(owner.path()))
                    .isPresent();
            if (!under) {
                found.add(Violation.of("quotas", "error.project.quotaUnit", String.valueOf(q.unitId())));
            }
        }
        if (!found.isEmpty()) {
            throw new InvalidProject(found);
        }
    }

    private ProjectChoices choicesFor(Organisation owner) {
        List<Organisation> hosts = hostsFor(owner);
        List<Choice> leads = new ArrayList<>();
        for (Organisation h : hosts) {
            for (UserAccount a : accounts.holding(Role.PROJECT_LEAD, DataScope.subtree(h.path()))) {
                leads.add(new Choice(a.id(), a.displayName() + "（" + h.name() + "）"));
            }
        }
        List<Choice> units = organisations.findSubtree(owner).stream()
                .filter(u -> u.parent() != null
                        && owner.id().equals(u.parent().id())
                        && !u.isClosed()
                        && u.kind() != OrganisationKind.INSTITUTION)
                .map(u -> new Choice(u.id(), u.name()))
                .toList();
        return new ProjectChoices(
                hosts.stream().map(h -> new Choice(h.id(), h.name())).toList(), leads, units);
    }

    /** School-based training (level SCHOOL) is run by a school under the owning bureau: its principal signs the results. */
    private boolean schoolRunsIt(Organisation owner, ProjectTerms terms) {
        return terms.level() == cn.edu.ttms.domain.model.shared.Level.SCHOOL
                && organisations
                        .find(terms.hostId())
                        .filter(o ->
                                o.kind() == OrganisationKind.SCHOOL && o.path().startsWith(owner.path()))
                        .isPresent();
    }

    /** Institutions under the bureau, or attached to a bureau above it (a county plan may use the city's centre). */
    private List<Organisation> hostsFor(Organisation owner) {
        return organisations.findOfKind(OrganisationKind.INSTITUTION).stream()
                .filter(i -> i.path().startsWith(owner.path())
                        || i.parent() != null
                                && owner.path().startsWith(i.parent().path()))
                .toList();
    }
}
