package cn.edu.ttms.interfaces.rest.attendance;

import jakarta.enterprise.context.ApplicationScoped;
import cn.edu.ttms.application.attendance.Attendance;
import cn.edu.ttms.application.attendance.AttendanceEntry;
import cn.edu.ttms.interfaces.rest.RequestBodies;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/**
 * {@code POST /api/v1/attendance/scan} {@code {"token"}}: the signed-in teacher signs in to a session
 * with the code of its QR code → 201 with the record; a second scan → 200 with the same record. A
 * forged or expired code is 422, a teacher not enrolled in the project 403.
 */
@ApplicationScoped
@Path("v1/attendance")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class AttendanceResource {

    @Inject
    Attendance attendance;

    @POST
    @Path("scan")
    public Response scan(JsonObject body) {
        return recorded(attendance.scan(RequestBodies.requiredText(body, "token")));
    }

    /** 201 when this call recorded the attendance, 200 when it was recorded already. */
    static Response recorded(AttendanceEntry entry) {
        return Response.status(entry.created() ? Response.Status.CREATED : Response.Status.OK)
                .entity(AttendanceJson.entry(entry)).build();
    }
}
