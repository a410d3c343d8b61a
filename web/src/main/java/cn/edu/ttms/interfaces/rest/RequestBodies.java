package cn.edu.ttms.interfaces.rest;

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
        if (value instanceof JsonNumber n) {
            return n.longValueExact();
        }
        throw new IllegalArgumentException(field + " is required and must be a whole number");
    }

    public static String requiredText(JsonObject body, String field) {
        JsonValue value = body == null ? null : body.get(field);
        if (value instanceof JsonString s && !s.getString().isBlank()) {
            return s.getString();
        }
        throw new IllegalArgumentException(field + " is required and must be text");
    }

    public static JsonObject requiredObject(JsonObject body, String field) {
        JsonValue value = body == null ? null : body.get(field);
        if (value instanceof JsonObject o) {
            return o;
        }
        throw new IllegalArgumentException(field + " is required and must be an object");
    }

    /** An optional decimal given as a JSON number or as text ("1.5"); null when absent or empty. */
    public static java.math.BigDecimal optionalDecimal(JsonObject body, String field) {
        JsonValue value = body == null ? null : body.get(field);
        if (value == null || value.getValueType() == JsonValue.ValueType.NULL) {
            return null;
        }
        if (value instanceof JsonNumber n) {
            return n.bigDecimalValue();
        }
        if (value instanceof JsonString s) {
            if (s.getString().isBlank()) {
                return null;
            }
            try {
                return new java.math.BigDecimal(s.getString().strip());
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException(field + " must be a number, not " + s.getString());
            }
        }
        throw new IllegalArgumentException(field + " must be a number");
    }

    /** An optional whole number; null when absent. */
    public static Long optionalLong(JsonObject body, String field) {
        JsonValue value = body == null ? null : body.get(field);
        if (value == null || value.getValueType() == JsonValue.ValueType.NULL) {
            return null;
        }
        if (value instanceof JsonNumber n) {
            return n.longValueExact();
        }
        throw new IllegalArgumentException(field + " must be a whole number");
    }

    /** A text field that a client may also send as a number (a PIN of digits): its text, or null. */
    public static String textOrNumber(JsonObject body, String field) {
        JsonValue value = body == null ? null : body.get(field);
        if (value instanceof JsonString s) {
            return s.getString();
        }
        return value instanceof JsonNumber n ? n.toString() : null;
    }
}
