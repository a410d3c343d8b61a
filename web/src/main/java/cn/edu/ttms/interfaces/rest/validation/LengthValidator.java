package cn.edu.ttms.interfaces.rest.validation;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import java.util.Collection;
import java.util.Map;

/** Checks {@link Length} on texts (in characters), collections and maps. */
public final class LengthValidator {

    private LengthValidator() {}

    static boolean within(int size, Length length) {
        return size >= length.min() && size <= length.max();
    }

    /** Texts: counted in Unicode code points, so a Chinese name counts as many as it shows. */
    public static class OfText implements ConstraintValidator<Length, CharSequence> {
        private Length length;

        @Override
        public void initialize(Length constraint) {
            length = constraint;
        }

        @Override
        public boolean isValid(CharSequence value, ConstraintValidatorContext context) {
            return value == null || within((int) value.codePoints().count(), length);
        }
    }

    public static class OfCollection implements ConstraintValidator<Length, Collection<?>> {
        private Length length;

        @Override
        public void initialize(Length constraint) {
            length = constraint;
        }

        @Override
        public boolean isValid(Collection<?> value, ConstraintValidatorContext context) {
            return value == null || within(value.size(), length);
        }
    }

    public static class OfMap implements ConstraintValidator<Length, Map<?, ?>> {
        private Length length;

        @Override
        public void initialize(Length constraint) {
            length = constraint;
        }

        @Override
        public boolean isValid(Map<?, ?> value, ConstraintValidatorContext context) {
            return value == null || within(value.size(), length);
        }
    }
}
