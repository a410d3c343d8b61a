package cn.edu.ttms.interfaces.rest.attendance;

import cn.edu.ttms.application.attendance.Attendance;
import cn.edu.ttms.application.attendance.AttendanceQueries;
import cn.edu.ttms.application.attendance.SessionSheet;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
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
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * One attendance session, for those who run the project's attendance (its lead, host institution and
 * owning bureau): who attended and a fresh token for its QR code ({@code GET}), and a manual mark
 * ({@code POST …/marks} {@code {"teacherId", "reason"}} → 201; the reason is required).
 */
@ApplicationScoped
@Path("v1/attendance-sessions")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "attendance")
public class AttendanceSessionResource {

    @Inject
    Attendance attendance;

    @Inject
    AttendanceQueries attendanceQueries;

    @Context
    UriInfo uri;

    @GET
    @Path("{id}")
    @Operation(operationId = "getAttendanceSession", summary = "考勤场次：已签到与未签到学员，进行中时附新的二维码令牌")
    public AttendanceSessionView get(@PathParam("id") long id) {
        SessionSheet sheet = attendanceQueries.session(id);
        return AttendanceSessionView.of(sheet, sheet.session().running() ? attendance.token(id) : null, uri);
    }

    @POST
    @Path("{id}/marks")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "markAttendance", summary = "手工补登一名学员的考勤（须填写原因）")
    @APIResponse(
            responseCode = "201",
            description = "考勤已记录",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = AttendanceRecord.class)))
    @APIResponse(
            responseCode = "200",
            description = "此前已记录",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = AttendanceRecord.class)))
    public Response mark(@PathParam("id") long id, @NotNull @Valid MarkRequest body) {
        return AttendanceResource.recorded(attendance.mark(id, body.teacherId(), body.reason()));
    }
}
