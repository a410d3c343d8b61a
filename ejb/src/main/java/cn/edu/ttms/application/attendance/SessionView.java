package cn.edu.ttms.application.attendance;

import cn.edu.ttms.domain.model.attendance.AttendanceSession;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;

/** An attendance session as pages and the API show it, with how many have attended so far. */
public record SessionView(
        long id,
        long projectId,
        String projectName,
        int stageNo,
        LocalDate date,
        LocalTime startsAt,
        LocalTime endsAt,
        BigDecimal hours,
        String createdBy,
        Instant createdAt,
        long attended,
        boolean running)
        implements java.io.Serializable {

    static SessionView of(AttendanceSession s, String projectName, long attended, boolean running) {
        return new SessionView(
                s.id(),
                s.projectId(),
                projectName,
                s.stageNo(),
                s.date(),
                s.startsAt(),
                s.endsAt(),
                s.hours(),
                s.createdBy(),
                s.createdAt(),
                attended,
                running);
    }
}
