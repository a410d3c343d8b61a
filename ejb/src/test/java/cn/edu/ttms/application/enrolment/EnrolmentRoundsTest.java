package cn.edu.ttms.application.enrolment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.edu.ttms.application.audit.AuditTrail;
import cn.edu.ttms.application.notification.Notifications;
import cn.edu.ttms.application.scope.Caller;
import cn.edu.ttms.application.scope.CurrentCaller;
import cn.edu.ttms.domain.model.account.Role;
import cn.edu.ttms.domain.model.audit.AuditAction;
import cn.edu.ttms.domain.model.enrolment.Enrolment;
import cn.edu.ttms.domain.model.enrolment.EnrolmentChannel;
import cn.edu.ttms.domain.model.enrolment.EnrolmentRepository;
import cn.edu.ttms.domain.model.enrolment.EnrolmentRound;
import cn.edu.ttms.domain.model.enrolment.EnrolmentStatus;
import cn.edu.ttms.domain.model.enrolment.Lottery;
import cn.edu.ttms.domain.model.enrolment.RoundMode;
import cn.edu.ttms.domain.model.enrolment.RoundState;
import cn.edu.ttms.domain.model.notification.NotificationKind;
import cn.edu.ttms.domain.model.project.TrainingProject;
import cn.edu.ttms.domain.model.shared.DomainException;
import cn.edu.ttms.domain.model.shared.RecordNotFound;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The lottery draw as a service, below the container: the owning bureau draws a closed round once; the
 * order is the one {@link Lottery} gives for the seed, the free places go in that order, the rest wait in
 * line in that order, everyone hears of it, and the seed goes into the audit trail.
 */
class EnrolmentRoundsTest {

    private static final long SEED = 20261124L;

    private final EnrolmentFixtures at = new EnrolmentFixtures();
    private final InMemoryEnrolments enrolments = new InMemoryEnrolments();
    private final InMemoryProjects projects = new InMemoryProjects()
            .with(at.province, at.city, at.linxiang, at.fengqing, at.linxiangSchool, at.fengqingSchool);
    private final List<String> audited = new ArrayList<>();
    private final List<String> told = new ArrayList<>();
    private final TrainingProject project = at.enrolling(7, 3);
    private Caller me = new Caller("city", Set.of(Role.BUREAU_STAFF), 2, "/1/2/", null);

    private EnrolmentRounds service() {
        EnrolmentRounds s = new EnrolmentRounds();
        s.enrolments = enrolments;
        s.projects = projects.with(project);
        s.organisations = projects.organisations();
        s.caller = new CurrentCaller() {
            @Override
            public Caller get() {
                return me;
            }
        };
        s.audit = new AuditTrail() {
            @Override
            public void record(
                    AuditAction action, String entityType, Object entityId, String scopePath, String detail) {
                audited.add(action + " " + entityType + " " + scopePath + " " + detail);
            }
        };
        s.notifications = new Notifications() {
            @Override
            public int notifyTeacher(
                    long teacherId, NotificationKind kind, Long projectId, String key, Object... args) {
                told.add(teacherId + " " + kind + " " + List.of(args));
                return 1;
            }
        };
        return s;
    }

    /** A lottery round that closed an hour ago, with {@code n} entries waiting for its draw. */
    private List<Long> closedRoundWith(int n) {
        EnrolmentRound round = service()
                .open(
                        7,
                        RoundMode.LOTTERY,
                        Instant.now().minusSeconds(7200),
                        Instant.now().minusSeconds(3600));
        List<Long> entries = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            Enrolment e = enrolments.store(new Enrolment(
                    7,
                    40 + i,
                    at.linxiangSchool.path(),
                    null,
                    project.level(),
                    null,
                    null,
                    EnrolmentChannel.NOMINATED,
                    "linxiang",
                    Instant.now()));
            e.enterLottery(round.id());
            entries.add(e.id());
        }
        return entries;
    }

    private EnrolmentStatus status(long id) {
        return enrolments.find(id).orElseThrow().status();
    }

    @Test
    void roundsAreNumberedInTheOrderTheyAreOpened() {
        Instant now = Instant.now();
        assertEquals(
                1,
                service().open(7, RoundMode.LOTTERY, now, now.plusSeconds(60)).roundNo());
        assertEquals(
                2,
                service()
                        .open(7, RoundMode.FIRST_COME, now, now.plusSeconds(60))
                        .roundNo());
    }

    @Test
    void theDrawSeatsTheFirstInTheSeedsOrderAndLinesUpTheRest() {
        List<Long> entries = closedRoundWith(6);

        EnrolmentRounds.Draw draw = service().draw(7, 1, SEED);

        List<Long> expected = Lottery.order(entries, SEED);
        assertEquals(SEED, draw.seed());
        assertEquals(expected, draw.order(), "anyone can replay the draw from the seed and the entries");
        assertEquals(expected.subList(0, 3), draw.enrolled());
        assertEquals(expected.subList(3, 6), draw.waiting());
        for (int i = 0; i < 6; i++) {
            Enrolment e = enrolments.find(expected.get(i)).orElseThrow();
            assertEquals(i < 3 ? EnrolmentStatus.ENROLLED : EnrolmentStatus.WAITLISTED, e.status());
            assertEquals(i < 3 ? null : i - 2, e.waitPosition(), "in line in the order of the draw");
        }
        assertEquals(Optional.of(0), enrolments.seatsLeft(7, EnrolmentRepository.WHOLE_PROJECT));
        assertEquals(SEED, enrolments.findRound(7, 1).orElseThrow().seed());
    }

    @Test
    void everyoneHearsOfTheDrawAndTheSeedGoesIntoTheAuditTrail() {
        closedRoundWith(4);
        EnrolmentRounds.Draw draw = service().draw(7, 1, SEED);

        assertEquals(3, told.stream().filter(t -> t.contains("LOTTERY_WON")).count());
        long waiter = enrolments.find(draw.waiting().get(0)).orElseThrow().teacherId();
        assertEquals(
                List.of(waiter + " WAITING_LIST [项目7, 1]"),
                told.stream().filter(t -> t.contains("WAITING_LIST")).toList());
        List<String> draws = audited.stream().filter(a -> a.contains(" drawn ")).toList();
        assertEquals(1, draws.size());
        assertTrue(
                audited.stream().anyMatch(a -> a.startsWith("CREATE EnrolmentRound /1/2/ round 1 opened: LOTTERY")),
                "the opening too: " + audited);
        assertTrue(
                draws.get(0).startsWith("UPDATE EnrolmentRound /1/2/ lottery round 1 drawn with seed 20261124"),
                draws.get(0));
    }

    @Test
    void aRoundIsDrawnOnceAndNotWhileItIsOpen() {
        closedRoundWith(2);
        service().draw(7, 1, SEED);
        DomainException twice =
                assertThrows(DomainException.class, () -> service().draw(7, 1, 1L));
        assertEquals("error.round.alreadyDrawn", twice.messageKey());

        Instant now = Instant.now();
        service().open(7, RoundMode.LOTTERY, now.minusSeconds(60), now.plusSeconds(3600));
        DomainException open =
                assertThrows(DomainException.class, () -> service().draw(7, 2, SEED));
        assertEquals("error.round.stillOpen", open.messageKey());
        assertNull(enrolments.findRound(7, 2).orElseThrow().seed());
    }

    @Test
    void withoutASeedTheDrawPicksOneAndKeepsIt() {
        List<Long> entries = closedRoundWith(3);
        EnrolmentRounds.Draw draw = service().draw(7, 1, null);
        assertEquals(Lottery.order(entries, draw.seed()), draw.order());
        assertTrue(audited.stream().anyMatch(a -> a.contains("drawn with seed " + draw.seed())), audited.toString());
    }

    @Test
    void onlyTheOwningBureauDrawsAndAnyoneWhoCannotSeeTheProjectFindsNone() {
        closedRoundWith(2);
        audited.clear();
        me = new Caller("linxiang", Set.of(Role.BUREAU_STAFF), 4, "/1/2/4/", null);
        DomainException notYours =
                assertThrows(DomainException.class, () -> service().draw(7, 1, SEED));
        assertEquals("error.project.notYours", notYours.messageKey());

        me = new Caller("other", Set.of(Role.BUREAU_STAFF), 3, "/1/3/", null);
        assertThrows(RecordNotFound.class, () -> service().draw(7, 1, SEED));
        assertThrows(RecordNotFound.class, () -> service().draw(8, 1, SEED), "no such project");

        me = new Caller("city", Set.of(Role.BUREAU_STAFF), 2, "/1/2/", null);
        assertThrows(RecordNotFound.class, () -> service().draw(7, 9, SEED), "no such round");
        assertTrue(told.isEmpty() && audited.isEmpty());
    }

    @Test
    void theOverviewShowsEachRoundsStateItsEntriesAndWhoMayAct() {
        closedRoundWith(4);
        Instant now = Instant.now();
        service().open(7, RoundMode.FIRST_COME, now.plusSeconds(3600), now.plusSeconds(7200));

        RoundsOverview before = service().overview(7);
        assertEquals(3, before.capacity());
        assertEquals(3, before.placesLeft(), "no seat taken before the draw");
        assertEquals(0, before.waiting());
        assertTrue(before.mayManage());
        assertEquals(RoundState.AWAITING_DRAW, before.rounds().get(0).state());
        assertEquals(4, before.rounds().get(0).entries());
        assertTrue(before.rounds().get(0).drawable());
        assertEquals(RoundState.UPCOMING, before.rounds().get(1).state());
        assertFalse(before.rounds().get(1).drawable());

        service().draw(7, 1, SEED);
        RoundsOverview after = service().overview(7);
        assertEquals(RoundState.DRAWN, after.rounds().get(0).state());
        assertEquals(SEED, after.rounds().get(0).seed());
        assertEquals("city", after.rounds().get(0).drawnBy());
        assertEquals(0, after.placesLeft());
        assertEquals(1, after.waiting());
        assertFalse(after.backfillable(), "someone waits but no place is free");

        me = new Caller("linxiang", Set.of(Role.BUREAU_STAFF), 4, "/1/2/4/", null);
        assertFalse(service().overview(7).mayManage(), "a county sees the city's rounds but does not run them");
        me = new Caller("other", Set.of(Role.BUREAU_STAFF), 3, "/1/3/", null);
        assertThrows(RecordNotFound.class, () -> service().overview(7));
    }

    @Test
    void theBackfillIsAudited() {
        closedRoundWith(1);
        audited.clear();
        assertEquals(List.of(), service().backfill(7));
        assertEquals(1, audited.size());
        assertTrue(
                audited.get(0).startsWith("UPDATE WaitingList /1/2/ waiting list of project 7 backfilled"),
                audited.get(0));
    }
}
