package cn.edu.ttms.domain.model.compliance;

import cn.edu.ttms.domain.model.policy.Minimums;
import cn.edu.ttms.domain.model.policy.PolicyRules;
import cn.edu.ttms.domain.model.policy.Requirement;
import cn.edu.ttms.domain.model.policy.RequirementPeriod;
import cn.edu.ttms.domain.model.shared.Credits;
import cn.edu.ttms.domain.model.shared.Cycle;
import cn.edu.ttms.domain.model.shared.Decimals;
import cn.edu.ttms.domain.model.shared.Hours;
import cn.edu.ttms.domain.model.shared.Module;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;

/**
 * Measures a teacher's results against the minimums of rules.md §1 (art. 7, 9, 11), for a cycle and
 * for each of its years. Only recognised results count as final (art. 20); pending and reviewed
 * ones are shown as what they would add; void ones never count (art. 21); induction training counts
 * only if the policy says so (art. 9). Records outside the cycle are ignored.
 */
public final class ComplianceCalculator {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private final PolicyRules policy;

    public ComplianceCalculator(PolicyRules policy) {
        this.policy = Objects.requireNonNull(policy, "policy");
    }

    /**
     * The cycle judged as a whole, every year of it due (a cycle that is over, or a replay).
     *
     * @throws cn.edu.ttms.domain.model.policy.InvalidCycleStart when no cycle starts in that year
     */
    public ComplianceReport assess(int cycleStartYear, Collection<ResultRecord> records) {
        return assess(cycleStartYear, records, Integer.MAX_VALUE);
    }

    /**
     * The cycle as it stands in {@code currentYear}: the years after it have not begun and are not
     * due ({@link Assessment#due()}); the cycle itself is due once it has begun.
     *
     * @throws cn.edu.ttms.domain.model.policy.InvalidCycleStart when no cycle starts in that year
     */
    public ComplianceReport assess(int cycleStartYear, Collection<ResultRecord> records, int currentYear) {
        Cycle cycle = policy.cycleStartingIn(cycleStartYear);
        List<ResultRecord> counting = records.stream()
                .filter(r -> cycle.contains(r.year()))
                .filter(this::counts)
                .toList();
        Assessment whole = assess(
                RequirementPeriod.CYCLE,
                cycle.firstYear(),
                cycle.lastYear(),
                counting,
                cycle.firstYear() <= currentYear);
        List<Assessment> years = cycle.years().stream()
                .map(year -> assess(
                        RequirementPeriod.YEAR,
                        year,
                        year,
                        counting.stream().filter(r -> r.year() == year).toList(),
                        year <= currentYear))
                .toList();
        return new ComplianceReport(cycle, whole, years);
    }

    private boolean counts(ResultRecord r) {
        return r.status() != ResultStatus.VOID && (!r.induction() || policy.inductionHoursCount());
    }

    private Assessment assess(
            RequirementPeriod period, int firstYear, int lastYear, List<ResultRecord> records, boolean due) {
        Tally fin = new Tally(records.stream().filter(r -> r.status().isFinal()).toList());
        Tally all = new Tally(records);
        Minimums min = policy.minimums(period);
        List<RequirementRow> rows = new ArrayList<>();
        rows.add(hours(Requirement.TOTAL_HOURS, min, fin.hours, all.hours));
        rows.add(hours(Requirement.COUNTY_OR_ABOVE_HOURS, min, fin.countyOrAboveHours, all.countyOrAboveHours));
        rows.add(hours(Requirement.SCHOOL_BASED_HOURS, min, fin.schoolBasedHours, all.schoolBasedHours));
        rows.add(row(
                Requirement.TOTAL_CREDITS,
                null,
                min.required(Requirement.TOTAL_CREDITS),
                fin.credits,
                all.credits,
                Credits.SCALE));
        for (Module module : Module.values()) {
            rows.add(row(
                    Requirement.MODULE_CREDITS,
                    module,
                    min.moduleCredits(module),
                    fin.moduleCredits.get(module),
                    all.moduleCredits.get(module),
                    Credits.SCALE));
        }
        if (period == RequirementPeriod.CYCLE) {
            rows.add(selfSelectedShare(fin, all));
        }
        return new Assessment(period, firstYear, lastYear, rows, due);
    }

    private static RequirementRow hours(
            Requirement requirement, Minimums min, BigDecimal actual, BigDecimal withPending) {
        return row(requirement, null, min.required(requirement), actual, withPending, Hours.SCALE);
    }

    private static RequirementRow row(
            Requirement requirement,
            Module module,
            BigDecimal required,
            BigDecimal actual,
            BigDecimal withPending,
            int scale) {
        return new RequirementRow(
                requirement,
                module,
                scaled(required, scale),
                scaled(actual, scale),
                scaled(withPending, scale),
                scaled(required.subtract(actual).max(BigDecimal.ZERO), scale),
                scaled(required.subtract(withPending).max(BigDecimal.ZERO), scale),
                actual.compareTo(required) >= 0,
                withPending.compareTo(required) >= 0);
    }

    /** Art. 7: self-selected credits as a percentage of all cycle credits. */
    private RequirementRow selfSelectedShare(Tally fin, Tally all) {
        BigDecimal required = scaled(policy.selfSelectedShare().multiply(HUNDRED), Credits.SCALE);
        BigDecimal actual = percentage(fin);
        BigDecimal withPending = percentage(all);
        return new RequirementRow(
                Requirement.SELF_SELECTED_SHARE,
                null,
                required,
                actual,
                withPending,
                shareMet(fin) ? zero() : required.subtract(actual).max(BigDecimal.ZERO),
                shareMet(all) ? zero() : required.subtract(withPending).max(BigDecimal.ZERO),
                shareMet(fin),
                shareMet(all));
    }

    /** Exact comparison, S ≥ share × T; with no credits at all only a 0 % minimum is met. */
    private boolean shareMet(Tally t) {
        BigDecimal share = policy.selfSelectedShare();
        if (t.credits.signum() == 0) {
            return share.signum() == 0;
        }
        return t.selfSelectedCredits.compareTo(share.multiply(t.credits)) >= 0;
    }

    /** Rounded down, so that a share just short of the minimum never shows as reaching it. */
    private static BigDecimal percentage(Tally t) {
        if (t.credits.signum() == 0) {
            return zero();
        }
        return t.selfSelectedCredits.multiply(HUNDRED).divide(t.credits, Credits.SCALE, RoundingMode.DOWN);
    }

    private static BigDecimal zero() {
        return BigDecimal.ZERO.setScale(Credits.SCALE);
    }

    /** At the unit's scale, or finer if the figure needs it (a minimum of 6.125 stays exact). */
    private static BigDecimal scaled(BigDecimal value, int scale) {
        return value.setScale(Math.max(scale, Decimals.placesNeeded(value)));
    }
}
