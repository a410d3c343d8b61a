package cn.edu.ttms.interfaces.rest.attendance;

import cn.edu.ttms.application.attendance.Attendance;
import cn.edu.ttms.application.attendance.AttendanceEntry;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * {@code POST /api/v1/attendance/scan} {@code {"token"}}: the signed-in teacher signs in to a session
 * with the code of its QR code → 201 with the record; a second scan → 200 with the same record. A
 * forged or expired code is 422, a teacher not enrolled in the project 403.
 */
@ApplicationScoped
@Path("v1/attendance")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "attendance")
public class AttendanceResource {

    @Inject
    Attendance attendance;

    @POST
    @Path("scan")
    @Operation(operationId = "scanAttendance", summary = "学员扫描考勤二维码签到（重复扫描返回同一记录）")
    @APIResponse(
            responseCode = "201",
            description = "签到已记录",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = AttendanceRecord.class)))
    @APIResponse(
            responseCode = "200",
            description = "此前已签到",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = AttendanceRecord.class)))
    public Response scan(@NotNull @Valid ScanRequest body) {
        return recorded(attendance.scan(body.token()));
    }

    /** 201 when this call recorded the attendance, 200 when it was recorded already. */
    static Response recorded(AttendanceEntry entry) {
        return Response.status(entry.created() ? Response.Status.CREATED : Response.Status.OK)
                .entity(AttendanceRecord.of(entry))
                .build();
    }
}
