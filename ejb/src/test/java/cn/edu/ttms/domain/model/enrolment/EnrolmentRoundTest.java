package cn.edu.ttms.domain.model.enrolment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.edu.ttms.domain.model.shared.DomainException;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A round's window is half-open; a lottery waits for its draw once the window has closed, is drawn once
 * and never before it closes, and keeps its seed.
 */
class EnrolmentRoundTest {

    private static final Instant OPENS = Instant.parse("2026-12-01T01:00:00Z");
    private static final Instant CLOSES = Instant.parse("2026-12-03T01:00:00Z");

    private static EnrolmentRound round(RoundMode mode) {
        return new EnrolmentRound(7, 1, mode, OPENS, CLOSES);
    }

    @Test
    void aRoundClosesAfterItOpens() {
        DomainException e =
                assertThrows(DomainException.class, () -> new EnrolmentRound(7, 1, RoundMode.LOTTERY, CLOSES, CLOSES));
        assertEquals("error.round.window", e.messageKey());
        assertThrows(DomainException.class, () -> new EnrolmentRound(7, 1, RoundMode.LOTTERY, CLOSES, OPENS));
        assertThrows(NullPointerException.class, () -> new EnrolmentRound(7, 1, null, OPENS, CLOSES));
    }

    @Test
    void theWindowIncludesItsOpeningAndExcludesItsClosing() {
        EnrolmentRound r = round(RoundMode.LOTTERY);
        assertFalse(r.isOpen(OPENS.minusMillis(1)));
        assertTrue(r.isOpen(OPENS));
        assertTrue(r.isOpen(CLOSES.minusMillis(1)));
        assertFalse(r.isOpen(CLOSES));
    }

    @Test
    void aLotteryAwaitsItsDrawFromTheClosingUntilItIsDrawn() {
        EnrolmentRound r = round(RoundMode.LOTTERY);
        assertFalse(r.awaitingDraw(CLOSES.minusMillis(1)));
        assertTrue(r.awaitingDraw(CLOSES));
        r.drawn(20261124L, "city", CLOSES.plusSeconds(60));
        assertFalse(r.awaitingDraw(CLOSES.plusSeconds(120)));
        assertEquals(20261124L, r.seed());
        assertEquals(CLOSES.plusSeconds(60), r.drawnAt());
    }

    @Test
    void aLotteryIsNotDrawnWhileOpenNorTwice() {
        EnrolmentRound r = round(RoundMode.LOTTERY);
        DomainException open = assertThrows(DomainException.class, () -> r.drawn(1L, "city", CLOSES.minusMillis(1)));
        assertEquals("error.round.stillOpen", open.messageKey());
        assertEquals(List.of(CLOSES.toString()), open.args());
        assertNull(r.seed(), "a refused draw keeps no seed");

        r.drawn(20261124L, "city", CLOSES);
        DomainException twice = assertThrows(DomainException.class, () -> r.drawn(1L, "city", CLOSES.plusSeconds(1)));
        assertEquals("error.round.alreadyDrawn", twice.messageKey());
        assertEquals(List.of("20261124"), twice.args());
        assertEquals(20261124L, r.seed(), "the first seed stays");
    }

    @Test
    void aFirstComeRoundHasNoDraw() {
        EnrolmentRound r = round(RoundMode.FIRST_COME);
        assertFalse(r.awaitingDraw(CLOSES.plusSeconds(1)));
        DomainException e = assertThrows(DomainException.class, () -> r.drawn(1L, "city", CLOSES.plusSeconds(1)));
        assertEquals("error.round.notLottery", e.messageKey());
    }

    @Test
    void aRoundIsUpcomingOpenThenAwaitsItsDrawOrIsClosed() {
        EnrolmentRound lottery = round(RoundMode.LOTTERY);
        assertEquals(RoundState.UPCOMING, lottery.stateAt(OPENS.minusMillis(1)));
        assertEquals(RoundState.OPEN, lottery.stateAt(OPENS));
        assertEquals(RoundState.AWAITING_DRAW, lottery.stateAt(CLOSES));
        lottery.drawn(7L, "city", CLOSES.plusSeconds(1));
        assertEquals(RoundState.DRAWN, lottery.stateAt(CLOSES.plusSeconds(2)));
        assertEquals("city", lottery.drawnBy());
        EnrolmentRound firstCome = round(RoundMode.FIRST_COME);
        assertEquals(RoundState.OPEN, firstCome.stateAt(CLOSES.minusMillis(1)));
        assertEquals(RoundState.CLOSED, firstCome.stateAt(CLOSES));
    }
}
