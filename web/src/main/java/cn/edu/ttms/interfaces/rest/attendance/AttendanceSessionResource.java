package cn.edu.ttms.interfaces.rest.attendance;

import jakarta.enterprise.context.ApplicationScoped;
import cn.edu.ttms.application.attendance.Attendance;
import cn.edu.ttms.application.attendance.SessionSheet;
import cn.edu.ttms.interfaces.rest.RequestBodies;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

/**
 * One attendance session, for those who run the project's attendance (its lead, host institution and
 * owning bureau): who attended and a fresh token for its QR code ({@code GET}), and a manual mark
 * ({@code POST …/marks} {@code {"teacherId", "reason"}} → 201; the reason is required).
 */
@ApplicationScoped
@Path("v1/attendance-sessions")
@Produces(MediaType.APPLICATION_JSON)
public class AttendanceSessionResource {

    @Inject
    Attendance attendance;

    @Context
    UriInfo uri;

    @GET
    @Path("{id}")
    public JsonObject get(@PathParam("id") long id) {
        SessionSheet sheet = attendance.session(id);
        return AttendanceJson.sheet(sheet, sheet.session().running() ? attendance.token(id) : null, uri);
    }

    @POST
    @Path("{id}/marks")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response mark(@PathParam("id") long id, JsonObject body) {
        return AttendanceResource.recorded(attendance.mark(id, RequestBodies.requiredLong(body, "teacherId"),
                body == null ? null : body.getString("reason", null)));
    }
}
