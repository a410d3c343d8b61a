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
}
