package cn.edu.ttms.domain.model.policy;

import cn.edu.ttms.domain.model.shared.Credits;
import cn.edu.ttms.domain.model.shared.Module;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * How one kind of other work converts to credits (art. 12, third paragraph: studio tasks,
 * prize-winning teaching research, research projects, degree study "按相关规定执行"). The measures give no
 * figures, so the table is empty by default and the administrator fills it in.
 *
 * @param activityType a stable code chosen by the administrator, e.g. {@code STUDIO_YEARLY_TASKS}
 */
public record ActivityConversion(String activityType, Credits credits, Module module) {

    /**
     * @throws InvalidPolicy when the type is blank or the module missing
     */
    public ActivityConversion {
        Objects.requireNonNull(credits, "credits");
        InvalidPolicy.throwIfAny(problems(activityType, credits.value(), module));
    }

    static List<PolicyViolation> problems(String activityType, BigDecimal credits, Module module) {
        List<PolicyViolation> problems = new ArrayList<>();
        if (activityType == null || activityType.isBlank()) {
            problems.add(PolicyViolation.of("policy.activity.typeBlank"));
        }
        if (credits == null || credits.signum() < 0) {
            problems.add(PolicyViolation.of("policy.activity.negative", activityType, credits));
        }
        if (module == null) {
            problems.add(PolicyViolation.of("policy.activity.moduleMissing", activityType));
        }
        return problems;
    }
}
