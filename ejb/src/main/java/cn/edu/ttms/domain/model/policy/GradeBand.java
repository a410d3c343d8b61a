package cn.edu.ttms.domain.model.policy;

import cn.edu.ttms.domain.model.shared.Decimals;
import cn.edu.ttms.domain.model.shared.Grade;
import cn.edu.ttms.domain.model.shared.Score;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The scores of one grade (art. 10: 优 90–100, 良 80–89…). Rules.md §3.5 makes the bands half-open —
 * [lower, upper) — so that 89.5 is GOOD and 59.9 is FAIL; the band that ends at 100 also holds 100
 * itself.
 */
public final class GradeBand {

    private final Grade grade;
    private final BigDecimal lower;
    private final BigDecimal upper;

    /**
     * @throws InvalidPolicy when a bound is missing, outside 0–100, or the band is empty
     */
    public GradeBand(Grade grade, BigDecimal lower, BigDecimal upper) {
        Objects.requireNonNull(grade, "grade");
        InvalidPolicy.throwIfAny(problems(grade, lower, upper));
        this.grade = grade;
        this.lower = Decimals.canonical(lower);
        this.upper = Decimals.canonical(upper);
    }

    static List<PolicyViolation> problems(Grade grade, BigDecimal lower, BigDecimal upper) {
        List<PolicyViolation> problems = new ArrayList<>();
        if (lower == null || upper == null) {
            problems.add(PolicyViolation.of("policy.gradeBand.boundMissing", grade));
            return problems;
        }
        if (lower.compareTo(Score.MIN) < 0 || upper.compareTo(Score.MAX) > 0) {
            problems.add(PolicyViolation.of("policy.gradeBand.outsideScale", grade, lower, upper));
        }
        if (lower.compareTo(upper) >= 0) {
            problems.add(PolicyViolation.of("policy.gradeBand.empty", grade, lower, upper));
        }
        return problems;
    }

    public Grade grade() {
        return grade;
    }

    /** Inclusive. */
    public BigDecimal lower() {
        return lower;
    }

    /** Exclusive, except 100, which is inclusive. */
    public BigDecimal upper() {
        return upper;
    }

    public boolean contains(Score score) {
        BigDecimal s = score.value();
        boolean belowUpper = s.compareTo(upper) < 0 || (upper.compareTo(Score.MAX) == 0 && s.compareTo(upper) == 0);
        return s.compareTo(lower) >= 0 && belowUpper;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof GradeBand other
                && grade == other.grade
                && lower.equals(other.lower)
                && upper.equals(other.upper);
    }

    @Override
    public int hashCode() {
        return Objects.hash(grade, lower, upper);
    }

    @Override
    public String toString() {
        return grade + " [" + Decimals.plain(lower) + ", " + Decimals.plain(upper) + ")";
    }
}
