package cn.edu.ttms.domain.model.policy;

import cn.edu.ttms.domain.model.shared.Decimals;
import cn.edu.ttms.domain.model.shared.Grade;
import cn.edu.ttms.domain.model.shared.Hours;
import cn.edu.ttms.domain.model.shared.Level;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * Checks the raw figures of a {@link PolicyRulesBuilder} and lists every problem. The checks of
 * single parts live with the parts ({@link RateRange}, {@link GradeBands}, {@link Minimums}…), so
 * that a part built on its own is held to the same rules; this class adds what spans parts.
 */
final class PolicyChecks {

    private PolicyChecks() {}

    static List<PolicyViolation> problems(PolicyRulesBuilder b) {
        List<PolicyViolation> problems = new ArrayList<>();
        for (Level level : Level.values()) {
            Bounds range = b.levelRates.get(level);
            if (range == null) {
                problems.add(PolicyViolation.of("policy.rateRange.missing", level));
            } else {
                problems.addAll(RateRange.problems(level, range.lower(), range.upper()));
            }
        }
        b.formRates.forEach((f, r) -> problems.addAll(RateRange.problems(f, r.lower(), r.upper())));
        problems.addAll(GradeBands.problems(b.gradeBands));
        problems.addAll(coefficientProblems(b));
        b.hoursPerDay.forEach((form, hours) -> {
            if (hours == null || hours.signum() <= 0) {
                problems.add(PolicyViolation.of("policy.hoursPerDay.notPositive", form, hours));
            }
        });
        if (b.cycleLength < 1) {
            problems.add(PolicyViolation.of("policy.cycle.lengthNotPositive", b.cycleLength));
        }
        if (b.firstCycleYear < 1) {
            problems.add(PolicyViolation.of("policy.cycle.firstYearInvalid", b.firstCycleYear));
        }
        for (RequirementPeriod period : RequirementPeriod.values()) {
            problems.addAll(Minimums.problems(period, b.minimums.get(period), b.moduleMinimums.get(period)));
        }
        BigDecimal share = b.selfSelectedShare;
        if (share == null || share.signum() < 0 || share.compareTo(BigDecimal.ONE) > 0) {
            problems.add(PolicyViolation.of("policy.selfSelectedShare.outOfRange", share));
        }
        problems.addAll(inductionProblems(b.inductionHours, b.inductionPracticalHours));
        problems.addAll(LecturingFactors.problems(b.lecturingFactors));
        b.activities.forEach((type, a) -> problems.addAll(ActivityConversion.problems(type, a.credits(), a.module())));
        if (b.publicationMonths.isEmpty()) {
            problems.add(PolicyViolation.of("policy.publicationMonths.empty"));
        }
        return problems;
    }

    /**
     * Art. 10 needs a coefficient for every passing grade. Their order is not checked: the literal
     * reading of art. 10 (best grade, smallest bonus) must stay expressible.
     */
    private static List<PolicyViolation> coefficientProblems(PolicyRulesBuilder b) {
        List<PolicyViolation> problems = new ArrayList<>();
        for (Grade grade : Grade.values()) {
            BigDecimal c = b.coefficients.get(grade);
            if (!grade.passed()) {
                if (c != null) {
                    problems.add(PolicyViolation.of("policy.coefficient.forFail", grade, c));
                }
            } else if (c == null) {
                problems.add(PolicyViolation.of("policy.coefficient.missing", grade));
            } else if (c.signum() < 0) {
                problems.add(PolicyViolation.of("policy.coefficient.negative", grade, c));
            }
        }
        return problems;
    }

    /** Art. 9: induction hours are hours (≥ 0, one decimal), the practical part within the total. */
    private static List<PolicyViolation> inductionProblems(BigDecimal total, BigDecimal practical) {
        List<PolicyViolation> problems = new ArrayList<>();
        if (!validHours(total) || !validHours(practical)) {
            problems.add(PolicyViolation.of("policy.induction.invalid", total, practical));
        } else if (practical.compareTo(total) > 0) {
            problems.add(PolicyViolation.of("policy.induction.practicalAboveTotal", total, practical));
        }
        return problems;
    }

    private static boolean validHours(BigDecimal value) {
        return value != null && value.signum() >= 0 && Decimals.placesNeeded(value) <= Hours.SCALE;
    }
}
