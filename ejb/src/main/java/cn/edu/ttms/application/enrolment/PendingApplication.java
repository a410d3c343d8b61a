package cn.edu.ttms.application.enrolment;

import cn.edu.ttms.domain.model.shared.Level;
import java.time.Instant;
import java.time.LocalDate;

/** A teacher's application waiting for the decision of staff over their unit (报名审核). */
public record PendingApplication(
        long enrolmentId,
        long teacherId,
        String teacherName,
        String school,
        String subject,
        long projectId,
        String projectName,
        Level level,
        LocalDate startsOn,
        LocalDate endsOn,
        Instant since,
        String step)
        implements java.io.Serializable {}
