package cn.edu.ttms.interfaces.rest.validation;

import cn.edu.ttms.domain.model.shared.Quantity;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import java.math.BigDecimal;

/** Checks {@link Within} through the domain's own {@link Quantity#accepts}. */
public class WithinValidator implements ConstraintValidator<Within, BigDecimal> {

    private Quantity quantity;

    @Override
    public void initialize(Within constraint) {
        quantity = constraint.value();
    }

    @Override
    public boolean isValid(BigDecimal value, ConstraintValidatorContext context) {
        return value == null || quantity.accepts(value);
    }
}
