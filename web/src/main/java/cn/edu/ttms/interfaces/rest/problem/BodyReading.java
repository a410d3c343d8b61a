package cn.edu.ttms.interfaces.rest.problem;

import jakarta.json.JsonObject;
import jakarta.ws.rs.ext.Provider;
import jakarta.ws.rs.ext.ReaderInterceptor;
import jakarta.ws.rs.ext.ReaderInterceptorContext;
import java.io.IOException;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Watches request bodies being bound, where the target type is still known: a JSON array sent
 * where an object is expected (JAX-RS would then call the method with the wrong argument and fail
 * outside every mapper), and an enum code JSON-B could not bind (its message names the enum but
 * not the field: the field is found among the target record's components).
 */
@Provider
public class BodyReading implements ReaderInterceptor {

    private static final Pattern ENUM = Pattern.compile("No enum constant ([A-Za-z0-9_.$]+)\\.([^.]*)$");

    @Override
    public Object aroundReadFrom(ReaderInterceptorContext context) throws IOException {
        Object body;
        try {
            body = context.proceed();
        } catch (RuntimeException e) {
            // the JSON-B reader may wrap the binder's JsonbException in its own ProcessingException
            InvalidField field = enumField(e, context.getType());
            if (field != null) {
                field.initCause(e);
                throw field;
            }
            throw e;
        }
        if (JsonObject.class.isAssignableFrom(context.getType()) && body != null && !(body instanceof JsonObject)) {
            throw new NotAnObject();
        }
        return body;
    }

    /** The component of the target record whose enum type failed to take the value, if any. */
    private static InvalidField enumField(RuntimeException e, Class<?> target) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            Matcher m = t.getMessage() == null ? null : ENUM.matcher(t.getMessage());
            if (m != null && m.find()) {
                String field = componentOfType(target, m.group(1).replace('$', '.'), 0);
                if (field != null) {
                    Class<?> type = enumType(target, field);
                    return new InvalidField(field, "api.expects.oneOf", allowed(type));
                }
            }
        }
        return null;
    }

    private static String componentOfType(Class<?> record, String enumName, int depth) {
        if (record == null || !record.isRecord() || depth > 2) {
            return null;
        }
        for (RecordComponent c : record.getRecordComponents()) {
            if (c.getType().getName().replace('$', '.').equals(enumName)) {
                return c.getName();
            }
        }
        for (RecordComponent c : record.getRecordComponents()) {
            // a list of codes ({"roles": ["X"]}): the binder names neither the list nor the position
            if (c.getType() != elementType(c)
                    && elementType(c).isEnum()
                    && elementType(c).getName().replace('$', '.').equals(enumName)) {
                return c.getName();
            }
        }
        for (RecordComponent c : record.getRecordComponents()) {
            String nested = componentOfType(elementType(c), enumName, depth + 1);
            if (nested != null) {
                return c.getName() + "." + nested;
            }
        }
        return null;
    }

    private static Class<?> elementType(RecordComponent c) {
        Type generic = c.getGenericType();
        if (generic instanceof ParameterizedType p
                && p.getActualTypeArguments().length == 1
                && p.getActualTypeArguments()[0] instanceof Class<?> element) {
            return element;
        }
        return c.getType();
    }

    private static Class<?> enumType(Class<?> record, String path) {
        Class<?> type = record;
        for (String part : path.split("\\.")) {
            for (RecordComponent c : type.getRecordComponents()) {
                if (c.getName().equals(part)) {
                    type = c.getType().isEnum() ? c.getType() : elementType(c);
                    break;
                }
            }
        }
        return type;
    }

    private static String allowed(Class<?> type) {
        if (type == null || !type.isEnum()) {
            return "";
        }
        StringBuilder out = new StringBuilder();
        for (Object c : type.getEnumConstants()) {
            out.append(out.isEmpty() ? "" : ", ").append(((Enum<?>) c).name());
        }
        return out.toString();
    }

    /** A JSON array or single value where the API expects an object: 400. */
    public static class NotAnObject extends RuntimeException {
        private static final long serialVersionUID = 1L;

        NotAnObject() {
            super("request body is not a JSON object");
        }
    }
}
