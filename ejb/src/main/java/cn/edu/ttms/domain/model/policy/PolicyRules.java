package cn.edu.ttms.domain.model.policy;

import cn.edu.ttms.domain.model.shared.Cycle;
import cn.edu.ttms.domain.model.shared.DeliveryForm;
import cn.edu.ttms.domain.model.shared.Grade;
import cn.edu.ttms.domain.model.shared.Hours;
import cn.edu.ttms.domain.model.shared.Level;
import cn.edu.ttms.domain.model.shared.Score;
import java.math.BigDecimal;
import java.time.Month;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Every number of the hours and credit rules (rules.md), as data: the rules differ between regions
 * and change over time, so no figure of the measures is written into the calculators. A versioned
 * {@code CreditPolicy} entity (name, jurisdiction, effective period) will wrap this value.
 *
 * <p>Instances come only from {@link PolicyRulesBuilder#build()}, which rejects an inconsistent
 * policy with every problem listed; a {@code PolicyRules} is therefore always usable. The shipped
 * default is {@link #lincang2017()}.
 */
public final class PolicyRules {

    private final PolicyParts parts;

    PolicyRules(PolicyParts parts) {
        this.parts = parts;
    }

    /** The Lincang 2017 whole-staff training management measures (trial): the shipped default. */
    public static PolicyRules lincang2017() {
        return Lincang2017.rules();
    }

    public static PolicyRulesBuilder builder() {
        return new PolicyRulesBuilder();
    }

    /** A builder holding this policy's figures, to derive a variant (e.g. the literal art. 10). */
    public PolicyRulesBuilder toBuilder() {
        return PolicyRulesBuilder.from(this);
    }

    /**
     * The range a credit rate must lie in (art. 10): the form's own range when it has one (any ONLINE
     * project: 0.5–1, whatever its level), otherwise the level's.
     */
    public RateRange rateRangeFor(Level level, DeliveryForm form) {
        return formRateRange(form).orElseGet(() -> parts.levelRates().get(level));
    }

    public RateRange levelRateRange(Level level) {
        return parts.levelRates().get(level);
    }

    public Optional<RateRange> formRateRange(DeliveryForm form) {
        return Optional.ofNullable(parts.formRates().get(form));
    }

    /** Art. 10 / rules.md §3.5: the one grade whose band holds the score. */
    public Grade gradeOf(Score score) {
        return parts.gradeBands().gradeOf(score);
    }

    public GradeBands gradeBands() {
        return parts.gradeBands();
    }

    /** The performance coefficient of a grade (art. 10); FAIL earns nothing, so 0. */
    public BigDecimal coefficient(Grade grade) {
        return grade.passed() ? parts.coefficients().get(grade) : BigDecimal.ZERO;
    }

    /** Hours per day of a form (art. 9: 6 concentrated); empty when actual hours count (online). */
    public Optional<BigDecimal> hoursPerDay(DeliveryForm form) {
        return Optional.ofNullable(parts.hoursPerDay().get(form));
    }

    public int firstCycleYear() {
        return parts.firstCycleYear();
    }

    public int cycleLength() {
        return parts.cycleLength();
    }

    /** The cycle that holds a year, counted from the policy's first cycle year. */
    public Cycle cycleContaining(int year) {
        int first = parts.firstCycleYear();
        int length = parts.cycleLength();
        int start = first + Math.floorDiv(year - first, length) * length;
        return new Cycle(start, start + length - 1);
    }

    /**
     * @throws InvalidCycleStart when no cycle of this policy starts in that year
     */
    public Cycle cycleStartingIn(int year) {
        Cycle cycle = cycleContaining(year);
        if (cycle.firstYear() != year) {
            throw new InvalidCycleStart(year, cycle);
        }
        return cycle;
    }

    public Minimums minimums(RequirementPeriod period) {
        return period == RequirementPeriod.CYCLE ? parts.cycleMinimums() : parts.yearMinimums();
    }

    public Minimums cycleMinimums() {
        return parts.cycleMinimums();
    }

    public Minimums yearMinimums() {
        return parts.yearMinimums();
    }

    /** Art. 7: the least share (0–1) of cycle credits from self-selected projects. */
    public BigDecimal selfSelectedShare() {
        return parts.selfSelectedShare();
    }

    /** Rules.md §3.7: whether a failed result still counts its hours (default false). */
    public boolean failedResultsCountHours() {
        return parts.failedResultsCountHours();
    }

    /** Art. 9: whether induction training counts toward the whole-staff cycle (default false). */
    public boolean inductionHoursCount() {
        return parts.inductionHoursCount();
    }

    /** Art. 9: least induction hours in the first year of service. */
    public Hours inductionHours() {
        return parts.inductionHours();
    }

    /** Art. 9: least practical hours within the induction hours. */
    public Hours inductionPracticalHours() {
        return parts.inductionPracticalHours();
    }

    public LecturingFactors lecturingFactors() {
        return parts.lecturingFactors();
    }

    public Optional<ActivityConversion> activityConversion(String activityType) {
        return Optional.ofNullable(parts.activityConversions().get(activityType));
    }

    public List<ActivityConversion> activityConversions() {
        return parts.activityConversions().values().stream()
                .sorted((a, b) -> a.activityType().compareTo(b.activityType()))
                .toList();
    }

    /** Art. 5: months in which county-or-above projects are published. */
    public Set<Month> publicationMonths() {
        return parts.publicationMonths();
    }

    /** For {@link PolicyRulesBuilder#from}. */
    PolicyParts parts() {
        return parts;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof PolicyRules other && parts.equals(other.parts);
    }

    @Override
    public int hashCode() {
        return parts.hashCode();
    }

    @Override
    public String toString() {
        return "PolicyRules" + parts;
    }
}
