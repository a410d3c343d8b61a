package cn.edu.ttms.interfaces.rest.problem;

import cn.edu.ttms.domain.model.shared.ConcurrentChange;
import cn.edu.ttms.domain.model.shared.DomainException;
import cn.edu.ttms.domain.model.shared.RecordNotFound;
import cn.edu.ttms.infrastructure.i18n.DomainMessages;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.Locale;

/** A business rule said no: 422 with the rule's own words (the conflict kinds map to 409 themselves). */
@Provider
public class DomainExceptionMapper implements ExceptionMapper<DomainException> {

    @Context
    HttpHeaders headers;

    @Override
    public Response toResponse(DomainException e) {
        return respond(e, DomainMessages.fromAcceptLanguage(headers.getHeaderString(HttpHeaders.ACCEPT_LANGUAGE)));
    }

    static Response respond(DomainException e, Locale locale) {
        int status = e instanceof ConcurrentChange || e instanceof Conflict ? 409 : e instanceof RecordNotFound ? 404 : 422;
        String title = ProblemTexts.get(status == 409 ? "api.conflict" : status == 404 ? "api.notFound" : "api.unprocessable", locale);
        return Problem.of(status, title, DomainMessages.of(e, locale));
    }

    /** Marks refusals that are conflicts with the current state (capacity, a concurrent edit…). */
    public interface Conflict {
    }
}
