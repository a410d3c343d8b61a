package cn.edu.ttms.interfaces.web.plans;

import cn.edu.ttms.application.plan.PlanOverview;
import cn.edu.ttms.application.plan.PlanSummary;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;

/** app/plans/list.xhtml: the annual plans the caller may see. */
@Named
@RequestScoped
public class PlanListBacking {

    @Inject
    PlanOverview overview;

    private List<PlanSummary> plans;

    public List<PlanSummary> getPlans() {
        if (plans == null) {
            plans = overview.plans();
        }
        return plans;
    }
}
