package cn.edu.ttms.domain.model.shared;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * A training score (培训成绩), 0.0–100.0. Rules.md §3.5: scores may carry one decimal, so a score is
 * held at scale 1 and "89.55" is rejected rather than silently rounded into a grade.
 */
public final class Score implements Comparable<Score> {

    public static final int SCALE = 1;
    public static final BigDecimal MIN = BigDecimal.ZERO;
    public static final BigDecimal MAX = BigDecimal.valueOf(100);

    private final BigDecimal value;

    /**
     * @throws InvalidScore outside 0–100 or with more than one decimal place
     */
    public Score(BigDecimal value) {
        Objects.requireNonNull(value, "score");
        if (!Decimals.isTame(value)) {
            throw new InvalidScore(value);
        }
        if (value.compareTo(MIN) < 0 || value.compareTo(MAX) > 0 || Decimals.placesNeeded(value) > SCALE) {
            throw new InvalidScore(value);
        }
        this.value = value.setScale(SCALE);
    }

    public static Score of(String value) {
        return new Score(new BigDecimal(value));
    }

    public static Score of(int value) {
        return new Score(BigDecimal.valueOf(value));
    }

    /**
     * A score as the database holds it, not checked and not rescaled: a row changed past the
     * application must still load, so that verification can find it out.
     */
    public static Score stored(BigDecimal value) {
        return new Score(Objects.requireNonNull(value, "score"), true);
    }

    private Score(BigDecimal value, boolean stored) {
        this.value = value;
    }

    /** The score, at scale 1. */
    public BigDecimal value() {
        return value;
    }

    @Override
    public int compareTo(Score other) {
        return value.compareTo(other.value);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Score other && value.equals(other.value);
    }

    @Override
    public int hashCode() {
        return value.hashCode();
    }

    @Override
    public String toString() {
        return value.toPlainString();
    }
}
