package cn.edu.ttms.application.plan;

import cn.edu.ttms.domain.model.shared.Conflict;
import java.util.List;

/**
 * The bureau already has a plan for the year: importing would make a second one beside it, which the
 * user must confirm (the wizard asks); nothing was written.
 */
public class SamePlanExists extends Conflict {

    private static final long serialVersionUID = 1L;
    private final List<PlanRef> plans;

    public SamePlanExists(List<PlanRef> plans) {
        super(
                "plan.import.samePlan",
                "the bureau already has a plan for that year",
                plans.get(0).name(),
                String.valueOf(plans.get(0).year()));
        this.plans = List.copyOf(plans);
    }

    public List<PlanRef> plans() {
        return plans;
    }
}
