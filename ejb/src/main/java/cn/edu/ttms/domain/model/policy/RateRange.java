package cn.edu.ttms.domain.model.policy;

import cn.edu.ttms.domain.model.shared.Decimals;
import cn.edu.ttms.domain.model.shared.MessageKeyed;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The credits per hour a bureau may set for a project (art. 10), e.g. COUNTY 1–1.5, both ends
 * inclusive. Ranges of different levels may overlap (MUNICIPAL 1–2 contains COUNTY 1–1.5), so only
 * the order of the two ends is checked.
 */
public final class RateRange {

    private final BigDecimal min;
    private final BigDecimal max;

    /**
     * @param owner the level or form the range belongs to, named in violations
     * @throws InvalidPolicy when an end is missing or negative, or min &gt; max
     */
    public RateRange(MessageKeyed owner, BigDecimal min, BigDecimal max) {
        InvalidPolicy.throwIfAny(problems(owner, min, max));
        this.min = Decimals.canonical(min);
        this.max = Decimals.canonical(max);
    }

    static List<PolicyViolation> problems(MessageKeyed owner, BigDecimal min, BigDecimal max) {
        List<PolicyViolation> problems = new ArrayList<>();
        if (min == null || max == null) {
            problems.add(PolicyViolation.of("policy.rateRange.boundMissing", owner));
            return problems;
        }
        if (min.signum() < 0) {
            problems.add(PolicyViolation.of("policy.rateRange.negative", owner, min));
        }
        if (min.compareTo(max) > 0) {
            problems.add(PolicyViolation.of("policy.rateRange.reversed", owner, min, max));
        }
        return problems;
    }

    public BigDecimal min() {
        return min;
    }

    public BigDecimal max() {
        return max;
    }

    public boolean contains(BigDecimal rate) {
        return rate.compareTo(min) >= 0 && rate.compareTo(max) <= 0;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof RateRange other && min.equals(other.min) && max.equals(other.max);
    }

    @Override
    public int hashCode() {
        return Objects.hash(min, max);
    }

    @Override
    public String toString() {
        return Decimals.plain(min) + "–" + Decimals.plain(max);
    }
}
