package cn.edu.ttms.domain.model.enrolment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.edu.ttms.domain.model.shared.Level;
import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** An enrolment's own rules: its states, coming back after a withdrawal, and date overlap. */
class EnrolmentTest {

    private static Enrolment of(EnrolmentChannel channel, String from, String to) {
        return new Enrolment(
                1,
                2,
                "/1/2/3/",
                null,
                Level.COUNTY,
                from == null ? null : LocalDate.parse(from),
                to == null ? null : LocalDate.parse(to),
                channel,
                "linxiang",
                Instant.EPOCH);
    }

    @Test
    void aNominationEnrolsAtOnceAnApplicationWaits() {
        assertEquals(
                EnrolmentStatus.ENROLLED,
                of(EnrolmentChannel.NOMINATED, null, null).status());
        Enrolment applied = of(EnrolmentChannel.APPLIED, null, null);
        assertEquals(EnrolmentStatus.PENDING_APPROVAL, applied.status());
        applied.approve();
        assertEquals(EnrolmentStatus.ENROLLED, applied.status());
        assertThrows(EnrolmentRefused.class, applied::approve);
    }

    @Test
    void aRefusalNeedsAReasonAndAWithdrawalSaysWhetherASeatIsFreed() {
        Enrolment applied = of(EnrolmentChannel.APPLIED, null, null);
        EnrolmentRefused e = assertThrows(EnrolmentRefused.class, () -> applied.refuse(" "));
        assertEquals("error.enrolment.reasonNeeded", e.messageKey());
        assertFalse(of(EnrolmentChannel.APPLIED, null, null).withdraw(null), "a pending application held no seat");
        assertTrue(of(EnrolmentChannel.NOMINATED, null, null).withdraw("调动"), "an enrolment held one");
    }

    @Test
    void aTeacherWhoWithdrewComesBackOnTheSameEnrolment() {
        Enrolment e = of(EnrolmentChannel.NOMINATED, null, null);
        assertThrows(EnrolmentRefused.class, () -> e.renew(EnrolmentChannel.APPLIED, null, "teacher", Instant.EPOCH));
        e.withdraw("生病");
        e.renew(EnrolmentChannel.APPLIED, 7L, "teacher", Instant.EPOCH);
        assertEquals(EnrolmentStatus.PENDING_APPROVAL, e.status());
        assertEquals(7L, e.quotaUnitId());
        assertEquals(null, e.reason());
    }

    @Test
    void datesOverlapInclusivelyAndAnUndatedSideOverlapsEverything() {
        Enrolment april = of(EnrolmentChannel.NOMINATED, "2026-04-01", "2026-04-03");
        assertTrue(april.overlaps(LocalDate.parse("2026-04-03"), LocalDate.parse("2026-04-05")));
        assertFalse(april.overlaps(LocalDate.parse("2026-04-04"), LocalDate.parse("2026-04-05")));
        assertTrue(april.overlaps(null, null));
        assertTrue(of(EnrolmentChannel.NOMINATED, null, null)
                .overlaps(LocalDate.parse("2030-01-01"), LocalDate.parse("2030-01-02")));
    }
}
