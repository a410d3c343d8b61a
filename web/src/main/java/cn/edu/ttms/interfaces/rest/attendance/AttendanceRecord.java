package cn.edu.ttms.interfaces.rest.attendance;

import cn.edu.ttms.application.attendance.AttendanceEntry;
import cn.edu.ttms.domain.model.attendance.AttendanceMethod;
import jakarta.json.bind.annotation.JsonbNillable;
import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A trainee's attendance of a session, and whether this call recorded it ({@code created}) or found
 * it recorded already; {@code reason} is null unless it was marked by hand.
 */
@Schema(name = "AttendanceRecord")
@JsonbPropertyOrder({
    "sessionId",
    "projectId",
    "projectName",
    "stageNo",
    "date",
    "hours",
    "teacherId",
    "enrolmentId",
    "how",
    "recordedAt",
    "recordedBy",
    "created",
    "reason"
})
public record AttendanceRecord(
        long sessionId,
        long projectId,
        String projectName,
        int stageNo,
        LocalDate date,
        BigDecimal hours,
        long teacherId,
        long enrolmentId,
        AttendanceMethod how,
        Instant recordedAt,
        String recordedBy,
        boolean created,
        @JsonbNillable @Schema(nullable = true) String reason) {

    public static AttendanceRecord of(AttendanceEntry e) {
        return new AttendanceRecord(
                e.sessionId(),
                e.projectId(),
                e.projectName(),
                e.stageNo(),
                e.date(),
                e.hours(),
                e.teacherId(),
                e.enrolmentId(),
                e.how(),
                e.recordedAt(),
                e.recordedBy(),
                e.created(),
                e.reason());
    }
}
