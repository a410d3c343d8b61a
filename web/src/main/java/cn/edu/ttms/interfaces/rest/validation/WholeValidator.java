package cn.edu.ttms.interfaces.rest.validation;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

/** Checks {@link Whole} on any integral number. */
public class WholeValidator implements ConstraintValidator<Whole, Number> {

    private long min;
    private long max;

    @Override
    public void initialize(Whole constraint) {
        min = constraint.min();
        max = constraint.max();
    }

    @Override
    public boolean isValid(Number value, ConstraintValidatorContext context) {
        return value == null || value.longValue() >= min && value.longValue() <= max;
    }
}
