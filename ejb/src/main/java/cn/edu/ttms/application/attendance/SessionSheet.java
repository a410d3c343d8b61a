package cn.edu.ttms.application.attendance;

import cn.edu.ttms.domain.model.attendance.AttendanceMethod;
import java.io.Serializable;
import java.time.Instant;
import java.util.List;

/**
 * One session for its adviser's page: who has attended (in the order they came) and the enrolled
 * trainees who have not yet, for a manual mark.
 */
public record SessionSheet(SessionView session, List<Present> present, List<Trainee> absent) implements Serializable {

    /** A trainee who attended, how, and when. */
    public record Present(
            long teacherId,
            String name,
            String school,
            AttendanceMethod how,
            String reason,
            Instant recordedAt,
            String recordedBy)
            implements Serializable {}

    /** An enrolled trainee. */
    public record Trainee(long teacherId, String name, String school) implements Serializable {}
}
