package cn.edu.ttms.interfaces.rest.problem;

import cn.edu.ttms.domain.model.shared.Decimals;
import cn.edu.ttms.domain.model.shared.DomainMessages;
import cn.edu.ttms.interfaces.rest.validation.Within;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Path;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.lang.annotation.Annotation;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Bean Validation of a typed request body said no: 422 with every violated field in {@code errors},
 * each in the caller's language (the validator's own messages are in the server's language), and
 * the first one as the {@code detail}. Ranges of numbers come from the domain's {@link
 * cn.edu.ttms.domain.model.shared.Quantity}, so the API, the forms and the spreadsheets say the same.
 */
@Provider
public class ConstraintViolationMapper implements ExceptionMapper<ConstraintViolationException> {

    @Context
    HttpHeaders headers;

    @Override
    public Response toResponse(ConstraintViolationException e) {
        Locale locale = DomainMessages.fromAcceptLanguage(
                headers == null ? null : headers.getHeaderString(HttpHeaders.ACCEPT_LANGUAGE));
        List<Problem.FieldError> errors = new ArrayList<>();
        e.getConstraintViolations().stream()
                .sorted(Comparator.comparing(v -> field(v.getPropertyPath())))
                .forEach(v -> errors.add(new Problem.FieldError(field(v.getPropertyPath()), message(v, locale))));
        String detail = errors.isEmpty()
                ? ProblemTexts.get("api.invalidInput", locale)
                : errors.get(0).message();
        return Problem.of(422, ProblemTexts.get("api.unprocessable", locale), detail, Problem.errors(errors));
    }

    /**
     * The field as the client names it: {@code rows[2].score} rather than the method's
     * {@code save.arg1.rows[2].score}.
     */
    static String field(Path path) {
        StringBuilder out = new StringBuilder();
        for (Path.Node node : path) {
            switch (node.getKind()) {
                case METHOD, PARAMETER, RETURN_VALUE, CROSS_PARAMETER -> out.setLength(0);
                default -> {
                    // Bean Validation puts an element's index on the node that follows the list
                    if (node.isInIterable()) {
                        if (node.getIndex() != null) {
                            out.append('[').append(node.getIndex()).append(']');
                        } else if (node.getKey() != null) {
                            out.append('[').append(node.getKey()).append(']');
                        }
                    }
                    if (node.getName() == null || node.getKind() == jakarta.validation.ElementKind.CONTAINER_ELEMENT) {
                        continue;
                    }
                    if (!out.isEmpty()) {
                        out.append('.');
                    }
                    out.append(node.getName());
                }
            }
        }
        return out.isEmpty() ? "body" : out.toString();
    }

    private static String message(ConstraintViolation<?> v, Locale locale) {
        Annotation a = v.getConstraintDescriptor().getAnnotation();
        String field = field(v.getPropertyPath());
        if (a instanceof Within within) {
            Object value = v.getInvalidValue();
            return DomainMessages.format(
                    "error.number.outOfRange",
                    List.of(
                            field,
                            within.value(),
                            Decimals.plain(within.value().min()),
                            Decimals.plain(within.value().max()),
                            within.value().places(),
                            value instanceof BigDecimal d ? Decimals.shown(d) : String.valueOf(value)),
                    locale);
        }
        Map<String, Object> attributes = v.getConstraintDescriptor().getAttributes();
        if (a instanceof cn.edu.ttms.interfaces.rest.validation.Whole whole) {
            if (whole.min() == Long.MIN_VALUE) {
                return TextFormat.format(ProblemTexts.get("api.field.max", locale), field, whole.max());
            }
            if (whole.max() == Long.MAX_VALUE) {
                return TextFormat.format(ProblemTexts.get("api.field.min", locale), field, whole.min());
            }
            return TextFormat.format(ProblemTexts.get("api.field.whole", locale), field, whole.min(), whole.max());
        }
        if (a instanceof cn.edu.ttms.interfaces.rest.validation.Length length) {
            return TextFormat.format(ProblemTexts.get("api.field.size", locale), field, length.min(), length.max());
        }
        if (a instanceof NotNull || a instanceof NotBlank || a instanceof NotEmpty) {
            return TextFormat.format(ProblemTexts.get("api.field.required", locale), field);
        }
        if (a instanceof Size) {
            return TextFormat.format(
                    ProblemTexts.get("api.field.size", locale), field, attributes.get("min"), attributes.get("max"));
        }
        if (a instanceof Min) {
            return TextFormat.format(ProblemTexts.get("api.field.min", locale), field, attributes.get("value"));
        }
        if (a instanceof Max) {
            return TextFormat.format(ProblemTexts.get("api.field.max", locale), field, attributes.get("value"));
        }
        return TextFormat.format(
                ProblemTexts.get("api.field.invalid", locale), field, ProblemTexts.get("api.expects.valid", locale));
    }
}
