package cn.edu.ttms.interfaces.rest.problem;

import cn.edu.ttms.infrastructure.json.JsonBuilders;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import jakarta.ws.rs.core.Response;

/** An RFC 9457 problem document: {@code application/problem+json} with title, status and detail. */
public final class Problem {

    public static final String MEDIA_TYPE = "application/problem+json";

    private Problem() {
    }

    public static Response of(int status, String title, String detail) {
        return of(status, title, detail, null);
    }

    public static Response of(int status, String title, String detail, JsonArrayBuilder errors) {
        JsonObjectBuilder body = JsonBuilders.createObjectBuilder().add("title", title).add("status", status);
        if (detail != null) {
            body.add("detail", detail);
        }
        if (errors != null) {
            body.add("errors", errors);
        }
        return Response.status(status).type(MEDIA_TYPE + ";charset=UTF-8").entity(body.build().toString()).build();
    }
}
