package cn.edu.ttms.interfaces.rest.problem;

import cn.edu.ttms.domain.model.shared.DomainMessages;
import cn.edu.ttms.domain.model.signing.SigningLocked;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;

/**
 * Signing locked after wrong PINs: 429 Too Many Requests with {@code Retry-After} (seconds) and the
 * moment as {@code lockedUntil}, so a client can wait without parsing the text (docs/decisions.md,
 * "Signing PIN lock-out"). Chosen over the 409 of its kind in {@link DomainExceptionMapper}, which it
 * overrides for this one exception, being the nearer type.
 */
@Provider
public class SigningLockedMapper implements ExceptionMapper<SigningLocked> {

    @Context
    HttpHeaders headers;

    @Override
    public Response toResponse(SigningLocked e) {
        return respond(e, DomainMessages.fromAcceptLanguage(headers.getHeaderString(HttpHeaders.ACCEPT_LANGUAGE)));
    }

    /** Also for a lock that reaches the platform mapper wrapped in a container exception. */
    static Response respond(SigningLocked e, Locale locale) {
        long seconds =
                Math.max(1, (Duration.between(Instant.now(), e.lockedUntil()).toMillis() + 999) / 1000);
        String body = Problem.body(429, ProblemTexts.get("api.tooManyAttempts", locale), DomainMessages.of(e, locale))
                .add("lockedUntil", e.lockedUntil().toString())
                .build()
                .toString();
        return Response.status(429)
                .type(Problem.MEDIA_TYPE + ";charset=UTF-8")
                .header("Retry-After", seconds)
                .entity(body)
                .build();
    }
}
