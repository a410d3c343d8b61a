package cn.edu.ttms.interfaces.rest.problem;

import cn.edu.ttms.domain.model.shared.DomainException;
import cn.edu.ttms.domain.model.shared.DomainMessages;
import cn.edu.ttms.interfaces.rest.upload.UploadTooLarge;
import jakarta.ejb.AccessLocalException;
import jakarta.ejb.EJBAccessException;
import jakarta.json.JsonException;
import jakarta.json.bind.JsonbException;
import jakarta.persistence.OptimisticLockException;
import jakarta.ws.rs.NotAcceptableException;
import jakarta.ws.rs.NotAllowedException;
import jakarta.ws.rs.NotAuthorizedException;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.NotSupportedException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.NoContentException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.List;
import java.util.Locale;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Every failure of an API call that is not a business rule becomes a problem document in the
 * caller's language, and none carries the server's own words: a role that may not do this (403), a
 * record changed meanwhile (409), a parameter or body that is not what it should be (400 or 422,
 * naming the field), an upload over the limit (413), the container's own refusals (404, 405, 406,
 * 415) and anything unexpected (500, logged here, never described to the caller).
 */
@Provider
public class PlatformExceptionMapper implements ExceptionMapper<Throwable> {

    private static final Logger LOG = Logger.getLogger(PlatformExceptionMapper.class.getName());

    @Context
    HttpHeaders headers;

    @Override
    public Response toResponse(Throwable e) {
        Locale locale = DomainMessages.fromAcceptLanguage(
                headers == null ? null : headers.getHeaderString(HttpHeaders.ACCEPT_LANGUAGE));
        return respond(e, locale);
    }

    static Response respond(Throwable e, Locale locale) {
        Throwable cause = meaningful(e);
        if (cause instanceof DomainException domain) {
            return DomainExceptionMapper.respond(domain, locale);
        }
        if (cause instanceof EJBAccessException || cause instanceof AccessLocalException) {
            return problem(403, "api.forbidden", locale, text("api.forbidden.detail", locale));
        }
        if (cause instanceof OptimisticLockException) {
            return problem(409, "api.conflict", locale, text("api.concurrentEdit", locale));
        }
        if (cause instanceof BadParameter bad) {
            return badParameter(bad, locale);
        }
        if (cause instanceof InvalidField field) {
            return Problem.of(
                    422,
                    text("api.unprocessable", locale),
                    field.describe(locale),
                    Problem.errors(List.of(new Problem.FieldError(field.field(), field.describe(locale)))));
        }
        if (cause instanceof UploadTooLarge tooLarge) {
            return problem(
                    413,
                    "api.tooLarge",
                    locale,
                    TextFormat.format(text("api.tooLarge.detail", locale), tooLarge.limitInMegabytes()));
        }
        if (cause instanceof BodyReading.NotAnObject) {
            return problem(400, "api.badRequest", locale, text("api.body.notAnObject", locale));
        }
        if (cause instanceof JsonbException || cause instanceof JsonException) {
            return BodyProblems.of(cause, locale);
        }
        if (cause instanceof NoContentException) {
            return problem(400, "api.badRequest", locale, text("api.body.empty", locale));
        }
        if (cause instanceof WebApplicationException web) {
            return platform(web, locale);
        }
        if (cause instanceof IllegalArgumentException
                || cause instanceof java.time.format.DateTimeParseException
                || cause instanceof ClassCastException
                || cause instanceof ArithmeticException) {
            // malformed input that a constructor refused: its message is for developers (and may name
            // classes), so the caller gets the plain statement that the input was not acceptable
            LOG.log(Level.FINE, "Input refused", cause);
            return problem(422, "api.unprocessable", locale, text("api.invalidInput", locale));
        }
        LOG.log(Level.SEVERE, "Unexpected failure of an API call", e);
        return problem(500, "api.internal", locale, text("api.internal.detail", locale));
    }

    private static Response badParameter(BadParameter bad, Locale locale) {
        if (bad.inPath()) {
            // a path that names nothing is not found, as for an id that does not exist (api.md)
            return problem(404, "api.notFound", locale, text("api.notFound.detail", locale));
        }
        String detail = TextFormat.format(
                text("api.parameter.invalid", locale),
                bad.parameter(),
                TextFormat.format(text(bad.expectedKey(), locale), bad.allowed()));
        return Problem.of(
                400,
                text("api.badRequest", locale),
                detail,
                Problem.errors(List.of(new Problem.FieldError(bad.parameter(), detail))));
    }

    private static Response platform(WebApplicationException web, Locale locale) {
        int status = web.getResponse().getStatus();
        if (web instanceof NotFoundException || status == 404) {
            return problem(404, "api.notFound", locale, text("api.notFound.detail", locale));
        }
        if (web instanceof NotAllowedException) {
            Response r = problem(405, "api.methodNotAllowed", locale, text("api.methodNotAllowed.detail", locale));
            return Response.fromResponse(r)
                    .allow(web.getResponse().getAllowedMethods())
                    .build();
        }
        if (web instanceof NotSupportedException) {
            return problem(415, "api.unsupportedMediaType", locale, text("api.unsupportedMediaType.detail", locale));
        }
        if (web instanceof NotAcceptableException) {
            return problem(406, "api.notAcceptable", locale, text("api.notAcceptable.detail", locale));
        }
        if (web instanceof NotAuthorizedException) {
            Response r = problem(401, "api.unauthorized", locale, text("api.unauthorized.detail", locale));
            Object challenge = web.getResponse().getHeaderString(HttpHeaders.WWW_AUTHENTICATE);
            return challenge == null
                    ? r
                    : Response.fromResponse(r)
                            .header(HttpHeaders.WWW_AUTHENTICATE, challenge)
                            .build();
        }
        if (status == 403) {
            return problem(403, "api.forbidden", locale, text("api.forbidden.detail", locale));
        }
        if (status == 409) {
            return problem(409, "api.conflict", locale, text("api.conflict.detail", locale));
        }
        if (status >= 500) {
            LOG.log(Level.SEVERE, "Unexpected failure of an API call", web);
            return problem(500, "api.internal", locale, text("api.internal.detail", locale));
        }
        return problem(status, "api.badRequest", locale, text("api.badRequest.detail", locale));
    }

    private static Response problem(int status, String titleKey, Locale locale, String detail) {
        return Problem.of(status, text(titleKey, locale), detail);
    }

    private static String text(String key, Locale locale) {
        return ProblemTexts.get(key, locale);
    }

    /**
     * The first meaningful failure in the cause chain: the container wraps business and access
     * failures in EJB and transaction exceptions, and a parameter that did not convert in its own
     * NotFoundException.
     */
    static Throwable meaningful(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof DomainException
                    || t instanceof EJBAccessException
                    || t instanceof AccessLocalException
                    || t instanceof OptimisticLockException
                    || t instanceof BadParameter
                    || t instanceof InvalidField
                    || t instanceof UploadTooLarge
                    || t instanceof JsonbException
                    || t instanceof JsonException
                    || t instanceof NoContentException
                    || t instanceof BodyReading.NotAnObject) {
                return t;
            }
            if (t.getCause() == t) {
                break;
            }
        }
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof WebApplicationException
                    || t instanceof IllegalArgumentException
                    || t instanceof java.time.format.DateTimeParseException
                    || t instanceof ClassCastException
                    || t instanceof ArithmeticException) {
                return t;
            }
            if (t.getCause() == t) {
                break;
            }
        }
        return e;
    }
}
