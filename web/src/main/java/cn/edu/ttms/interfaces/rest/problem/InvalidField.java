package cn.edu.ttms.interfaces.rest.problem;

import java.util.Locale;

/**
 * A field of a request body that is missing or of the wrong kind ({@code "teacherId": "abc"}): a
 * 422 naming the field and what it should be, in the caller's language.
 */
public class InvalidField extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final String field;
    private final String expectedKey;
    private final String allowed;

    /** @param expectedKey web bundle key: {@code api.expects.whole}, {@code api.expects.text}… */
    public InvalidField(String field, String expectedKey, String allowed) {
        super("field " + field + " is not " + expectedKey);
        this.field = field;
        this.expectedKey = expectedKey;
        this.allowed = allowed;
    }

    public InvalidField(String field, String expectedKey) {
        this(field, expectedKey, "");
    }

    /** A required field that is missing or null. */
    public static InvalidField required(String field) {
        return new InvalidField(field, null, "");
    }

    public String field() {
        return field;
    }

    String describe(Locale locale) {
        if (expectedKey == null) {
            return TextFormat.format(ProblemTexts.get("api.field.required", locale), field);
        }
        return TextFormat.format(
                ProblemTexts.get("api.field.invalid", locale),
                field,
                TextFormat.format(ProblemTexts.get(expectedKey, locale), allowed));
    }
}
