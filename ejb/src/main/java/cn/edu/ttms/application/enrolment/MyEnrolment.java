package cn.edu.ttms.application.enrolment;

import cn.edu.ttms.domain.model.enrolment.EnrolmentChannel;
import cn.edu.ttms.domain.model.enrolment.EnrolmentStatus;
import cn.edu.ttms.domain.model.shared.Level;
import java.time.Instant;
import java.time.LocalDate;

/**
 * One of the signed-in teacher's enrolments (我的报名): the project, how they came in, where it
 * stands, the reason of a refusal or withdrawal, and whether they may still withdraw.
 */
public record MyEnrolment(
        long enrolmentId,
        long projectId,
        String projectName,
        Level level,
        LocalDate startsOn,
        LocalDate endsOn,
        EnrolmentChannel channel,
        EnrolmentStatus status,
        String reason,
        Instant since,
        boolean withdrawable)
        implements java.io.Serializable {}
