package cn.edu.ttms.interfaces.rest.problem;

import cn.edu.ttms.application.json.JsonBuilders;
import cn.edu.ttms.interfaces.shared.RequestId;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.nio.charset.StandardCharsets;

/**
 * An RFC 9457 problem document: {@code application/problem+json} with title, status and detail, and the extension
 * member {@code requestId} (the request's {@code X-Request-Id}), by which the request is found in the log.
 */
public final class Problem {

    public static final String MEDIA_TYPE = "application/problem+json";

    private Problem() {}

    public static Response of(int status, String title, String detail) {
        return of(status, title, detail, null);
    }

    /** One entry of a problem's {@code errors}: the field (or parameter) and what is wrong with it. */
    public record FieldError(String field, String message) {}

    public static JsonArrayBuilder errors(java.util.List<FieldError> errors) {
        JsonArrayBuilder out = JsonBuilders.createArrayBuilder();
        errors.forEach(e -> out.add(
                JsonBuilders.createObjectBuilder().add("field", e.field()).add("message", e.message())));
        return out;
    }

    /** The body of a problem without errors, for the few places outside JAX-RS (servlet filters). */
    public static String json(int status, String title, String detail) {
        return body(status, title, detail, RequestId.current().orElse(null))
                .build()
                .toString();
    }

    /**
     * The members every problem has, the request's id among them; a problem with members of its own adds them.
     * {@code requestId} may be null outside a request.
     */
    public static JsonObjectBuilder body(int status, String title, String detail, String requestId) {
        JsonObjectBuilder body =
                JsonBuilders.createObjectBuilder().add("title", title).add("status", status);
        if (detail != null) {
            body.add("detail", detail);
        }
        if (requestId != null) {
            body.add("requestId", requestId);
        }
        return body;
    }

    /** The body with the id of the request this thread answers. */
    public static JsonObjectBuilder body(int status, String title, String detail) {
        return body(status, title, detail, RequestId.current().orElse(null));
    }

    /** The problem written straight to a servlet response, for the servlet filters in front of JAX-RS and pages. */
    public static void write(HttpServletResponse response, int status, String title, String detail) throws IOException {
        write(response, status, json(status, title, detail));
    }

    /** The same before any filter ran (the sign-in mechanism): the id comes from the request itself. */
    public static void write(
            HttpServletRequest request, HttpServletResponse response, int status, String title, String detail)
            throws IOException {
        String id = RequestId.of(request, response).id();
        write(response, status, body(status, title, detail, id).build().toString());
    }

    private static void write(HttpServletResponse response, int status, String json) throws IOException {
        response.setStatus(status);
        response.setContentType(MEDIA_TYPE + ";charset=UTF-8");
        response.getOutputStream().write(json.getBytes(StandardCharsets.UTF_8));
    }

    public static Response of(int status, String title, String detail, JsonArrayBuilder errors) {
        JsonObjectBuilder body = body(status, title, detail);
        if (errors != null) {
            body.add("errors", errors);
        }
        return Response.status(status, reason(status))
                .type(MEDIA_TYPE + ";charset=UTF-8")
                .entity(body.build().toString())
                .build();
    }

    /**
     * The status line's words: the container knows no phrase for 422 or 429 and would write
     * "422 CUSTOM" into every access log.
     */
    static String reason(int status) {
        return switch (status) {
            case 413 -> "Content Too Large";
            case 422 -> "Unprocessable Content";
            case 429 -> "Too Many Requests";
            default -> {
                Response.Status known = Response.Status.fromStatusCode(status);
                yield known == null ? "Error" : known.getReasonPhrase();
            }
        };
    }
}
