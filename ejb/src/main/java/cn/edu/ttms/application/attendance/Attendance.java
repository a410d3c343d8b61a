package cn.edu.ttms.application.attendance;

import cn.edu.ttms.application.scope.Caller;
import cn.edu.ttms.application.scope.CurrentCaller;
import cn.edu.ttms.domain.model.attendance.AttendanceRecord;
import cn.edu.ttms.domain.model.attendance.AttendanceRefused;
import cn.edu.ttms.domain.model.attendance.AttendanceRepository;
import cn.edu.ttms.domain.model.attendance.AttendanceSession;
import cn.edu.ttms.domain.model.attendance.AttendanceToken;
import cn.edu.ttms.domain.model.attendance.TokenSecret;
import cn.edu.ttms.domain.model.enrolment.Enrolment;
import cn.edu.ttms.domain.model.enrolment.EnrolmentRepository;
import cn.edu.ttms.domain.model.enrolment.EnrolmentStatus;
import cn.edu.ttms.domain.model.project.ProjectRepository;
import cn.edu.ttms.domain.model.project.TrainingProject;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.PersistenceException;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Optional;

/**
 * Attendance (issue "Enrolment, rosters and attendance", item 6). The class adviser opens a session of
 * a stage and shows its QR code, a signed token that expires ({@link AttendanceToken}); an enrolled
 * teacher signs in by scanning it while signed in; the adviser marks a trainee by hand, with a reason.
 * Who runs attendance is {@link AttendanceAccess}'s; what was recorded, and the hours the project's
 * results read, are {@link AttendanceQueries}'.
 */
@Stateless
public class Attendance {

    @Inject
    AttendanceRepository attendance;

    @Inject
    ProjectRepository projects;

    @Inject
    EnrolmentRepository enrolments;

    @Inject
    AttendanceAccess access;

    @Inject
    CurrentCaller caller;

    @Inject
    TokenSecret secret;

    Clock clock = Clock.systemUTC();

    /** Opens a session of a stage of a project that is enrolling or in progress, without times of day. */
    @RolesAllowed({"ADMIN", "BUREAU_STAFF", "INSTITUTION_STAFF", "PROJECT_LEAD"})
    public SessionView openSession(long projectId, int stageNo, LocalDate date, BigDecimal hours) {
        return openSession(projectId, stageNo, date, hours, null, null);
    }

    /** Opens a session, optionally from {@code startsAt} to {@code endsAt} that day. */
    @RolesAllowed({"ADMIN", "BUREAU_STAFF", "INSTITUTION_STAFF", "PROJECT_LEAD"})
    public SessionView openSession(
            long projectId, int stageNo, LocalDate date, BigDecimal hours, LocalTime startsAt, LocalTime endsAt) {
        TrainingProject project = access.runnable(projectId);
        AttendanceSession session = attendance.store(new AttendanceSession(
                project, stageNo, date, hours, startsAt, endsAt, caller.get().username(), Instant.now()));
        return SessionView.of(session, project.name(), 0, true);
    }

    /** A fresh code for a session's QR code, good for {@link AttendanceToken#LIFETIME}. */
    @RolesAllowed({"ADMIN", "BUREAU_STAFF", "INSTITUTION_STAFF", "PROJECT_LEAD"})
    public IssuedToken token(long sessionId) {
        AttendanceSession session = access.runnableSession(sessionId);
        TrainingProject project = projects.find(session.projectId()).orElseThrow();
        if (!AttendanceSession.RUNNING.contains(project.status())) {
            throw AttendanceRefused.notRunning(project.status());
        }
        AttendanceToken token = AttendanceToken.issue(session.id(), clock);
        return new IssuedToken(session.id(), token.sign(secret.bytes()), token.expiresAt());
    }

    /**
     * The signed-in teacher scanned a session's code: recorded once; scanning again finds the same record.
     *
     * @throws AttendanceRefused a forged or expired code, or a teacher not enrolled in the project
     */
    @RolesAllowed("TEACHER")
    public AttendanceEntry scan(String token) {
        AttendanceToken read = AttendanceToken.verify(token, secret.bytes(), clock);
        AttendanceSession session = attendance.findSession(read.sessionId()).orElseThrow(AttendanceRefused::badToken);
        TrainingProject project = projects.find(session.projectId()).orElseThrow(AttendanceRefused::badToken);
        Caller me = caller.get();
        Enrolment trainee = Optional.ofNullable(me.teacherId())
                .flatMap(t -> enrolments.find(project.id(), t))
                .filter(e -> e.status() == EnrolmentStatus.ENROLLED)
                .orElseThrow(() -> AttendanceRefused.notEnrolled(project.name()));
        Optional<AttendanceRecord> earlier = attendance.find(session.id(), trainee.teacherId());
        if (earlier.isPresent()) {
            return entry(session, project, earlier.get(), false);
        }
        if (!AttendanceSession.RUNNING.contains(project.status())) {
            throw AttendanceRefused.notRunning(project.status());
        }
        return record(session, project, AttendanceRecord.scanned(session, trainee, me.username(), Instant.now()));
    }

    /**
     * The adviser marks an enrolled trainee present by hand, with a reason (no phone, a code that would
     * not scan…). A trainee already recorded stays as recorded.
     */
    @RolesAllowed({"ADMIN", "BUREAU_STAFF", "INSTITUTION_STAFF", "PROJECT_LEAD"})
    public AttendanceEntry mark(long sessionId, long teacherId, String reason) {
        AttendanceSession session = access.runnableSession(sessionId);
        TrainingProject project = projects.find(session.projectId()).orElseThrow();
        if (reason == null || reason.isBlank()) {
            throw AttendanceRefused.reasonNeeded();
        }
        if (!AttendanceSession.RUNNING.contains(project.status())) {
            throw AttendanceRefused.notRunning(project.status());
        }
        Enrolment trainee = enrolments
                .find(project.id(), teacherId)
                .filter(e -> e.status() == EnrolmentStatus.ENROLLED)
                .orElseThrow(AttendanceRefused::notTrainee);
        Optional<AttendanceRecord> earlier = attendance.find(session.id(), teacherId);
        if (earlier.isPresent()) {
            return entry(session, project, earlier.get(), false);
        }
        return record(
                session,
                project,
                AttendanceRecord.marked(session, trainee, reason, caller.get().username(), Instant.now()));
    }

    private AttendanceEntry record(AttendanceSession session, TrainingProject project, AttendanceRecord record) {
        try {
            attendance.store(record);
        } catch (PersistenceException raced) {
            throw AttendanceRefused.already(); // recorded by a second request at the same moment: that one stands
        }
        return entry(session, project, record, true);
    }

    private static AttendanceEntry entry(AttendanceSession s, TrainingProject p, AttendanceRecord r, boolean created) {
        return new AttendanceEntry(
                s.id(),
                p.id(),
                p.name(),
                s.stageNo(),
                s.date(),
                s.hours(),
                r.teacherId(),
                r.enrolmentId(),
                r.how(),
                r.reason(),
                r.recordedAt(),
                r.recordedBy(),
                created);
    }
}
