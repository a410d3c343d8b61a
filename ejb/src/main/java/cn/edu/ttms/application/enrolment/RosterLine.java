package cn.edu.ttms.application.enrolment;

import cn.edu.ttms.domain.model.enrolment.Enrolment;
import cn.edu.ttms.domain.model.teacher.Teacher;
import java.time.Instant;

/** One trainee of a roster (参培学员名单): who, from which school, how they came in and when. */
public record RosterLine(
        long enrolmentId, long teacherId, String name, String school, String subject, String channel, Instant since)
        implements java.io.Serializable {

    static RosterLine of(Enrolment e, Teacher t) {
        return new RosterLine(
                e.id(),
                t.id(),
                t.name(),
                t.school().name(),
                t.subject(),
                e.channel().name(),
                e.createdAt());
    }
}
