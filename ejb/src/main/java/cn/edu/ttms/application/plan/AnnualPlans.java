package cn.edu.ttms.application.plan;

import cn.edu.ttms.application.scope.CurrentCaller;
import cn.edu.ttms.domain.model.organisation.DataScope;
import cn.edu.ttms.domain.model.organisation.Organisation;
import cn.edu.ttms.domain.model.organisation.OrganisationRepository;
import cn.edu.ttms.domain.model.plan.AnnualPlan;
import cn.edu.ttms.domain.model.project.ProjectRepository;
import cn.edu.ttms.domain.model.shared.Conflict;
import cn.edu.ttms.domain.model.shared.Forbidden;
import cn.edu.ttms.domain.model.shared.Invalid;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;

/**
 * Starting an annual plan without a spreadsheet (workflow.md §1, "an annual plan is a set of
 * projects"): a bureau opens an empty plan for a year and adds projects to it by hand, and the units
 * below it propose theirs into it. The plan belongs to the caller's bureau, as an imported one does.
 */
@Stateless
@RolesAllowed({"ADMIN", "PROVINCE_OFFICER", "BUREAU_STAFF"})
public class AnnualPlans {

    @Inject
    ProjectRepository projects;

    @Inject
    OrganisationRepository organisations;

    @Inject
    CurrentCaller caller;

    /**
     * An empty plan of the caller's bureau for {@code year}; a blank name gives the usual one
     * ("2027年临翔区教师培训计划"). The bureau's plan of that year with the same name → 409.
     *
     * @return the new plan's id
     */
    public long start(int year, String name) {
        Organisation owner = organisations.find(caller.get().organisationId()).orElseThrow();
        if (!owner.kind().isBureau()) {
            throw new Forbidden("plan.ownerNotBureau", "only a bureau owns a plan", owner.name());
        }
        if (year < 2000 || year > 2100) {
            throw new Invalid("error.plan.yearRange", "a plan's year lies between 2000 and 2100", String.valueOf(year));
        }
        AnnualPlan plan = new AnnualPlan(year, owner, name, null);
        boolean taken = projects.plansVisibleTo(DataScope.subtree(owner.path())).stream()
                .anyMatch(a -> a.ownerPath().equals(owner.path())
                        && a.year() == year
                        && a.name().equals(plan.name()));
        if (taken) {
            throw new Conflict(
                    "error.plan.nameTaken",
                    "the bureau has a plan of that name for the year",
                    plan.name(),
                    String.valueOf(year));
        }
        return projects.store(plan).id();
    }
}
