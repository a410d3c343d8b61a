package cn.edu.ttms.domain.model.shared;

import java.math.BigDecimal;

/**
 * Small helpers for exact decimal arithmetic (rules.md §3.8: never floating point).
 *
 * <p>Policy numbers are kept in a canonical form (trailing zeros stripped) so that two policies
 * holding "0.25" and "0.250" are equal.
 */
public final class Decimals {

    private Decimals() {}

    /**
     * Upper bounds of a number this application will do any arithmetic on: about 300 significant
     * digits and 500 places either side of the point. Far beyond any real figure, yet small enough
     * that stripping zeros or writing the number out is instant: {@code 1e999999} is not tame, and
     * canonicalising it would build a million-digit integer.
     */
    private static final int MAX_UNSCALED_BITS = 1024;

    private static final int MAX_SCALE = 500;

    /** Whether a number is small enough in digits and exponent to compute with (see above). */
    public static boolean isTame(BigDecimal value) {
        return value.unscaledValue().bitLength() <= MAX_UNSCALED_BITS && Math.abs(value.scale()) <= MAX_SCALE;
    }

    /**
     * A number as a message shows it: plain when tame, else in scientific notation cut to 40
     * characters, so a refusal of {@code 1e999999} does not print a million zeros.
     */
    public static String shown(BigDecimal value) {
        if (value == null) {
            return "null";
        }
        if (isTame(value)) {
            return plain(value);
        }
        String text = value.toString();
        return text.length() <= 40 ? text : text.substring(0, 20) + "…" + text.substring(text.length() - 12);
    }

    /** Canonical form of a number: no trailing decimal zeros, never exponent notation (60, 0.25). */
    public static BigDecimal canonical(BigDecimal value) {
        if (value == null) {
            return null;
        }
        if (!isTame(value)) {
            throw new IllegalArgumentException("number out of range: " + shown(value));
        }
        BigDecimal stripped = value.stripTrailingZeros();
        return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
    }

    /**
     * How a number is shown in a message: plain notation, no trailing zeros ("1.5", "100"). A number
     * that is not tame (1E-2147483647, sent to probe the server) is shown as sent, with its exponent:
     * its plain form could not even be built.
     */
    public static String plain(BigDecimal value) {
        return value == null ? "null" : isTame(value) ? canonical(value).toPlainString() : shown(value);
    }

    /** The number of decimal places a value really needs ("6.50" needs 1, "100" needs 0). */
    public static int placesNeeded(BigDecimal value) {
        return Math.max(0, canonical(value).scale());
    }
}
