package cn.edu.ttms.interfaces.rest.params;

import cn.edu.ttms.interfaces.rest.problem.BadParameter;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.ext.ParamConverter;
import jakarta.ws.rs.ext.ParamConverterProvider;
import jakarta.ws.rs.ext.Provider;
import java.lang.annotation.Annotation;
import java.lang.reflect.Type;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.stream.Collectors;

/**
 * Converts path and query parameters of the API (whole numbers, enumerations, dates) and, when a
 * value does not fit, says which parameter and what it expects. JAX-RS would otherwise answer a bare
 * 404 for {@code ?page=abc} and leak {@code No enum constant cn.edu.ttms…} for {@code ?level=FOO}.
 * The converter knows the parameter's name from its annotation; the exception reaches
 * {@link cn.edu.ttms.interfaces.rest.problem.PlatformExceptionMapper} as the cause of the
 * container's NotFoundException.
 */
@Provider
public class TypedParameters implements ParamConverterProvider {

    @Override
    @SuppressWarnings("unchecked")
    public <T> ParamConverter<T> getConverter(Class<T> rawType, Type genericType, Annotation[] annotations) {
        String name = null;
        boolean inPath = false;
        for (Annotation a : annotations) {
            if (a instanceof QueryParam q) {
                name = q.value();
            } else if (a instanceof PathParam p) {
                name = p.value();
                inPath = true;
            }
        }
        if (name == null) {
            return null;
        }
        String parameter = name;
        boolean path = inPath;
        if (rawType == Long.class || rawType == long.class) {
            return (ParamConverter<T>)
                    new Converter<Long>(v -> Long.valueOf(v.strip()), parameter, "api.expects.whole", "", path);
        }
        if (rawType == Integer.class || rawType == int.class) {
            return (ParamConverter<T>)
                    new Converter<Integer>(v -> Integer.valueOf(v.strip()), parameter, "api.expects.whole", "", path);
        }
        if (rawType == LocalDate.class) {
            return (ParamConverter<T>)
                    new Converter<LocalDate>(v -> LocalDate.parse(v.strip()), parameter, "api.expects.date", "", path);
        }
        if (rawType.isEnum()) {
            return enumConverter(rawType, parameter, path);
        }
        return null;
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static <T> ParamConverter<T> enumConverter(Class<T> type, String parameter, boolean path) {
        String allowed = Arrays.stream(type.getEnumConstants())
                .map(c -> ((Enum<?>) c).name())
                .collect(Collectors.joining(", "));
        return new Converter<T>(
                v -> (T) Enum.valueOf((Class) type, v.strip()), parameter, "api.expects.oneOf", allowed, path);
    }

    private interface Parse<T> {
        T parse(String value);
    }

    private static final class Converter<T> implements ParamConverter<T> {

        private final Parse<T> parse;
        private final String parameter;
        private final String expectedKey;
        private final String allowed;
        private final boolean inPath;

        Converter(Parse<T> parse, String parameter, String expectedKey, String allowed, boolean inPath) {
            this.parse = parse;
            this.parameter = parameter;
            this.expectedKey = expectedKey;
            this.allowed = allowed;
            this.inPath = inPath;
        }

        @Override
        public T fromString(String value) {
            if (value == null) {
                return null;
            }
            try {
                return parse.parse(value);
            } catch (IllegalArgumentException | DateTimeParseException e) {
                throw new BadParameter(parameter, expectedKey, allowed, inPath, value);
            }
        }

        @Override
        public String toString(T value) {
            return value == null ? null : value instanceof Enum<?> e ? e.name() : value.toString();
        }
    }
}
