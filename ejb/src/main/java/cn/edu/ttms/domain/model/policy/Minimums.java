package cn.edu.ttms.domain.model.policy;

import cn.edu.ttms.domain.model.shared.Decimals;
import cn.edu.ttms.domain.model.shared.Module;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The minimums of one period (rules.md §1, one column): total, county-or-above and school-based
 * hours (art. 9), total credits and credits per module (art. 11). Art. 11 requires hours and
 * credits to be met at the same time, so every figure must be present; none may be negative.
 */
public final class Minimums {

    /** The rows held as a single figure; MODULE_CREDITS is held per module. */
    static final List<Requirement> SINGLE_ROWS = List.of(
            Requirement.TOTAL_HOURS,
            Requirement.COUNTY_OR_ABOVE_HOURS,
            Requirement.SCHOOL_BASED_HOURS,
            Requirement.TOTAL_CREDITS);

    private final RequirementPeriod period;
    private final Map<Requirement, BigDecimal> totals;
    private final Map<Module, BigDecimal> moduleCredits;

    /**
     * @throws InvalidPolicy when a figure is missing or negative
     */
    public Minimums(
            RequirementPeriod period, Map<Requirement, BigDecimal> totals, Map<Module, BigDecimal> moduleCredits) {
        this.period = Objects.requireNonNull(period, "period");
        InvalidPolicy.throwIfAny(problems(period, totals, moduleCredits));
        this.totals = canonical(totals, Requirement.class);
        this.moduleCredits = canonical(moduleCredits, Module.class);
    }

    static List<PolicyViolation> problems(
            RequirementPeriod period, Map<Requirement, BigDecimal> totals, Map<Module, BigDecimal> moduleCredits) {
        List<PolicyViolation> problems = new ArrayList<>();
        for (Requirement row : SINGLE_ROWS) {
            BigDecimal value = totals.get(row);
            if (value == null) {
                problems.add(PolicyViolation.of("policy.minimum.missing", period, row));
            } else if (value.signum() < 0) {
                problems.add(PolicyViolation.of("policy.minimum.negative", period, row, value));
            }
        }
        for (Module module : Module.values()) {
            BigDecimal value = moduleCredits.get(module);
            if (value == null) {
                problems.add(PolicyViolation.of("policy.minimum.moduleMissing", period, module));
            } else if (value.signum() < 0) {
                problems.add(PolicyViolation.of("policy.minimum.moduleNegative", period, module, value));
            }
        }
        return problems;
    }

    private static <K extends Enum<K>> Map<K, BigDecimal> canonical(Map<K, BigDecimal> source, Class<K> type) {
        Map<K, BigDecimal> copy = new EnumMap<>(type);
        source.forEach((k, v) -> copy.put(k, Decimals.canonical(v)));
        return Map.copyOf(copy);
    }

    public RequirementPeriod period() {
        return period;
    }

    /**
     * The minimum of a single-figure row (TOTAL_HOURS, COUNTY_OR_ABOVE_HOURS, SCHOOL_BASED_HOURS,
     * TOTAL_CREDITS).
     */
    public BigDecimal required(Requirement requirement) {
        BigDecimal value = totals.get(requirement);
        if (value == null) {
            throw new IllegalArgumentException(requirement + " is not a single-figure minimum");
        }
        return value;
    }

    /** The minimum credits of one module. */
    public BigDecimal moduleCredits(Module module) {
        return moduleCredits.get(module);
    }

    Map<Requirement, BigDecimal> totals() {
        return totals;
    }

    Map<Module, BigDecimal> moduleCredits() {
        return moduleCredits;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Minimums other
                && period == other.period
                && totals.equals(other.totals)
                && moduleCredits.equals(other.moduleCredits);
    }

    @Override
    public int hashCode() {
        return Objects.hash(period, totals, moduleCredits);
    }

    @Override
    public String toString() {
        return period + " " + totals + " " + moduleCredits;
    }
}
