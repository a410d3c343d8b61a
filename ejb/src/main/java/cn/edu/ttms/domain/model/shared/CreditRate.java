package cn.edu.ttms.domain.model.shared;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * Credits per hour (项目学分) that the publishing bureau sets for a project (art. 10). Whether it lies
 * in the range of the project's level is a policy question, checked when credits are calculated;
 * here it only has to be a non-negative decimal. Equality is numeric (1.2 = 1.20).
 */
public final class CreditRate implements Comparable<CreditRate> {

    private final BigDecimal value;

    /**
     * @throws InvalidCreditRate when negative
     */
    public CreditRate(BigDecimal value) {
        Objects.requireNonNull(value, "creditRate");
        if (!Decimals.isTame(value)) {
            throw new InvalidCreditRate(value);
        }
        if (value.signum() < 0) {
            throw new InvalidCreditRate(value);
        }
        this.value = value;
    }

    public static CreditRate of(String value) {
        return new CreditRate(new BigDecimal(value));
    }

    public BigDecimal value() {
        return value;
    }

    /** Base credits for the given hours, exact (art. 10: 项目学分 × 项目学时数). */
    public Credits times(Hours hours) {
        return new Credits(value.multiply(hours.value()));
    }

    @Override
    public int compareTo(CreditRate other) {
        return value.compareTo(other.value);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof CreditRate other && value.compareTo(other.value) == 0;
    }

    @Override
    public int hashCode() {
        return Decimals.canonical(value).hashCode();
    }

    @Override
    public String toString() {
        return Decimals.plain(value) + " credits/h";
    }
}
