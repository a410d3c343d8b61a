package cn.edu.ttms.domain.model.teacher;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.Objects;

/**
 * A teacher's 18-character resident identity number (居民身份证号码, GB 11643-1999): the key by which
 * bureaus, schools and the national teacher-information system recognise the same person.
 *
 * <p>Layout: a 6-digit region code, the 8-digit birth date {@code yyyyMMdd}, a 3-digit sequence
 * whose parity gives the gender (odd for men), and a check character by ISO 7064 MOD 11-2, where
 * {@code X} stands for 10. The check character catches nearly every single-digit typo and every
 * swap of two neighbouring digits, which is why an import refuses a number that fails it instead of
 * storing a teacher nobody can find later.
 *
 * <p>The region code is not looked up in a table: codes change when counties are reorganised
 * (Lincang's were 5335xx before the prefecture became a city in 2003) and people keep the number
 * they were given, so an old code is still a valid number.
 *
 * <p>A lower-case {@code x} and full-width digits (from Chinese input methods) are accepted and
 * normalised, so the same person never appears twice. {@link #toString()} answers the {@link
 * #masked()} form because the full number must not reach logs (art. 20); use {@link #value()} to
 * store or compare it.
 *
 * <p>Two ways in: {@link #of(String)} parses what a person typed or a sheet holds and refuses a number
 * that fails any rule; {@link #stored(String)} takes what the database holds as it is, because reading
 * stored data must never fail on validation meant for input: a number changed past the application
 * (or written before a rule existed) still shows, with {@link #valid()} false, and verification of the
 * signed results names it as changed. A new teacher is registered only with a valid number.
 */
public final class IdentityNumber {

    public static final int LENGTH = 18;

    /**
     * Birth dates are judged "not in the future" by the calendar in China, wherever the server is.
     */
    public static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

    private static final int[] WEIGHTS = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
    private static final String CHECK_CHARACTERS = "10X98765432";
    private static final int EARLIEST_YEAR = 1900;

    private final String value;
    private final boolean valid;

    private IdentityNumber(String value, boolean valid) {
        this.value = value;
        this.valid = valid;
    }

    /**
     * @throws InvalidIdentityNumber when the text is not a number GB 11643 could have issued by today
     */
    public static IdentityNumber of(String text) {
        return of(text, LocalDate.now(CHINA));
    }

    /**
     * As {@link #of(String)}, judging "not in the future" against {@code today}, so that an import
     * and its tests agree on what today is.
     */
    public static IdentityNumber of(String text, LocalDate today) {
        Objects.requireNonNull(today, "today");
        String candidate = normalise(text);
        if (!hasValidFormat(candidate)) {
            throw InvalidIdentityNumber.format(candidate == null ? 0 : candidate.length());
        }
        if (birthDateOrNull(candidate, today) == null) {
            throw InvalidIdentityNumber.birthDate(candidate.substring(6, 14));
        }
        char expected = checkCharacter(candidate);
        if (candidate.charAt(17) != expected) {
            throw InvalidIdentityNumber.checkDigit(expected, candidate.charAt(17));
        }
        return new IdentityNumber(candidate, true);
    }

    /**
     * The number exactly as the database holds it, never refused: {@link #valid()} says whether it keeps
     * the rules (18 characters, a real birth date, the right check character; a birth date is not judged
     * "in the future" again, and nothing is normalised, so a stored lower-case {@code x} is flagged).
     */
    public static IdentityNumber stored(String value) {
        Objects.requireNonNull(value, "value");
        boolean valid = hasValidFormat(value)
                && birthDateOrNull(value, LocalDate.MAX) != null
                && value.charAt(LENGTH - 1) == checkCharacter(value);
        return new IdentityNumber(value, valid);
    }

    /** True when {@link #of(String)} would accept the text; costs no exception when it would not. */
    public static boolean isValid(String text) {
        String candidate = normalise(text);
        return hasValidFormat(candidate)
                && birthDateOrNull(candidate, LocalDate.now(CHINA)) != null
                && candidate.charAt(17) == checkCharacter(candidate);
    }

    /**
     * The number whose first 17 characters are {@code first17}, completed with its check character:
     * how generators and test fixtures make valid numbers.
     *
     * @throws InvalidIdentityNumber when {@code first17} is not 17 digits with a real birth date
     */
    public static IdentityNumber withCheckDigit(String first17) {
        if (first17 == null || first17.length() != LENGTH - 1 || !digits(first17, LENGTH - 1)) {
            throw InvalidIdentityNumber.format(first17 == null ? 0 : first17.length());
        }
        return of(first17 + checkCharacter(first17));
    }

    /** The full number, upper-case {@code X}; for storage and exact comparison, not for display. */
    public String value() {
        return value;
    }

    /**
     * False only for a {@link #stored(String) stored} number that breaks a rule of GB 11643: shown
     * flagged, never refused.
     */
    public boolean valid() {
        return valid;
    }

    /** The first six characters; for a stored number shorter than that, what there is. */
    public String regionCode() {
        return value.substring(0, Math.min(6, value.length()));
    }

    /** The birth date; null for a stored number whose characters 7–14 are not a real date. */
    public LocalDate birthDate() {
        return hasValidFormat(value) ? birthDateOrNull(value, LocalDate.MAX) : null;
    }

    /**
     * From the parity of the 17th character, the sequence number's last digit: odd is male. Null for a
     * stored number without a digit there.
     */
    public Gender gender() {
        char sequence = value.length() < LENGTH - 1 ? ' ' : value.charAt(LENGTH - 2);
        if (sequence < '0' || sequence > '9') {
            return null;
        }
        return (sequence - '0') % 2 == 1 ? Gender.MALE : Gender.FEMALE;
    }

    /** The last four characters, what staff type to find a teacher without handling the number. */
    public String suffix() {
        return value.substring(Math.max(0, value.length() - 4));
    }

    /**
     * The number with the birth date and sequence hidden, e.g. {@code 530902********125X}; a stored
     * number of another length shows its last four characters only.
     */
    public String masked() {
        if (value.length() != LENGTH) {
            return "*".repeat(Math.max(0, value.length() - 4)) + suffix();
        }
        return value.substring(0, 6) + "********" + value.substring(14);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof IdentityNumber other && value.equals(other.value);
    }

    @Override
    public int hashCode() {
        return value.hashCode();
    }

    /** The {@link #masked()} form, so that the number does not leak through logs and messages. */
    @Override
    public String toString() {
        return masked();
    }

    private static String normalise(String text) {
        if (text == null) {
            return null;
        }
        String stripped = text.strip();
        StringBuilder out = new StringBuilder(stripped.length());
        for (int i = 0; i < stripped.length(); i++) {
            char c = stripped.charAt(i);
            if (c >= '０' && c <= '９') {
                c = (char) ('0' + (c - '０'));
            } else if (c == 'x' || c == 'Ｘ' || c == 'ｘ') {
                c = 'X';
            }
            out.append(c);
        }
        return out.toString();
    }

    private static boolean hasValidFormat(String candidate) {
        if (candidate == null || candidate.length() != LENGTH || !digits(candidate, LENGTH - 1)) {
            return false;
        }
        char last = candidate.charAt(LENGTH - 1);
        return (last >= '0' && last <= '9') || last == 'X';
    }

    private static boolean digits(String text, int count) {
        for (int i = 0; i < count; i++) {
            char c = text.charAt(i);
            if (c < '0' || c > '9') {
                return false;
            }
        }
        return true;
    }

    private static LocalDate birthDateOrNull(String candidate, LocalDate today) {
        int year = Integer.parseInt(candidate, 6, 10, 10);
        int month = Integer.parseInt(candidate, 10, 12, 10);
        int day = Integer.parseInt(candidate, 12, 14, 10);
        if (year < EARLIEST_YEAR || month < 1 || month > 12 || day < 1) {
            return null;
        }
        if (day > YearMonth.of(year, month).lengthOfMonth()) {
            return null;
        }
        LocalDate date = LocalDate.of(year, month, day);
        return date.isAfter(today) ? null : date;
    }

    /** ISO 7064 MOD 11-2 over the first 17 digits: weights 2^(17-i) mod 11, check (12 - S) mod 11. */
    private static char checkCharacter(String digits) {
        int sum = 0;
        for (int i = 0; i < LENGTH - 1; i++) {
            sum += (digits.charAt(i) - '0') * WEIGHTS[i];
        }
        return CHECK_CHARACTERS.charAt(sum % 11);
    }
}
