package cn.edu.ttms.interfaces.rest.problem;

import cn.edu.ttms.domain.model.shared.DomainException;
import cn.edu.ttms.infrastructure.i18n.DomainMessages;
import jakarta.ejb.EJBAccessException;
import jakarta.ejb.EJBException;
import jakarta.persistence.OptimisticLockException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.Locale;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Everything that is not a business rule: a role that may not do this (403), a record changed by
 * someone else meanwhile (409), JAX-RS errors as they are, and anything unexpected (500, logged,
 * without internals in the answer).
 */
@Provider
public class PlatformExceptionMapper implements ExceptionMapper<RuntimeException> {

    private static final Logger LOG = Logger.getLogger(PlatformExceptionMapper.class.getName());

    @Context
    HttpHeaders headers;

    @Override
    public Response toResponse(RuntimeException e) {
        Locale locale = DomainMessages.fromAcceptLanguage(headers.getHeaderString(HttpHeaders.ACCEPT_LANGUAGE));
        Throwable cause = unwrap(e);
        if (cause instanceof DomainException domain) {
            return DomainExceptionMapper.respond(domain, locale);
        }
        if (cause instanceof EJBAccessException || cause instanceof jakarta.ejb.AccessLocalException) {
            return Problem.of(403, ProblemTexts.get("api.forbidden", locale), ProblemTexts.get("api.forbidden.detail", locale));
        }
        if (cause instanceof OptimisticLockException) {
            return Problem.of(409, ProblemTexts.get("api.conflict", locale), ProblemTexts.get("api.concurrentEdit", locale));
        }
        if (cause instanceof IllegalArgumentException || cause instanceof java.time.format.DateTimeParseException
                || cause instanceof ClassCastException || cause instanceof jakarta.json.JsonException) {
            // malformed input that the domain's constructors refused: say what, not where in the code
            String detail = cause.getMessage() == null ? ProblemTexts.get("api.missingField", locale) : cause.getMessage();
            return Problem.of(422, ProblemTexts.get("api.unprocessable", locale), detail);
        }

        if (cause instanceof WebApplicationException web) {
            Response r = web.getResponse();
            String key = r.getStatus() == 404 ? "api.notFound" : r.getStatus() == 403 ? "api.forbidden" : "api.badRequest";
            return Problem.of(r.getStatus(), ProblemTexts.get(key, locale), web.getMessage());
        }
        LOG.log(Level.SEVERE, "Unexpected failure of an API call", e);
        return Problem.of(500, ProblemTexts.get("api.internal", locale), null);
    }

    /**
     * The first meaningful failure in the cause chain: the container wraps business and access
     * failures in EJB and transaction exceptions.
     */
    private static Throwable unwrap(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof DomainException || t instanceof EJBAccessException || t instanceof jakarta.ejb.AccessLocalException
                    || t instanceof OptimisticLockException
                    || t instanceof WebApplicationException || t instanceof IllegalArgumentException
                    || t instanceof java.time.format.DateTimeParseException || t instanceof ClassCastException
                    || t instanceof jakarta.json.JsonException) {
                return t;
            }
            if (t.getCause() == t) {
                break;
            }
        }
        return e;
    }
}
