package cn.edu.ttms.interfaces.rest.document;

import cn.edu.ttms.application.document.Verifications;
import cn.edu.ttms.interfaces.rest.problem.Problem;
import cn.edu.ttms.interfaces.rest.problem.ProblemTexts;
import cn.edu.ttms.interfaces.shared.LookupLimiter;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.Locale;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * {@code GET /api/v1/verifications/{code}} (api.md): anyone, no sign-in. Unknown → 404 in the same
 * time as a known code; too many lookups from one client → 429.
 */
@ApplicationScoped
@Path("v1/verifications")
@Tag(name = "documents")
public class VerificationResource {

    @Inject
    Verifications verifications;

    @Inject
    LookupLimiter limiter;

    @GET
    @Path("{code}")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(operationId = "verifyDocument", summary = "核验证明或证书的验证码（无需登录）")
    public Response verify(
            @PathParam("code") String code, @Context HttpServletRequest request, @Context HttpHeaders headers) {
        Locale locale = headers.getAcceptableLanguages().isEmpty()
                ? Locale.SIMPLIFIED_CHINESE
                : headers.getAcceptableLanguages().get(0);
        if (!limiter.allow(request.getRemoteAddr())) {
            return Response.fromResponse(Problem.of(
                            429,
                            ProblemTexts.get("verify.tooMany", locale),
                            ProblemTexts.get("verify.tooManyDetail", locale)))
                    .header("Retry-After", limiter.retryAfterSeconds())
                    .build();
        }
        return verifications
                .lookup(code, request.getRemoteAddr())
                .map(v -> Response.ok(VerificationJson.of(v))
                        .header("Cache-Control", "no-store")
                        .build())
                .orElseGet(() -> Problem.of(
                        404,
                        ProblemTexts.get("verify.unknown", locale),
                        ProblemTexts.get("verify.unknownDetail", locale)));
    }
}
