package cn.edu.ttms.interfaces.rest.problem;

import cn.edu.ttms.application.json.JsonBuilders;
import cn.edu.ttms.domain.model.shared.DomainException;
import cn.edu.ttms.domain.model.shared.DomainMessages;
import cn.edu.ttms.domain.model.shared.HasViolations;
import cn.edu.ttms.domain.model.shared.Violation;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.List;
import java.util.Locale;

/**
 * A business rule said no: the status follows the failure's kind alone (not found 404, forbidden 403,
 * conflict 409, invalid 422), the detail is the rule's own words. A signing lock has its own answer.
 */
@Provider
public class DomainExceptionMapper implements ExceptionMapper<DomainException> {

    @Context
    HttpHeaders headers;

    @Override
    public Response toResponse(DomainException e) {
        return respond(e, DomainMessages.fromAcceptLanguage(headers.getHeaderString(HttpHeaders.ACCEPT_LANGUAGE)));
    }

    static Response respond(DomainException e, Locale locale) {
        if (e instanceof cn.edu.ttms.domain.model.signing.SigningLocked locked) {
            return SigningLockedMapper.respond(locked, locale);
        }
        int status = switch (e.kind()) {
            case NOT_FOUND -> 404;
            case FORBIDDEN -> 403;
            case CONFLICT -> 409;
            case INVALID -> 422;
        };
        String title = ProblemTexts.get(
                switch (e.kind()) {
                    case NOT_FOUND -> "api.notFound";
                    case FORBIDDEN -> "api.forbidden";
                    case CONFLICT -> "api.conflict";
                    case INVALID -> "api.unprocessable";
                },
                locale);
        if (e instanceof HasViolations listed) {
            return Problem.of(status, title, DomainMessages.of(e, locale), violations(listed.violations(), locale));
        }
        return Problem.of(status, title, DomainMessages.of(e, locale));
    }

    /** Several problems at once, each {@code {"field", "message"}}: the "errors" of a problem, or a project's warnings. */
    public static JsonArrayBuilder violations(List<Violation> list, Locale locale) {
        JsonArrayBuilder out = JsonBuilders.createArrayBuilder();
        for (Violation v : list) {
            JsonObjectBuilder o = JsonBuilders.createObjectBuilder()
                    .add("message", DomainMessages.format(v.messageKey(), v.args(), locale));
            if (v.field() != null) {
                o.add("field", v.field());
            }
            out.add(o);
        }
        return out;
    }
}
