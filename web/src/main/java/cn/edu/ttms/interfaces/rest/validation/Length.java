package cn.edu.ttms.interfaces.rest.validation;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The number of characters of a text, or of elements of a list or map, of a request body lies in
 * {@code [min, max]}; null passes. In place of {@code @Size} on records, for the reason given at
 * {@link Whole}.
 */
@Documented
@Constraint(
        validatedBy = {LengthValidator.OfText.class, LengthValidator.OfCollection.class, LengthValidator.OfMap.class})
@Target({
    ElementType.FIELD,
    ElementType.METHOD,
    ElementType.PARAMETER,
    ElementType.RECORD_COMPONENT,
    ElementType.TYPE_USE
})
@Retention(RetentionPolicy.RUNTIME)
public @interface Length {

    int min() default 0;

    int max();

    String message() default "{cn.edu.ttms.length}";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};
}
