package cn.edu.ttms.interfaces.rest.problem;

import jakarta.json.stream.JsonParsingException;
import jakarta.ws.rs.core.Response;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A request body that JSON-B could not bind: not JSON at all (400), not an object (400), or a field
 * of the wrong kind (422 naming the field). The binder's own message is English and names Java
 * classes, so only the field's name is taken from it; what the field should be comes from the enum
 * or the number it failed to become.
 */
final class BodyProblems {

    private static final Pattern PROPERTY = Pattern.compile("property '?([A-Za-z0-9_]+)'?");
    private static final Pattern ENUM = Pattern.compile("No enum constant ([A-Za-z0-9_.$]+)\\.[^.]*$");

    private BodyProblems() {}

    static Response of(Throwable e, Locale locale) {
        if (chainHas(e, JsonParsingException.class)) {
            return Problem.of(
                    400, ProblemTexts.get("api.badRequest", locale), ProblemTexts.get("api.body.malformed", locale));
        }
        String field = null;
        for (Throwable t = e; t != null && field == null; t = t.getCause()) {
            Matcher m = t.getMessage() == null ? null : PROPERTY.matcher(t.getMessage());
            if (m != null && m.find()) {
                field = m.group(1);
            }
        }
        if (field == null) {
            String key = String.valueOf(e.getMessage())
                            .toUpperCase(java.util.Locale.ROOT)
                            .contains("ARRAY")
                    ? "api.body.notAnObject"
                    : "api.body.malformed";
            return Problem.of(400, ProblemTexts.get("api.badRequest", locale), ProblemTexts.get(key, locale));
        }
        InvalidField invalid = new InvalidField(field, expected(e), allowed(e));
        String detail = invalid.describe(locale);
        return Problem.of(
                422,
                ProblemTexts.get("api.unprocessable", locale),
                detail,
                Problem.errors(List.of(new Problem.FieldError(field, detail))));
    }

    private static String expected(Throwable e) {
        if (chainHas(e, cn.edu.ttms.interfaces.rest.json.StrictNumbers.NotWhole.class)) {
            return "api.expects.whole";
        }
        if (!allowed(e).isEmpty()) {
            return "api.expects.oneOf";
        }
        if (chainHas(e, NumberFormatException.class) || chainHas(e, ArithmeticException.class)) {
            return "api.expects.number";
        }
        return "api.expects.valid";
    }

    /** The constants of the enum a value failed to become, if that was the failure. */
    private static String allowed(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            Matcher m = t.getMessage() == null ? null : ENUM.matcher(t.getMessage());
            if (m != null && m.find()) {
                try {
                    Class<?> type = Class.forName(m.group(1), false, BodyProblems.class.getClassLoader());
                    if (type.isEnum()) {
                        return Arrays.stream(type.getEnumConstants())
                                .map(c -> ((Enum<?>) c).name())
                                .collect(Collectors.joining(", "));
                    }
                } catch (ClassNotFoundException | LinkageError notOurs) {
                    return "";
                }
            }
        }
        return "";
    }

    private static boolean chainHas(Throwable e, Class<? extends Throwable> type) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (type.isInstance(t)) {
                return true;
            }
        }
        return false;
    }
}
