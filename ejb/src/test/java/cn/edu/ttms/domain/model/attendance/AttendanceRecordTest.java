package cn.edu.ttms.domain.model.attendance;

import static cn.edu.ttms.domain.model.organisation.Units.unit;
import static cn.edu.ttms.domain.model.organisation.Units.withId;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import cn.edu.ttms.domain.model.enrolment.Enrolment;
import cn.edu.ttms.domain.model.enrolment.EnrolmentChannel;
import cn.edu.ttms.domain.model.organisation.Organisation;
import cn.edu.ttms.domain.model.organisation.OrganisationKind;
import cn.edu.ttms.domain.model.plan.AnnualPlan;
import cn.edu.ttms.domain.model.project.ProjectAction;
import cn.edu.ttms.domain.model.project.ProjectStage;
import cn.edu.ttms.domain.model.project.ProjectStatus;
import cn.edu.ttms.domain.model.project.TrainingProject;
import cn.edu.ttms.domain.model.shared.DeliveryForm;
import cn.edu.ttms.domain.model.shared.Level;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Sessions open only for a running project's own stage, on a date, for sound hours and times; a trainee's
 * attendance is recorded by a scan or, with a reason, by hand, and only for an enrolled trainee of that
 * project.
 */
class AttendanceRecordTest {

    private static final LocalDate DAY = LocalDate.of(2026, 12, 21);
    private static final Instant AT = Instant.parse("2026-12-21T01:30:15.250Z");

    private final Organisation city = unit(null, OrganisationKind.CITY, "临沧市", 2);

    private TrainingProject project(ProjectAction... steps) {
        TrainingProject p = withId(
                new TrainingProject(
                        new AnnualPlan(2026, city, null, null),
                        1,
                        null,
                        "班主任培训",
                        null,
                        null,
                        null,
                        null,
                        new ProjectStage(
                                1, DeliveryForm.LOCAL_CONCENTRATED, null, null, BigDecimal.ONE, BigDecimal.ONE, 40)),
                7L);
        for (ProjectAction step : steps) {
            p.apply(step, null);
        }
        return p;
    }

    private TrainingProject enrolling() {
        return project(
                ProjectAction.SUBMIT, ProjectAction.APPROVE, ProjectAction.PUBLISH, ProjectAction.OPEN_ENROLMENT);
    }

    private AttendanceSession session(TrainingProject p) {
        return withId(
                new AttendanceSession(
                        p, 1, DAY, new BigDecimal("3"), LocalTime.of(8, 30), LocalTime.of(11, 30), "adviser", AT),
                70L);
    }

    private static Enrolment trainee(long projectId, EnrolmentChannel channel) {
        return withId(
                new Enrolment(
                        projectId, 21, "/2/4/9/", null, Level.MUNICIPAL, null, null, channel, "city", Instant.EPOCH),
                300L);
    }

    private static String key(Runnable r) {
        return assertThrows(AttendanceRefused.class, r::run).messageKey();
    }

    @Test
    void aSessionIsHeldOnlyWhileTheProjectIsEnrollingOrInProgress() {
        AttendanceRefused e = assertThrows(AttendanceRefused.class, () -> session(project(ProjectAction.SUBMIT)));
        assertEquals("error.attendance.notRunning", e.messageKey());
        assertEquals(List.of(ProjectStatus.SUBMITTED), e.args());
        TrainingProject running = enrolling();
        assertEquals(new BigDecimal("3.0"), session(running).hours(), "kept with one decimal");
        running.apply(ProjectAction.START, null);
        assertEquals(7L, session(running).projectId());
    }

    @Test
    void aSessionNeedsOneOfTheStagesADateSoundHoursAndAnEndAfterItsStart() {
        TrainingProject p = enrolling();
        assertEquals(
                "error.attendance.noSuchStage",
                key(() -> new AttendanceSession(p, 2, DAY, BigDecimal.ONE, null, null, "adviser", AT)));
        assertEquals(
                "error.attendance.noDate",
                key(() -> new AttendanceSession(p, 1, null, BigDecimal.ONE, null, null, "adviser", AT)));
        assertEquals(
                "error.attendance.hours",
                key(() -> new AttendanceSession(p, 1, DAY, new BigDecimal("24.5"), null, null, "adviser", AT)));
        assertEquals(
                "error.attendance.times",
                key(() -> new AttendanceSession(
                        p, 1, DAY, BigDecimal.ONE, LocalTime.of(9, 0), LocalTime.of(9, 0), "adviser", AT)));
        AttendanceSession open =
                new AttendanceSession(p, 1, DAY, BigDecimal.ONE, LocalTime.of(9, 0), null, "adviser", AT);
        assertNull(open.endsAt(), "a time is optional on either side");
        assertEquals("/2/", open.ownerPath());
    }

    @Test
    void aScanRecordsTheTraineeToTheSecond() {
        AttendanceSession s = session(enrolling());
        AttendanceRecord r = AttendanceRecord.scanned(s, trainee(7, EnrolmentChannel.NOMINATED), "t0021", AT);
        assertEquals(AttendanceMethod.SCAN, r.how());
        assertEquals(70L, r.sessionId());
        assertEquals(21L, r.teacherId());
        assertEquals(300L, r.enrolmentId());
        assertEquals(Instant.parse("2026-12-21T01:30:15Z"), r.recordedAt(), "as the column keeps it");
        assertNull(r.reason());
    }

    @Test
    void aMarkByHandNeedsAReason() {
        AttendanceSession s = session(enrolling());
        Enrolment t = trainee(7, EnrolmentChannel.NOMINATED);
        assertEquals("error.attendance.reasonNeeded", key(() -> AttendanceRecord.marked(s, t, " ", "adviser", AT)));
        AttendanceRecord r = AttendanceRecord.marked(s, t, " 手机没电 ", "adviser", AT);
        assertEquals(AttendanceMethod.MANUAL, r.how());
        assertEquals("手机没电", r.reason());
        assertEquals("adviser", r.recordedBy());
    }

    @Test
    void onlyAnEnrolledTraineeOfTheSessionsProjectAttends() {
        AttendanceSession s = session(enrolling());
        assertEquals(
                "error.attendance.notTrainee",
                key(() -> AttendanceRecord.scanned(s, trainee(8, EnrolmentChannel.NOMINATED), "t0021", AT)));
        assertEquals(
                "error.attendance.notTrainee",
                key(() -> AttendanceRecord.scanned(s, trainee(7, EnrolmentChannel.APPLIED), "t0021", AT)),
                "an application still pending approval holds no seat");
        Enrolment withdrawn = trainee(7, EnrolmentChannel.NOMINATED);
        withdrawn.withdraw("生病");
        assertEquals(
                "error.attendance.notTrainee", key(() -> AttendanceRecord.marked(s, withdrawn, "补签", "adviser", AT)));
    }
}
