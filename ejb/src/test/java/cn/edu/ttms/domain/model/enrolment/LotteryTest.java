package cn.edu.ttms.domain.model.enrolment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.edu.ttms.domain.model.shared.DomainException;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;

/** The lottery is a reproducible permutation of its entries; a round is drawn once, after its window. */
class LotteryTest {

    private static final List<Long> ENTRIES =
            LongStream.rangeClosed(101, 160).boxed().toList();

    @Test
    void theSameSeedGivesTheSameOrderWhateverOrderTheEntriesComeIn() {
        List<Long> once = Lottery.order(ENTRIES, 20261124L);
        List<Long> shuffledInput = new java.util.ArrayList<>(ENTRIES);
        java.util.Collections.reverse(shuffledInput);
        assertEquals(once, Lottery.order(shuffledInput, 20261124L));
        assertEquals(new HashSet<>(ENTRIES), new HashSet<>(once), "every entry exactly once");
        assertEquals(ENTRIES.size(), once.size());
        assertNotEquals(once, Lottery.order(ENTRIES, 20261125L), "another seed, another order");
        assertNotEquals(ENTRIES, once, "not the order of arrival");
    }

    @Test
    void theOrderIsFixedByThePlatformsSpecifiedAlgorithms() {
        // Random(seed) and Collections.shuffle are specified by the platform: this order is the same on any JVM
        assertEquals(List.of(2L, 3L, 4L, 5L, 1L), Lottery.order(List.of(1L, 2L, 3L, 4L, 5L), 42L));
    }

    @Test
    void aRoundIsDrawnOnceAndOnlyAfterItsWindow() {
        Instant opens = Instant.parse("2026-03-01T00:00:00Z");
        Instant closes = Instant.parse("2026-03-02T00:00:00Z");
        EnrolmentRound round = new EnrolmentRound(1, 1, RoundMode.LOTTERY, opens, closes);
        assertTrue(round.isOpen(opens));
        assertTrue(round.awaitingDraw(closes));
        DomainException early = assertThrows(DomainException.class, () -> round.drawn(7, "city", opens));
        assertEquals("error.round.stillOpen", early.messageKey());
        round.drawn(7, "city", closes);
        assertEquals(7L, round.seed());
        assertEquals(
                "error.round.alreadyDrawn",
                assertThrows(DomainException.class, () -> round.drawn(8, "city", closes))
                        .messageKey());
        assertThrows(DomainException.class, () -> new EnrolmentRound(1, 2, RoundMode.LOTTERY, closes, opens));
    }
}
