package cn.edu.ttms.domain.model.shared;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Objects;

/**
 * One problem among several found at once in what a user entered (a project form, a policy…): a
 * bundle key and its arguments, so the form can show every problem in the user's language, next to
 * the field it names.
 *
 * @param field the form field the problem belongs to (e.g. {@code modules}), or null for the whole
 */
public record Violation(String field, String messageKey, List<Object> args) {

    public Violation {
        Objects.requireNonNull(messageKey, "messageKey");
        args = Collections.unmodifiableList(new ArrayList<>(args));
    }

    public static Violation of(String field, String messageKey, Object... args) {
        return new Violation(field, messageKey, Arrays.asList(args));
    }
}
