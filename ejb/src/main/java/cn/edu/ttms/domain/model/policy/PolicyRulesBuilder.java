package cn.edu.ttms.domain.model.policy;

import cn.edu.ttms.domain.model.shared.Credits;
import cn.edu.ttms.domain.model.shared.Decimals;
import cn.edu.ttms.domain.model.shared.DeliveryForm;
import cn.edu.ttms.domain.model.shared.Grade;
import cn.edu.ttms.domain.model.shared.Hours;
import cn.edu.ttms.domain.model.shared.Level;
import cn.edu.ttms.domain.model.shared.Module;
import java.math.BigDecimal;
import java.time.Month;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Collects the figures of a credit policy as an administrator enters them. {@link #validate()}
 * lists every problem (the policy editor shows them all at once); {@link #build()} refuses to
 * produce a {@link PolicyRules} while there is any.
 */
public final class PolicyRulesBuilder {

    // Package-private: PolicyChecks validates these raw figures.
    final Map<Level, Bounds> levelRates = new EnumMap<>(Level.class);
    final Map<DeliveryForm, Bounds> formRates = new EnumMap<>(DeliveryForm.class);
    final Map<Grade, Bounds> gradeBands = new EnumMap<>(Grade.class);
    final Map<Grade, BigDecimal> coefficients = new EnumMap<>(Grade.class);
    final Map<DeliveryForm, BigDecimal> hoursPerDay = new EnumMap<>(DeliveryForm.class);
    int firstCycleYear;
    int cycleLength;
    final Map<RequirementPeriod, Map<Requirement, BigDecimal>> minimums = new EnumMap<>(RequirementPeriod.class);
    final Map<RequirementPeriod, Map<Module, BigDecimal>> moduleMinimums = new EnumMap<>(RequirementPeriod.class);
    BigDecimal selfSelectedShare;
    boolean failedResultsCountHours;
    boolean inductionHoursCount;
    BigDecimal inductionHours = BigDecimal.ZERO;
    BigDecimal inductionPracticalHours = BigDecimal.ZERO;
    final Map<Level, BigDecimal> lecturingFactors = new EnumMap<>(Level.class);
    final Map<String, Activity> activities = new TreeMap<>();
    final Set<Month> publicationMonths = EnumSet.noneOf(Month.class);

    /** An activity conversion as entered. */
    record Activity(BigDecimal credits, Module module) {}

    PolicyRulesBuilder() {
        for (RequirementPeriod period : RequirementPeriod.values()) {
            minimums.put(period, new EnumMap<>(Requirement.class));
            moduleMinimums.put(period, new EnumMap<>(Module.class));
        }
    }

    static PolicyRulesBuilder from(PolicyRules rules) {
        PolicyParts p = rules.parts();
        PolicyRulesBuilder b = new PolicyRulesBuilder();
        p.levelRates().forEach((l, r) -> b.levelRateRange(l, r.min(), r.max()));
        p.formRates().forEach((f, r) -> b.formRateRange(f, r.min(), r.max()));
        p.gradeBands().bands().forEach(g -> b.gradeBand(g.grade(), g.lower(), g.upper()));
        b.coefficients.putAll(p.coefficients());
        b.hoursPerDay.putAll(p.hoursPerDay());
        b.cycle(p.firstCycleYear(), p.cycleLength());
        for (RequirementPeriod period : RequirementPeriod.values()) {
            b.minimums.get(period).putAll(rules.minimums(period).totals());
            b.moduleMinimums.get(period).putAll(rules.minimums(period).moduleCredits());
        }
        b.selfSelectedShare(p.selfSelectedShare());
        b.failedResultsCountHours(p.failedResultsCountHours());
        b.inductionHoursCount(p.inductionHoursCount());
        b.inductionMinimums(
                p.inductionHours().value(), p.inductionPracticalHours().value());
        b.lecturingFactors.putAll(p.lecturingFactors().asMap());
        p.activityConversions()
                .forEach((type, a) -> b.activityConversion(type, a.credits().value(), a.module()));
        b.publicationMonths.addAll(p.publicationMonths());
        return b;
    }

    /** Art. 10: credits per hour allowed for projects of a level. */
    public PolicyRulesBuilder levelRateRange(Level level, BigDecimal min, BigDecimal max) {
        levelRates.put(level, new Bounds(min, max));
        return this;
    }

    /** A range that overrides the level's for a form (art. 10: any ONLINE project 0.5–1). */
    public PolicyRulesBuilder formRateRange(DeliveryForm form, BigDecimal min, BigDecimal max) {
        formRates.put(form, new Bounds(min, max));
        return this;
    }

    public PolicyRulesBuilder withoutFormRateRange(DeliveryForm form) {
        formRates.remove(form);
        return this;
    }

    /** Scores from {@code lower} (inclusive) to {@code upper} (exclusive; 100 inclusive). */
    public PolicyRulesBuilder gradeBand(Grade grade, BigDecimal lower, BigDecimal upper) {
        gradeBands.put(grade, new Bounds(lower, upper));
        return this;
    }

    public PolicyRulesBuilder withoutGradeBand(Grade grade) {
        gradeBands.remove(grade);
        return this;
    }

    /** Art. 10: performance credits = base credits × the grade's coefficient. */
    public PolicyRulesBuilder coefficient(Grade grade, BigDecimal coefficient) {
        coefficients.put(grade, coefficient);
        return this;
    }

    /** Art. 9: hours per day of a form; forms without one count their actual hours. */
    public PolicyRulesBuilder hoursPerDay(DeliveryForm form, BigDecimal hours) {
        hoursPerDay.put(form, hours);
        return this;
    }

    public PolicyRulesBuilder actualHours(DeliveryForm form) {
        hoursPerDay.remove(form);
        return this;
    }

    /** Cycles of {@code length} calendar years, the first starting in {@code firstYear}. */
    public PolicyRulesBuilder cycle(int firstYear, int length) {
        this.firstCycleYear = firstYear;
        this.cycleLength = length;
        return this;
    }

    /** A single-figure minimum (total, county-or-above and school-based hours; total credits). */
    public PolicyRulesBuilder minimum(RequirementPeriod period, Requirement requirement, BigDecimal value) {
        if (!Minimums.SINGLE_ROWS.contains(requirement)) {
            throw new IllegalArgumentException(requirement + " is not a single-figure minimum");
        }
        minimums.get(period).put(requirement, value);
        return this;
    }

    /** Art. 11: least credits of a module. */
    public PolicyRulesBuilder moduleMinimum(RequirementPeriod period, Module module, BigDecimal v) {
        moduleMinimums.get(period).put(module, v);
        return this;
    }

    /** Art. 7: least share, 0–1, of cycle credits from self-selected projects. */
    public PolicyRulesBuilder selfSelectedShare(BigDecimal share) {
        this.selfSelectedShare = share;
        return this;
    }

    public PolicyRulesBuilder failedResultsCountHours(boolean count) {
        this.failedResultsCountHours = count;
        return this;
    }

    public PolicyRulesBuilder inductionHoursCount(boolean count) {
        this.inductionHoursCount = count;
        return this;
    }

    /** Art. 9: induction of new teachers, total and practical hours. */
    public PolicyRulesBuilder inductionMinimums(BigDecimal total, BigDecimal practical) {
        this.inductionHours = total;
        this.inductionPracticalHours = practical;
        return this;
    }

    /** Art. 12: credits per teaching hour for lecturers in a project of this level. */
    public PolicyRulesBuilder lecturingFactor(Level level, BigDecimal factor) {
        lecturingFactors.put(level, factor);
        return this;
    }

    public PolicyRulesBuilder withoutLecturingFactor(Level level) {
        lecturingFactors.remove(level);
        return this;
    }

    /** Art. 12: other work converted "per the relevant rules". */
    public PolicyRulesBuilder activityConversion(String type, BigDecimal credits, Module module) {
        activities.put(type, new Activity(credits, module));
        return this;
    }

    public PolicyRulesBuilder withoutActivityConversion(String type) {
        activities.remove(type);
        return this;
    }

    /** Art. 5: months in which county-or-above projects are published. */
    public PolicyRulesBuilder publicationMonths(Month... months) {
        publicationMonths.clear();
        publicationMonths.addAll(Arrays.asList(months));
        return this;
    }

    /** Every problem of the figures entered so far; empty when {@link #build()} will succeed. */
    public List<PolicyViolation> validate() {
        return PolicyChecks.problems(this);
    }

    /**
     * @throws InvalidPolicy listing every problem
     */
    public PolicyRules build() {
        InvalidPolicy.throwIfAny(validate());
        return new PolicyRules(parts());
    }

    private PolicyParts parts() {
        Map<Level, RateRange> levels = new EnumMap<>(Level.class);
        levelRates.forEach((l, b) -> levels.put(l, new RateRange(l, b.lower(), b.upper())));
        Map<DeliveryForm, RateRange> forms = new EnumMap<>(DeliveryForm.class);
        formRates.forEach((f, b) -> forms.put(f, new RateRange(f, b.lower(), b.upper())));
        List<GradeBand> bands = new ArrayList<>();
        gradeBands.forEach((g, b) -> bands.add(new GradeBand(g, b.lower(), b.upper())));
        Map<String, ActivityConversion> conversions = new TreeMap<>();
        activities.forEach(
                (type, a) -> conversions.put(type, new ActivityConversion(type, new Credits(a.credits), a.module)));
        return new PolicyParts(
                levels,
                forms,
                new GradeBands(bands),
                canonical(coefficients, Grade.class),
                canonical(hoursPerDay, DeliveryForm.class),
                firstCycleYear,
                cycleLength,
                minimums(RequirementPeriod.CYCLE),
                minimums(RequirementPeriod.YEAR),
                Decimals.canonical(selfSelectedShare),
                failedResultsCountHours,
                inductionHoursCount,
                new Hours(inductionHours),
                new Hours(inductionPracticalHours),
                new LecturingFactors(lecturingFactors),
                conversions,
                publicationMonths);
    }

    private Minimums minimums(RequirementPeriod period) {
        return new Minimums(period, minimums.get(period), moduleMinimums.get(period));
    }

    private static <K extends Enum<K>> Map<K, BigDecimal> canonical(Map<K, BigDecimal> source, Class<K> type) {
        Map<K, BigDecimal> copy = new EnumMap<>(type);
        source.forEach((k, v) -> copy.put(k, Decimals.canonical(v)));
        return copy;
    }
}
