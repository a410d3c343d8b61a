package cn.edu.ttms.application.project;

import cn.edu.ttms.application.scope.Caller;
import cn.edu.ttms.domain.model.account.Role;
import cn.edu.ttms.domain.model.account.UserAccount;
import cn.edu.ttms.domain.model.account.UserAccountRepository;
import cn.edu.ttms.domain.model.organisation.DataScope;
import cn.edu.ttms.domain.model.organisation.Organisation;
import cn.edu.ttms.domain.model.organisation.OrganisationKind;
import cn.edu.ttms.domain.model.organisation.OrganisationRepository;
import cn.edu.ttms.domain.model.project.ProjectRepository;
import cn.edu.ttms.domain.model.project.TrainingProject;
import cn.edu.ttms.domain.model.shared.RecordNotFound;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import java.util.Optional;

/**
 * Who proposes projects to a bureau (workflow.md §1; {@link cn.edu.ttms.domain.model.project.Proposals}):
 * the staff and project leads of a training institution, and the administrators of a school. They see
 * the projects their unit proposed, drafts included, whatever their data scope otherwise gives them.
 */
@Dependent
public class ProposingUnits {

    @Inject
    OrganisationRepository organisations;

    @Inject
    ProjectRepository projects;

    @Inject
    UserAccountRepository accounts;

    /** Whether the caller's roles are those of a proposing unit (checked against the unit's kind by {@link #unitOf}). */
    static boolean proposerRoles(Caller me) {
        return me.holds(Role.SCHOOL_ADMIN) || me.holds(Role.INSTITUTION_STAFF) || me.holds(Role.PROJECT_LEAD);
    }

    /** The caller's unit when the caller proposes for it: a school's administrator, an institution's staff or lead. */
    public Optional<Organisation> unitOf(Caller me) {
        return organisations
                .find(me.organisationId())
                .filter(u -> u.kind() == OrganisationKind.SCHOOL
                        ? me.holds(Role.SCHOOL_ADMIN)
                        : u.kind() == OrganisationKind.INSTITUTION
                                && (me.holds(Role.INSTITUTION_STAFF) || me.holds(Role.PROJECT_LEAD)));
    }

    /** Whether the caller speaks for the unit that proposed the project. */
    public boolean isProposerOf(Caller me, TrainingProject project) {
        return proposerRoles(me) && project.proposedBy(me.organisationPath());
    }

    /** A project lead's account, whose projects they see (issue 17, item 7); null for other callers. */
    public Long leadAccountOf(Caller me) {
        return me.holds(Role.PROJECT_LEAD)
                ? accounts.findByUsername(me.username()).map(UserAccount::id).orElse(null)
                : null;
    }

    /** Whether the caller is the project's lead. */
    public boolean isLeadOf(Caller me, TrainingProject project) {
        return project.leadId() != null
                && me.holds(Role.PROJECT_LEAD)
                && project.leadId().equals(leadAccountOf(me));
    }

    /** A project the caller may see: in their data scope, or proposed by their unit; else not found. */
    public TrainingProject visible(Caller me, long id) {
        return projects.find(id)
                .filter(p -> me.scope().kind() == DataScope.Kind.SUBTREE && p.visibleTo(me.organisationPath())
                        || isProposerOf(me, p)
                        || isLeadOf(me, p))
                .orElseThrow(() -> new RecordNotFound("TrainingProject", id));
    }
}
