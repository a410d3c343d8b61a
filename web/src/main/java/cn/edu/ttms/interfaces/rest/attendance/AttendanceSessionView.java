package cn.edu.ttms.interfaces.rest.attendance;

import cn.edu.ttms.application.attendance.IssuedToken;
import cn.edu.ttms.application.attendance.SessionSheet;
import cn.edu.ttms.application.attendance.SessionView;
import cn.edu.ttms.domain.model.attendance.AttendanceMethod;
import cn.edu.ttms.interfaces.shared.QrCodes;
import jakarta.json.bind.annotation.JsonbNillable;
import jakarta.json.bind.annotation.JsonbPropertyOrder;
import jakarta.ws.rs.core.UriInfo;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * An attendance session. {@code startsAt} and {@code endsAt} ({@code "08:30"}) are always there,
 * null when not set; while it runs, a fresh token for its QR code ({@code token}, {@code
 * expiresAt}), the page the code opens ({@code attendUrl}) and the PNG of the code ({@code qrUrl});
 * read on its own ({@code GET}), who attended it ({@code present}) and the enrolled trainees who have
 * not ({@code absent}).
 */
@Schema(name = "AttendanceSession")
@JsonbPropertyOrder({
    "id",
    "projectId",
    "projectName",
    "stageNo",
    "date",
    "hours",
    "attended",
    "running",
    "createdBy",
    "createdAt",
    "startsAt",
    "endsAt",
    "token",
    "expiresAt",
    "attendUrl",
    "qrUrl",
    "present",
    "absent"
})
public record AttendanceSessionView(
        long id,
        long projectId,
        String projectName,
        int stageNo,
        LocalDate date,
        BigDecimal hours,
        long attended,
        boolean running,
        String createdBy,
        Instant createdAt,

        @JsonbNillable @Schema(nullable = true, example = "08:30")
        String startsAt,

        @JsonbNillable @Schema(nullable = true, example = "10:00")
        String endsAt,

        String token,
        Instant expiresAt,
        String attendUrl,
        String qrUrl,
        List<Present> present,
        List<Absent> absent) {

    /** A trainee recorded as present, by scan or by a manual mark (with its reason, else null). */
    @Schema(name = "AttendancePresent")
    @JsonbPropertyOrder({"teacherId", "name", "school", "how", "recordedAt", "recordedBy", "reason"})
    public record Present(
            long teacherId,
            String name,
            String school,
            AttendanceMethod how,
            Instant recordedAt,
            String recordedBy,
            @JsonbNillable @Schema(nullable = true) String reason) {}

    /** An enrolled trainee not recorded (yet). */
    @Schema(name = "AttendanceAbsent")
    @JsonbPropertyOrder({"teacherId", "name", "school"})
    public record Absent(long teacherId, String name, String school) {}

    /** A session with a fresh token, if one is given. */
    public static AttendanceSessionView of(SessionView s, IssuedToken token, UriInfo uri) {
        return of(s, token, uri, null, null);
    }

    /** A session with who attended it and who has not, and a fresh token while it runs. */
    public static AttendanceSessionView of(SessionSheet sheet, IssuedToken token, UriInfo uri) {
        return of(
                sheet.session(),
                token,
                uri,
                sheet.present().stream()
                        .map(p -> new Present(
                                p.teacherId(),
                                p.name(),
                                p.school(),
                                p.how(),
                                p.recordedAt(),
                                p.recordedBy(),
                                p.reason()))
                        .toList(),
                sheet.absent().stream()
                        .map(t -> new Absent(t.teacherId(), t.name(), t.school()))
                        .toList());
    }

    private static AttendanceSessionView of(
            SessionView s, IssuedToken token, UriInfo uri, List<Present> present, List<Absent> absent) {
        String base = uri.getBaseUri().resolve("../").toString(); // the application's, from the API's (…/api/)
        return new AttendanceSessionView(
                s.id(),
                s.projectId(),
                s.projectName(),
                s.stageNo(),
                s.date(),
                s.hours(),
                s.attended(),
                s.running(),
                s.createdBy(),
                s.createdAt(),
                time(s.startsAt()),
                time(s.endsAt()),
                token == null ? null : token.token(),
                token == null ? null : token.expiresAt(),
                token == null ? null : QrCodes.attendUrl(base, token.token()),
                token == null ? null : base + "app/attendance/qr.png?session=" + s.id(),
                present,
                absent);
    }

    /** {@code "08:30"} as before: JSON-B would write {@code "08:30:00"}. */
    private static String time(LocalTime t) {
        return t == null ? null : t.toString();
    }
}
