package cn.edu.ttms.domain.model.account;

import java.util.Locale;
import java.util.Objects;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The rule that names the accounts opened in bulk for teachers (configurable as
 * {@code app.accounts.teacher-username}; docs/decisions.md "Teacher accounts in bulk"). The pattern
 * holds placeholders: {@code {identityNumber}} (the 18-character identity number, x in lower case),
 * {@code {idSuffix}} (its last four characters), {@code {teacherId}} (the registry's id) and
 * {@code {schoolCode}} (the school's code, empty when it has none); anything else is kept as written.
 * The default, {@code {identityNumber}}, is a name every teacher knows and that is unique in the
 * registry.
 *
 * <p>The result is lower case, without characters a username may not hold, and at most
 * {@value #MAX_BASE} characters, leaving room for the {@code -2}, {@code -3}… that a name already
 * taken by another account receives.
 */
public final class TeacherUsernames {

    public static final String DEFAULT_PATTERN = "{identityNumber}";

    /** 40 for a username, less room for "-999". */
    static final int MAX_BASE = 36;

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{([A-Za-z]+)}");
    private static final Pattern NOT_ALLOWED = Pattern.compile("[^a-z0-9._-]");

    private final String pattern;

    public TeacherUsernames(String pattern) {
        this.pattern = pattern == null || pattern.isBlank() ? DEFAULT_PATTERN : pattern.strip();
        Matcher m = PLACEHOLDER.matcher(this.pattern);
        while (m.find()) {
            if (!switch (m.group(1)) {
                case "identityNumber", "idSuffix", "teacherId", "schoolCode" -> true;
                default -> false;
            }) {
                throw new IllegalArgumentException("unknown placeholder {" + m.group(1) + "} in the teacher username"
                        + " pattern; known: {identityNumber} {idSuffix} {teacherId} {schoolCode}");
            }
        }
    }

    public String pattern() {
        return pattern;
    }

    /** What a teacher's username is before a clash: the pattern filled in and cleaned. */
    public String base(String identityNumber, long teacherId, String schoolCode) {
        Objects.requireNonNull(identityNumber, "identityNumber");
        String id = identityNumber.strip().toLowerCase(Locale.ROOT);
        Matcher m = PLACEHOLDER.matcher(pattern);
        StringBuilder filled = new StringBuilder();
        while (m.find()) {
            String value = switch (m.group(1)) {
                case "identityNumber" -> id;
                case "idSuffix" -> id.length() >= 4 ? id.substring(id.length() - 4) : id;
                case "teacherId" -> Long.toString(teacherId);
                default -> schoolCode == null ? "" : schoolCode;
            };
            m.appendReplacement(filled, Matcher.quoteReplacement(value));
        }
        m.appendTail(filled);
        String clean =
                NOT_ALLOWED.matcher(filled.toString().toLowerCase(Locale.ROOT)).replaceAll("");
        while (!clean.isEmpty() && !Character.isLetterOrDigit(clean.charAt(0))) {
            clean = clean.substring(1); // a username starts with a letter or digit
        }
        if (clean.length() > MAX_BASE) {
            clean = clean.substring(0, MAX_BASE);
        }
        if (clean.length() < 2) {
            clean = "t" + teacherId; // a pattern that left (almost) nothing: the registry id still names the person
        }
        return clean;
    }

    /** The base itself if free, else the first of {@code base-2}, {@code base-3}… that is. */
    public static String firstFree(String base, Predicate<String> taken) {
        if (!taken.test(base)) {
            return base;
        }
        for (int n = 2; ; n++) {
            String candidate = base + "-" + n;
            if (!taken.test(candidate)) {
                return candidate;
            }
        }
    }
}
