package cn.edu.ttms.domain.model.shared;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * Class hours (学时). Rules.md §3.8: hours are exact decimals with one place, never negative — 6.5
 * days of concentrated training are 39.0 h (art. 9). Always held at scale 1.
 */
public final class Hours implements Comparable<Hours> {

    public static final int SCALE = 1;
    public static final Hours ZERO = new Hours(BigDecimal.ZERO);

    private final BigDecimal value;

    /**
     * @throws InvalidHours when negative or with more than one decimal place
     */
    public Hours(BigDecimal value) {
        Objects.requireNonNull(value, "hours");
        if (!Decimals.isTame(value)) {
            throw new InvalidHours(value);
        }
        if (value.signum() < 0 || Decimals.placesNeeded(value) > SCALE) {
            throw new InvalidHours(value);
        }
        this.value = value.setScale(SCALE);
    }

    public static Hours of(String value) {
        return new Hours(new BigDecimal(value));
    }

    public static Hours of(long value) {
        return new Hours(BigDecimal.valueOf(value));
    }

    /**
     * Hours as the database holds them, not checked and not rescaled: a row changed past the
     * application must still load, so that verification can find it out.
     */
    public static Hours stored(BigDecimal value) {
        return new Hours(Objects.requireNonNull(value, "hours"), true);
    }

    private Hours(BigDecimal value, boolean stored) {
        this.value = value;
    }

    /** The hours, at scale 1. */
    public BigDecimal value() {
        return value;
    }

    public Hours plus(Hours other) {
        return new Hours(value.add(other.value));
    }

    public boolean isZero() {
        return value.signum() == 0;
    }

    @Override
    public int compareTo(Hours other) {
        return value.compareTo(other.value);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Hours other && value.equals(other.value);
    }

    @Override
    public int hashCode() {
        return value.hashCode();
    }

    @Override
    public String toString() {
        return value.toPlainString() + " h";
    }
}
