package cn.edu.ttms.domain.model.credit;

import cn.edu.ttms.domain.model.shared.Credits;
import cn.edu.ttms.domain.model.shared.Grade;
import cn.edu.ttms.domain.model.shared.Hours;
import java.util.Objects;

/**
 * The credits of one training result (art. 10, art. 13): its grade, base and performance credits,
 * the credits granted and the hours that count toward the cycle.
 *
 * <p><b>Rounding and what JSON shows.</b> Rules.md §3.8 rounds once per result, so only {@link
 * #credits()} is rounded (2 places, HALF_UP). {@link #baseCredits()} and {@link
 * #performanceCredits()} keep their full precision: examples.md E8 lists performance credits 4.3125
 * and credits 21.56, and rounding the parts first could change the sum. {@code POST
 * /credits/calculate} therefore shows the two parts exactly, at least 2 decimals, through {@link
 * Credits#forDisplay()} — E1: 21.60, 4.32, 25.92 (as api.md shows); E8: 17.25, 4.3125, 21.56 — and
 * {@code credits} at scale 2. A client can check that base + performance, rounded HALF_UP, gives
 * {@code credits}; no figure is rounded twice.
 */
public final class CreditResult {

    private final Grade grade;
    private final Hours hours;
    private final Hours countedHours;
    private final Credits baseCredits;
    private final Credits performanceCredits;
    private final Credits credits;

    /**
     * @param hours the hours of the project the teacher attended
     * @param countedHours what counts toward the cycle (0 for a fail unless the policy says so)
     * @throws IllegalArgumentException when a failed result carries credits (art. 13)
     */
    public CreditResult(Grade grade, Hours hours, Hours countedHours, Credits baseCredits, Credits performanceCredits) {
        this.grade = Objects.requireNonNull(grade, "grade");
        this.hours = Objects.requireNonNull(hours, "hours");
        this.countedHours = Objects.requireNonNull(countedHours, "countedHours");
        this.baseCredits = Objects.requireNonNull(baseCredits, "baseCredits");
        this.performanceCredits = Objects.requireNonNull(performanceCredits, "performanceCredits");
        if (!grade.passed() && !baseCredits.plus(performanceCredits).isZero()) {
            throw new IllegalArgumentException("A failed result earns no credits (art. 13)");
        }
        if (countedHours.compareTo(hours) > 0) {
            throw new IllegalArgumentException("Counted hours cannot exceed the hours attended");
        }
        this.credits = baseCredits.plus(performanceCredits).rounded();
    }

    public Grade grade() {
        return grade;
    }

    public Hours hours() {
        return hours;
    }

    /** Hours that count toward the cycle and year minimums. */
    public Hours countedHours() {
        return countedHours;
    }

    /** Exact, not rounded. */
    public Credits baseCredits() {
        return baseCredits;
    }

    /** Exact, not rounded (E8: 4.3125). */
    public Credits performanceCredits() {
        return performanceCredits;
    }

    /** Base + performance, rounded once to 2 places HALF_UP (E8: 21.56). */
    public Credits credits() {
        return credits;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof CreditResult other
                && grade == other.grade
                && hours.equals(other.hours)
                && countedHours.equals(other.countedHours)
                && baseCredits.equals(other.baseCredits)
                && performanceCredits.equals(other.performanceCredits);
    }

    @Override
    public int hashCode() {
        return Objects.hash(grade, hours, countedHours, baseCredits, performanceCredits);
    }

    @Override
    public String toString() {
        return grade + ": " + baseCredits + " + " + performanceCredits + " = " + credits + ", counted " + countedHours;
    }
}
