package cn.edu.ttms.domain.model.shared;

import java.util.List;
import java.util.stream.IntStream;

/**
 * A training cycle (培训周期): consecutive calendar years, e.g. 2026–2030 (art. 9: "5年一周期"). Which
 * years start a cycle is policy data; this value only guarantees a non-empty span.
 */
public final class Cycle implements java.io.Serializable {

    private static final long serialVersionUID = 1L;

    private final int firstYear;
    private final int lastYear;

    public Cycle(int firstYear, int lastYear) {
        if (lastYear < firstYear) {
            throw new IllegalArgumentException(
                    "A cycle cannot end (" + lastYear + ") before it starts (" + firstYear + ")");
        }
        this.firstYear = firstYear;
        this.lastYear = lastYear;
    }

    public int firstYear() {
        return firstYear;
    }

    public int lastYear() {
        return lastYear;
    }

    public int length() {
        return lastYear - firstYear + 1;
    }

    public boolean contains(int year) {
        return year >= firstYear && year <= lastYear;
    }

    /** Every year of the cycle, in order. */
    public List<Integer> years() {
        return IntStream.rangeClosed(firstYear, lastYear).boxed().toList();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Cycle other && firstYear == other.firstYear && lastYear == other.lastYear;
    }

    @Override
    public int hashCode() {
        return 31 * firstYear + lastYear;
    }

    @Override
    public String toString() {
        return firstYear + "–" + lastYear;
    }
}
