package cn.edu.ttms.domain.model.credit;

import cn.edu.ttms.domain.model.policy.ActivityConversion;
import cn.edu.ttms.domain.model.policy.PolicyRules;
import cn.edu.ttms.domain.model.policy.RateRange;
import cn.edu.ttms.domain.model.shared.CreditRate;
import cn.edu.ttms.domain.model.shared.CreditRateOutOfRange;
import cn.edu.ttms.domain.model.shared.Credits;
import cn.edu.ttms.domain.model.shared.DeliveryForm;
import cn.edu.ttms.domain.model.shared.Grade;
import cn.edu.ttms.domain.model.shared.Hours;
import cn.edu.ttms.domain.model.shared.Level;
import cn.edu.ttms.domain.model.shared.Score;
import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;

/**
 * Turns hours and a score into credits under one credit policy (art. 10, 12, 13; rules.md §3–4).
 * Every figure comes from the {@link PolicyRules}; the calculator holds only the arithmetic:
 *
 * <ol>
 *   <li>the rate must lie in the range of the level, or of the form (ONLINE), else {@link
 *       CreditRateOutOfRange};
 *   <li>base credits = rate × hours, for PASS or better;
 *   <li>performance credits = base × the grade's coefficient;
 *   <li>credits = base + performance, rounded once, 2 places HALF_UP;
 *   <li>FAIL: no credits (art. 13) and no counted hours unless the policy says otherwise.
 * </ol>
 *
 * <p>Stateless and thread-safe; one instance per policy version.
 */
public final class CreditCalculator {

    private final PolicyRules policy;

    public CreditCalculator(PolicyRules policy) {
        this.policy = Objects.requireNonNull(policy, "policy");
    }

    public PolicyRules policy() {
        return policy;
    }

    /**
     * The credits of one result.
     *
     * @throws CreditRateOutOfRange when the rate lies outside the allowed range (art. 10)
     */
    public CreditResult calculate(Level level, DeliveryForm form, Hours hours, CreditRate rate, Score score) {
        Objects.requireNonNull(hours, "hours");
        checkRate(level, form, rate);
        Grade grade = policy.gradeOf(score);
        if (!grade.passed()) {
            Hours counted = policy.failedResultsCountHours() ? hours : Hours.ZERO;
            return new CreditResult(grade, hours, counted, Credits.ZERO, Credits.ZERO);
        }
        Credits base = rate.times(hours);
        Credits performance = new Credits(base.value().multiply(policy.coefficient(grade)));
        return new CreditResult(grade, hours, hours, base, performance);
    }

    /**
     * Checks a rate against the range art. 10 allows, e.g. when a bureau publishes a project.
     *
     * @throws CreditRateOutOfRange naming the range
     */
    public void checkRate(Level level, DeliveryForm form, CreditRate rate) {
        Objects.requireNonNull(level, "level");
        Objects.requireNonNull(form, "form");
        RateRange range = policy.rateRangeFor(level, form);
        if (!range.contains(rate.value())) {
            boolean formRange = policy.formRateRange(form).isPresent();
            throw new CreditRateOutOfRange(level, form, formRange, range.min(), range.max(), rate.value());
        }
    }

    /** Hours of a project from its stages (art. 9). */
    public Hours hoursOf(List<Stage> stages) {
        return new ProjectHours(policy).of(stages);
    }

    /** Splits a result's counted hours and credits among the declared modules (rules.md §3.10). */
    public List<ModuleCredits> splitByModule(CreditResult result, List<ModuleShare> declared) {
        return ModuleSplitter.split(result.countedHours(), result.credits(), declared);
    }

    /**
     * Credits for lecturing in a project (art. 12): teaching hours × the level's factor, rounded once
     * to 2 places. E7: 12 h in a PROVINCIAL project × 8 = 96.00.
     *
     * @throws NoLecturingFactor when the policy sets no factor for the level (SCHOOL by default)
     */
    public Credits lecturingCredits(Level level, Hours teachingHours) {
        BigDecimal factor = policy.lecturingFactors().factorFor(level).orElseThrow(() -> new NoLecturingFactor(level));
        return new Credits(teachingHours.value().multiply(factor)).rounded();
    }

    /**
     * The credits and module of other work (art. 12), from the policy's conversion table.
     *
     * @throws UnknownActivity when the table has no such activity type
     */
    public ActivityConversion convertActivity(String activityType) {
        return policy.activityConversion(activityType).orElseThrow(() -> new UnknownActivity(activityType));
    }
}
