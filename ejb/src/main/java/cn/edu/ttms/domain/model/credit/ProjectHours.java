package cn.edu.ttms.domain.model.credit;

import cn.edu.ttms.domain.model.policy.PolicyRules;
import cn.edu.ttms.domain.model.shared.Hours;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The hours of a project from its stages (art. 9; rules.md §2): days × the form's hours per day (6
 * for concentrated training, 1 back at post), or the actual hours where the policy counts those
 * (online, blended). A project's hours are the sum of its stages.
 */
public final class ProjectHours {

    private final PolicyRules policy;

    public ProjectHours(PolicyRules policy) {
        this.policy = Objects.requireNonNull(policy, "policy");
    }

    /**
     * @throws InvalidStage when a stage lacks the figure its form counts by
     */
    public Hours of(Stage stage) {
        Optional<BigDecimal> perDay = policy.hoursPerDay(stage.form());
        if (perDay.isPresent()) {
            if (stage.days() == null) {
                throw InvalidStage.daysMissing(stage.form());
            }
            // Hours carry one decimal (rules.md §3.8); only an unusual hours-per-day figure rounds.
            return new Hours(stage.days().multiply(perDay.get()).setScale(Hours.SCALE, RoundingMode.HALF_UP));
        }
        if (stage.actualHours() == null) {
            throw InvalidStage.actualHoursMissing(stage.form());
        }
        return stage.actualHours();
    }

    /** The sum of the stages' hours. */
    public Hours of(List<Stage> stages) {
        return stages.stream().map(this::of).reduce(Hours.ZERO, Hours::plus);
    }
}
