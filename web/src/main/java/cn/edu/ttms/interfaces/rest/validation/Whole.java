package cn.edu.ttms.interfaces.rest.validation;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A whole number of a request body (an id, a count, a version, a year) lies in {@code [min, max]};
 * null passes. Used on records instead of {@code @Min}/{@code @Max}/{@code @Positive}: the
 * server's OpenAPI generator (Payara 6) fails on those built-in constraints when they sit on a
 * record's components (they reach the canonical constructor's parameters), while it leaves
 * constraints of its own kind alone — document the range with {@code @Schema(minimum, maximum)}.
 */
@Documented
@Constraint(validatedBy = WholeValidator.class)
@Target({
    ElementType.FIELD,
    ElementType.METHOD,
    ElementType.PARAMETER,
    ElementType.RECORD_COMPONENT,
    ElementType.TYPE_USE
})
@Retention(RetentionPolicy.RUNTIME)
public @interface Whole {

    long min() default Long.MIN_VALUE;

    long max() default Long.MAX_VALUE;

    String message() default "{cn.edu.ttms.whole}";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};
}
