package cn.edu.ttms.domain.model.shared;

import java.math.BigDecimal;

/**
 * Small helpers for exact decimal arithmetic (rules.md §3.8: never floating point).
 *
 * <p>Policy numbers are kept in a canonical form (trailing zeros stripped) so that two policies
 * holding "0.25" and "0.250" are equal.
 */
public final class Decimals {

  private static final int PLAIN_DIGITS = 100;

  private Decimals() {}

  /** Canonical form of a number: no trailing decimal zeros, never exponent notation (60, 0.25). */
  public static BigDecimal canonical(BigDecimal value) {
    if (value == null) {
      return null;
    }
    BigDecimal stripped = value.stripTrailingZeros();
    return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
  }

  /**
   * How a number is shown in a message: plain notation, no trailing zeros ("1.5", "100"). A figure
   * whose plain form would need more than {@value #PLAIN_DIGITS} digits (1E-2147483647, sent to probe
   * the server) is shown as sent, with its exponent: the plain form cannot even be built.
   */
  public static String plain(BigDecimal value) {
    if (value == null) {
      return "null";
    }
    return Math.abs((long) value.scale()) > PLAIN_DIGITS
        ? value.toString()
        : canonical(value).toPlainString();
  }

  /** The number of decimal places a value really needs ("6.50" needs 1, "100" needs 0). */
  public static int placesNeeded(BigDecimal value) {
    return Math.max(0, canonical(value).scale());
  }
}
