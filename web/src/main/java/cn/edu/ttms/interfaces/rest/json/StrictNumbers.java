package cn.edu.ttms.interfaces.rest.json;

import jakarta.json.bind.JsonbException;
import jakarta.json.bind.serializer.DeserializationContext;
import jakarta.json.bind.serializer.JsonbDeserializer;
import jakarta.json.stream.JsonParser;
import java.lang.reflect.Type;
import java.math.BigDecimal;

/**
 * Whole numbers of request bodies as the API means them: {@code 1.5} or {@code "12"} where an id,
 * a count or a version is expected is refused, never cut to {@code 1} or guessed. JSON-B on its own
 * truncates decimals into whole-number fields without a word.
 */
public final class StrictNumbers {

    private StrictNumbers() {}

    /** A value that is not a whole number of the field's range; its message is read by the problem mapper. */
    public static class NotWhole extends JsonbException {
        private static final long serialVersionUID = 1L;

        NotWhole() {
            super("not a whole number");
        }
    }

    static BigDecimal whole(JsonParser parser, long min, long max) {
        boolean integral;
        try {
            // the binder's parser stands on the value; only a number answers this, a string throws
            integral = parser.isIntegralNumber();
        } catch (IllegalStateException notANumber) {
            throw new NotWhole();
        }
        if (!integral) {
            throw new NotWhole();
        }
        BigDecimal value = parser.getBigDecimal();
        if (value.precision() - value.scale() > 19
                || value.compareTo(BigDecimal.valueOf(min)) < 0
                || value.compareTo(BigDecimal.valueOf(max)) > 0) {
            throw new NotWhole();
        }
        return value;
    }

    /** {@code Long} fields. */
    public static class Longs implements JsonbDeserializer<Long> {
        @Override
        public Long deserialize(JsonParser parser, DeserializationContext context, Type type) {
            return whole(parser, Long.MIN_VALUE, Long.MAX_VALUE).longValueExact();
        }
    }

    /** {@code Integer} fields. */
    public static class Integers implements JsonbDeserializer<Integer> {
        @Override
        public Integer deserialize(JsonParser parser, DeserializationContext context, Type type) {
            return whole(parser, Integer.MIN_VALUE, Integer.MAX_VALUE).intValueExact();
        }
    }
}
