package cn.edu.ttms.domain.model.shared;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Objects;

/**
 * Credits (学分): an exact, non-negative decimal.
 *
 * <p>Intermediate figures (base and performance credits) keep their full precision; rules.md §3.8
 * rounds once per result, to {@value #SCALE} places HALF_UP, through {@link #rounded()}. Equality
 * is numeric: 21.6 and 21.60 credits are the same amount.
 */
public final class Credits implements Comparable<Credits> {

    public static final int SCALE = 2;
    public static final RoundingMode ROUNDING = RoundingMode.HALF_UP;
    public static final Credits ZERO = new Credits(BigDecimal.ZERO.setScale(SCALE));

    private final BigDecimal value;

    /**
     * @throws InvalidCredits when negative
     */
    public Credits(BigDecimal value) {
        Objects.requireNonNull(value, "credits");
        if (!Decimals.isTame(value)) {
            throw new InvalidCredits(value);
        }
        if (value.signum() < 0) {
            throw new InvalidCredits(value);
        }
        this.value = value;
    }

    public static Credits of(String value) {
        return new Credits(new BigDecimal(value));
    }

    /**
     * An amount as the database holds it, not checked and not rescaled: a row changed past the
     * application must still load, so that verification can find it out (see {@code
     * TrainingResult#toRecord}, which checks the figures it counts).
     */
    public static Credits stored(BigDecimal value) {
        return new Credits(Objects.requireNonNull(value, "credits"), true);
    }

    private Credits(BigDecimal value, boolean stored) {
        this.value = value;
    }

    /** The exact amount, at whatever scale the arithmetic produced. */
    public BigDecimal value() {
        return value;
    }

    /** Rounded once, to 2 places HALF_UP (rules.md §3.8). */
    public Credits rounded() {
        return new Credits(value.setScale(SCALE, ROUNDING));
    }

    /**
     * The exact amount shown with at least 2 decimals and no more than it needs: 4.32 stays 4.32,
     * 4.3125 stays 4.3125, 96 becomes 96.00. This is what JSON and the UI show for intermediate
     * figures, so that nothing is rounded twice.
     */
    public BigDecimal forDisplay() {
        return value.setScale(Math.max(SCALE, Decimals.placesNeeded(value)));
    }

    public Credits plus(Credits other) {
        return new Credits(value.add(other.value));
    }

    public boolean isZero() {
        return value.signum() == 0;
    }

    @Override
    public int compareTo(Credits other) {
        return value.compareTo(other.value);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Credits other && value.compareTo(other.value) == 0;
    }

    @Override
    public int hashCode() {
        return Decimals.canonical(value).hashCode();
    }

    @Override
    public String toString() {
        return value.toPlainString() + " credits";
    }
}
