package cn.edu.ttms.interfaces.rest;

import cn.edu.ttms.interfaces.rest.problem.InvalidField;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;

/** Required fields of JSON request bodies: a missing or mistyped one is a clear 422, never a 500. */
public final class RequestBodies {

    private RequestBodies() {
    }

    public static long requiredLong(JsonObject body, String field) {
        JsonValue value = body == null ? null : body.get(field);
        if (value instanceof JsonNumber n && n.isIntegral()) {
            return exactLong(n, field);
        }
        throw value == null || value.getValueType() == JsonValue.ValueType.NULL ? InvalidField.required(field)
                : new InvalidField(field, "api.expects.whole");
    }

    public static String requiredText(JsonObject body, String field) {
        JsonValue value = body == null ? null : body.get(field);
        if (value instanceof JsonString s && !s.getString().isBlank()) {
            return s.getString();
        }
        throw value == null || value.getValueType() == JsonValue.ValueType.NULL ? InvalidField.required(field)
                : new InvalidField(field, "api.expects.text");
    }

    public static JsonObject requiredObject(JsonObject body, String field) {
        JsonValue value = body == null ? null : body.get(field);
        if (value instanceof JsonObject o) {
            return o;
        }
        throw value == null ? InvalidField.required(field) : new InvalidField(field, "api.expects.object");
    }

    /** An optional decimal given as a JSON number or as text ("1.5"); null when absent or empty. */
    public static java.math.BigDecimal optionalDecimal(JsonObject body, String field,
            cn.edu.ttms.domain.model.shared.Quantity quantity) {
        JsonValue value = body == null ? null : body.get(field);
        if (value == null || value.getValueType() == JsonValue.ValueType.NULL) {
            return null;
        }
        if (value instanceof JsonNumber n) {
            return quantity.check(field, n.bigDecimalValue());
        }
        if (value instanceof JsonString s) {
            if (s.getString().isBlank()) {
                return null;
            }
            if (s.getString().length() > 40) {
                throw new InvalidField(field, "api.expects.number");
            }
            try {
                return quantity.check(field, new java.math.BigDecimal(s.getString().strip()));
            } catch (NumberFormatException e) {
                throw new InvalidField(field, "api.expects.number");
            }
        }
        throw new InvalidField(field, "api.expects.number");
    }

    /** An optional whole number; null when absent. */
    public static Long optionalLong(JsonObject body, String field) {
        JsonValue value = body == null ? null : body.get(field);
        if (value == null || value.getValueType() == JsonValue.ValueType.NULL) {
            return null;
        }
        if (value instanceof JsonNumber n && n.isIntegral()) {
            return exactLong(n, field);
        }
        throw new InvalidField(field, "api.expects.whole");
    }

    /** A text field that a client may also send as a number (a PIN of digits): its text, or null. */
    public static String textOrNumber(JsonObject body, String field) {
        JsonValue value = body == null ? null : body.get(field);
        if (value instanceof JsonString s) {
            return s.getString();
        }
        return value instanceof JsonNumber n ? n.toString() : null;
    }

    /** A whole JSON number that fits a long; {@code 1e999999} is refused without being expanded. */
    private static long exactLong(JsonNumber n, String field) {
        java.math.BigDecimal d = n.bigDecimalValue();
        if (!cn.edu.ttms.domain.model.shared.Decimals.isTame(d) || d.precision() - d.scale() > 18) {
            throw new InvalidField(field, "api.expects.whole");
        }
        try {
            return d.longValueExact();
        } catch (ArithmeticException e) {
            throw new InvalidField(field, "api.expects.whole");
        }
    }

    /**
     * An optional whole number in {@code [min, max]}, or {@code fallback} when absent: a count of
     * places, trainees or a year never needs more, and {@code 1e999999} is refused unexpanded.
     */
    public static int intWithin(JsonObject body, String field, int min, int max, int fallback) {
        Long value = optionalLong(body, field);
        if (value == null) {
            return fallback;
        }
        if (value < min || value > max) {
            throw new InvalidField(field, "api.expects.range", min + "–" + max);
        }
        return value.intValue();
    }

    /** An enumeration value named by its code, or a 422 that lists the allowed codes. */
    public static <E extends Enum<E>> E enumValue(Class<E> type, String value, String field) {
        if (value == null) {
            throw InvalidField.required(field);
        }
        try {
            return Enum.valueOf(type, value.strip());
        } catch (IllegalArgumentException e) {
            throw new InvalidField(field, "api.expects.oneOf", java.util.Arrays.stream(type.getEnumConstants())
                    .map(Enum::name).collect(java.util.stream.Collectors.joining(", ")));
        }
    }

    /** An optional enumeration field: null when absent. */
    public static <E extends Enum<E>> E optionalEnum(Class<E> type, JsonObject body, String field) {
        JsonValue value = body == null ? null : body.get(field);
        if (value == null || value.getValueType() == JsonValue.ValueType.NULL) {
            return null;
        }
        if (!(value instanceof JsonString s)) {
            throw new InvalidField(field, "api.expects.text");
        }
        return enumValue(type, s.getString(), field);
    }

    /** A required enumeration field. */
    public static <E extends Enum<E>> E requiredEnum(Class<E> type, JsonObject body, String field) {
        E value = optionalEnum(type, body, field);
        if (value == null) {
            throw InvalidField.required(field);
        }
        return value;
    }

    /** A date written yyyy-MM-dd, or a 422 naming the field. */
    public static java.time.LocalDate date(String text, String field) {
        if (text == null) {
            throw InvalidField.required(field);
        }
        try {
            return java.time.LocalDate.parse(text.strip());
        } catch (java.time.format.DateTimeParseException e) {
            throw new InvalidField(field, "api.expects.date");
        }
    }

    public static java.time.LocalDate requiredDate(JsonObject body, String field) {
        return date(requiredText(body, field), field);
    }
}
