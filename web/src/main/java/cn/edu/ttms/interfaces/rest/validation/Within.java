package cn.edu.ttms.interfaces.rest.validation;

import cn.edu.ttms.domain.model.shared.Quantity;
import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A decimal of a request body lies in its domain {@link Quantity}'s range with no more places than
 * it allows; null passes (pair with {@code @NotNull} where the field is required). Checked before the
 * resource runs, so no arithmetic ever sees {@code 1e999999}.
 */
@Documented
@Constraint(validatedBy = WithinValidator.class)
@Target({
    ElementType.FIELD,
    ElementType.METHOD,
    ElementType.PARAMETER,
    ElementType.RECORD_COMPONENT,
    ElementType.TYPE_USE
})
@Retention(RetentionPolicy.RUNTIME)
public @interface Within {

    Quantity value();

    String message() default "{cn.edu.ttms.within}";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};
}
