package cn.edu.ttms.application.enrolment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.edu.ttms.domain.model.enrolment.Enrolment;
import cn.edu.ttms.domain.model.enrolment.EnrolmentChannel;
import cn.edu.ttms.domain.model.enrolment.EnrolmentRefused;
import cn.edu.ttms.domain.model.enrolment.EnrolmentRepository;
import cn.edu.ttms.domain.model.enrolment.EnrolmentRound;
import cn.edu.ttms.domain.model.enrolment.EnrolmentStatus;
import cn.edu.ttms.domain.model.enrolment.RoundMode;
import cn.edu.ttms.domain.model.project.ProjectAction;
import cn.edu.ttms.domain.model.project.ProjectQuota;
import cn.edu.ttms.domain.model.project.ProjectStatus;
import cn.edu.ttms.domain.model.project.TrainingProject;
import cn.edu.ttms.domain.model.shared.DomainException;
import cn.edu.ttms.domain.model.teacher.Teacher;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * The hard rules of enrolment below the container, over repositories in memory: open projects only, not
 * twice, one project of a level at a time, quotas, capacity before quota, the waiting list and the lottery
 * window.
 */
class EnrolmentRulesTest {

    private final EnrolmentFixtures at = new EnrolmentFixtures();
    private final InMemoryEnrolments enrolments = new InMemoryEnrolments();
    private final InMemoryProjects projects = new InMemoryProjects()
            .with(at.province, at.city, at.linxiang, at.fengqing, at.linxiangSchool, at.fengqingSchool);
    private final EnrolmentRules rules = new EnrolmentRules(enrolments, projects, projects.organisations());
    private final Teacher li = EnrolmentFixtures.teacher(21, at.linxiangSchool);

    @Test
    void onlyAnEnrollingProjectTakesEntries() {
        TrainingProject published = at.enrolling(7, 30);
        published.apply(ProjectAction.START, null);
        EnrolmentRefused e = assertThrows(
                EnrolmentRefused.class, () -> rules.admit(published, li, EnrolmentChannel.NOMINATED, "linxiang"));
        assertEquals("error.enrolment.notOpen", e.messageKey());
        assertEquals(List.of(ProjectStatus.IN_PROGRESS), e.args());
        assertEquals(DomainException.Kind.INVALID, e.kind(), "a rule, not a race: 422");
    }

    @Test
    void aNominationIsAdmittedWithTheProjectsDatesAndTheTeachersUnit() {
        TrainingProject p = at.enrolling(7, 30);
        Enrolment e = rules.admit(p, li, EnrolmentChannel.NOMINATED, "linxiang");
        assertEquals(EnrolmentStatus.ENROLLED, e.status());
        assertEquals("/1/2/4/9/", e.unitPath());
        assertNull(e.quotaUnitId(), "no quotas, no quota unit");
        assertTrue(e.overlaps(LocalDate.of(2026, 12, 23), LocalDate.of(2026, 12, 24)));
        assertFalse(e.overlaps(LocalDate.of(2026, 12, 24), LocalDate.of(2026, 12, 25)));
    }

    @Test
    void aTeacherIsNotEnrolledTwiceButComesBackOnTheSameRowAfterAWithdrawal() {
        TrainingProject p = at.enrolling(7, 30);
        Enrolment first = enrolments.store(rules.admit(p, li, EnrolmentChannel.NOMINATED, "linxiang"));
        EnrolmentRefused twice =
                assertThrows(EnrolmentRefused.class, () -> rules.admit(p, li, EnrolmentChannel.APPLIED, "teacher"));
        assertEquals("error.enrolment.already", twice.messageKey());
        assertEquals(DomainException.Kind.CONFLICT, twice.kind());

        first.withdraw("生病");
        Enrolment again = rules.admit(p, li, EnrolmentChannel.APPLIED, "teacher");
        assertSame(first, again, "the unique row is reused, never left to the database's key");
        assertEquals(EnrolmentStatus.PENDING_APPROVAL, again.status());
    }

    @Test
    void oneProjectOfALevelAtATimeWhenTheDatesOverlap() {
        TrainingProject december = at.enrolling(7, 30);
        TrainingProject sameDays = at.enrolling(8, 30, LocalDate.of(2026, 12, 23), LocalDate.of(2026, 12, 25));
        TrainingProject january = at.enrolling(9, 30, LocalDate.of(2027, 1, 4), LocalDate.of(2027, 1, 6));
        projects.with(december);
        enrolments.store(rules.admit(december, li, EnrolmentChannel.NOMINATED, "linxiang"));

        EnrolmentRefused clash = assertThrows(
                EnrolmentRefused.class, () -> rules.admit(sameDays, li, EnrolmentChannel.NOMINATED, "linxiang"));
        assertEquals("error.enrolment.clash", clash.messageKey());
        assertEquals(List.of("项目7", december.level()), clash.args());
        assertEquals(
                EnrolmentStatus.ENROLLED,
                rules.admit(january, li, EnrolmentChannel.NOMINATED, "linxiang").status());
    }

    @Test
    void aProjectWithQuotasAdmitsOnlyTeachersOfAUnitWithOne() {
        TrainingProject p = at.enrolling(7, 30, new ProjectQuota(4, 20));
        assertEquals(
                4L, rules.admit(p, li, EnrolmentChannel.NOMINATED, "linxiang").quotaUnitId());

        Teacher fromFengqing = EnrolmentFixtures.teacher(22, at.fengqingSchool);
        EnrolmentRefused e = assertThrows(
                EnrolmentRefused.class, () -> rules.admit(p, fromFengqing, EnrolmentChannel.NOMINATED, "fengqing"));
        assertEquals("error.enrolment.noQuota", e.messageKey());
        assertEquals(List.of("凤庆县第一完全小学"), e.args());
    }

    @Test
    void seatsAreOpenedOnTheFirstTakeAndTheLastPlaceIsTheCapacity() {
        TrainingProject p = at.enrolling(7, 2);
        assertEquals(Optional.empty(), enrolments.seatsLeft(7, EnrolmentRepository.WHOLE_PROJECT));
        rules.takeSeats(p, null);
        rules.takeSeats(p, null);
        EnrolmentRefused full = assertThrows(EnrolmentRefused.class, () -> rules.takeSeats(p, null));
        assertEquals("error.enrolment.full", full.messageKey());
        assertEquals(List.of("2"), full.args());
        assertEquals(Optional.of(0), enrolments.seatsLeft(7, EnrolmentRepository.WHOLE_PROJECT));
    }

    @Test
    void aFullQuotaGivesTheCapacitySeatBackAtOnce() {
        TrainingProject p = at.enrolling(7, 3, new ProjectQuota(4, 1), new ProjectQuota(5, 2));
        rules.takeSeats(p, 4L);
        EnrolmentRefused e = assertThrows(EnrolmentRefused.class, () -> rules.takeSeats(p, 4L));
        assertEquals("error.enrolment.quotaFull", e.messageKey());
        assertEquals(List.of("临翔区", "1"), e.args());
        assertEquals(
                Optional.of(2),
                enrolments.seatsLeft(7, EnrolmentRepository.WHOLE_PROJECT),
                "the refused row holds no seat");
        rules.takeSeats(p, 5L);
        rules.takeSeats(p, 5L);
        assertEquals(Optional.of(0), enrolments.seatsLeft(7, EnrolmentRepository.WHOLE_PROJECT));
    }

    @Test
    void aSeatCountGivesTheSameRefusalsWithoutWritingAnything() {
        TrainingProject p = at.enrolling(7, 3, new ProjectQuota(4, 1));
        EnrolmentRules.SeatCount count = rules.seatCount(p);
        count.take(4L);
        EnrolmentRefused quota = assertThrows(EnrolmentRefused.class, () -> count.take(4L));
        assertEquals("error.enrolment.quotaFull", quota.messageKey());
        count.take(null);
        count.take(null);
        assertEquals(
                "error.enrolment.full",
                assertThrows(EnrolmentRefused.class, () -> count.take(null)).messageKey());
        assertEquals(0, enrolments.seatWrites, "a preview takes no seat");
        assertEquals(Optional.empty(), enrolments.seatsLeft(7, EnrolmentRepository.WHOLE_PROJECT));
    }

    @Test
    void anEntryGoesIntoTheOpenLotteryAndIsRefusedBetweenItsCloseAndItsDraw() {
        Instant opens = Instant.parse("2026-12-01T00:00:00Z");
        Instant closes = Instant.parse("2026-12-02T00:00:00Z");
        EnrolmentRound lottery = new EnrolmentRound(7, 1, RoundMode.LOTTERY, opens, closes);
        EnrolmentRound firstCome = new EnrolmentRound(7, 2, RoundMode.FIRST_COME, opens, closes);

        assertSame(
                lottery,
                EnrolmentRules.lotteryFor(List.of(firstCome, lottery), opens).orElseThrow());
        assertEquals(Optional.empty(), EnrolmentRules.lotteryFor(List.of(firstCome), opens), "decided at once");
        EnrolmentRefused e =
                assertThrows(EnrolmentRefused.class, () -> EnrolmentRules.lotteryFor(List.of(lottery), closes));
        assertEquals("error.enrolment.awaitingDraw", e.messageKey());
        assertEquals(List.of("1"), e.args());

        lottery.drawn(1L, "city", closes);
        assertEquals(Optional.empty(), EnrolmentRules.lotteryFor(List.of(lottery), closes), "drawn: decided at once");
    }

    @Test
    void theWaitingListMovesUpFirstInLineFirstPastOneWhoseQuotaIsFull() {
        TrainingProject p = at.enrolling(7, 2, new ProjectQuota(4, 1), new ProjectQuota(5, 1));
        Teacher fengqing1 = EnrolmentFixtures.teacher(31, at.fengqingSchool);
        Teacher linxiang2 = EnrolmentFixtures.teacher(32, at.linxiangSchool);
        Enrolment seated = enrolments.store(rules.admit(p, li, EnrolmentChannel.NOMINATED, "linxiang"));
        rules.takeSeats(p, 4L);
        Enrolment blocked = waiting(p, linxiang2);
        Enrolment next = waiting(p, fengqing1);
        assertEquals(1, blocked.waitPosition());
        assertEquals(2, next.waitPosition());
        assertEquals(3, rules.nextWaitPosition(p));

        List<Enrolment> promoted = rules.promoteWaiting(p);
        assertEquals(List.of(next), promoted, "临翔区's one place is taken; 凤庆县's is free");
        assertEquals(EnrolmentStatus.ENROLLED, next.status());
        assertEquals(EnrolmentStatus.WAITLISTED, blocked.status());
        assertEquals(Optional.of(0), enrolments.seatsLeft(7, EnrolmentRepository.WHOLE_PROJECT));

        seated.withdraw("调动");
        enrolments.releaseSeat(7, EnrolmentRepository.WHOLE_PROJECT);
        enrolments.releaseSeat(7, 4);
        assertEquals(List.of(blocked), rules.promoteWaiting(p));
    }

    private Enrolment waiting(TrainingProject p, Teacher t) {
        Enrolment e = enrolments.store(rules.admit(p, t, EnrolmentChannel.NOMINATED, "city"));
        e.waitlist(rules.nextWaitPosition(p));
        return e;
    }
}
