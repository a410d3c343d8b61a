package cn.edu.ttms.domain.model.targets;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * Shares in percent as the statistics show them (issue 19): one decimal place, rounded half up, and 0
 * when there is nothing to share (a unit without teachers has trained 0 %, not an error); whether an
 * actual meets its target.
 */
public final class Shares {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private Shares() {}

    /** {@code part} of {@code whole} in percent, one decimal place; 0.0 when {@code whole} is 0. */
    public static BigDecimal percent(long part, long whole) {
        if (part < 0 || whole < 0) {
            throw new IllegalArgumentException("negative count: " + part + " of " + whole);
        }
        if (whole == 0) {
            return BigDecimal.ZERO.setScale(1);
        }
        return BigDecimal.valueOf(part).multiply(HUNDRED).divide(BigDecimal.valueOf(whole), 1, RoundingMode.HALF_UP);
    }

    /** Whether the actual reaches the target; null (no target set, or no actual known) when either is missing. */
    public static Boolean met(BigDecimal target, BigDecimal actual) {
        return target == null || actual == null ? null : actual.compareTo(target) >= 0;
    }

    /** How far the actual got towards the target, in percent (one place); null without a target, 0 target → null. */
    public static BigDecimal attained(long actual, Integer target) {
        return target == null || target == 0 ? null : percent(actual, target);
    }
}
