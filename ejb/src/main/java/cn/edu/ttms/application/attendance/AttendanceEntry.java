package cn.edu.ttms.application.attendance;

import cn.edu.ttms.domain.model.attendance.AttendanceMethod;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

/**
 * A trainee's attendance of a session, as a scan or a manual mark answers it: which project, stage and
 * date, how and when it was recorded, and whether this call recorded it ({@code created}) or found it
 * recorded already (a second scan changes nothing).
 */
public record AttendanceEntry(
        long sessionId,
        long projectId,
        String projectName,
        int stageNo,
        LocalDate date,
        BigDecimal hours,
        long teacherId,
        long enrolmentId,
        AttendanceMethod how,
        String reason,
        Instant recordedAt,
        String recordedBy,
        boolean created)
        implements java.io.Serializable {}
