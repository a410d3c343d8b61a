package cn.edu.ttms.application.result;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The nightly timer fires on every node of a cluster; only the node that claims the day verifies. */
class NightlyVerificationTest {

    private final List<String> claims = new ArrayList<>();
    private int listed;

    private NightlyVerification node(boolean wins) {
        NightlyVerification n = new NightlyVerification();
        n.runs = new cn.edu.ttms.application.schedule.ScheduledRuns() {
            @Override
            public boolean claim(String job, LocalDate day, String node) {
                claims.add(job + " " + day + " " + node);
                return wins;
            }

            @Override
            public boolean claimFor(String job, java.time.Duration hold, String node) {
                throw new AssertionError("the nightly run claims its day");
            }
        };
        n.run = new VerificationRun() {
            @Override
            public List<Long> signedBatches() {
                listed++;
                return List.of();
            }

            @Override
            public Optional<BatchVerification> check(long batchId) {
                throw new AssertionError("no batches were listed");
            }
        };
        return n;
    }

    @Test
    void theNodeThatClaimsTheDayVerifies() {
        node(true).nightly();
        assertEquals(1, listed);
        assertEquals(1, claims.size());
        assertTrue(claims.get(0).startsWith(NightlyVerification.JOB + " " + LocalDate.now() + " "), claims.get(0));
    }

    @Test
    void aNodeThatLosesTheClaimDoesNotVerify() {
        node(false).nightly();
        assertEquals(0, listed, "the other node has run it");
        assertEquals(1, claims.size());
    }

    @Test
    void theNodeNamesItsHostAndProcess() {
        assertTrue(NightlyVerification.node()
                .endsWith("/" + ProcessHandle.current().pid()));
    }

    @Test
    void theScheduleIsSecondMinuteHour() {
        var nightly = NightlyVerification.expression("0 30 2");
        assertEquals("0", nightly.getSecond());
        assertEquals("30", nightly.getMinute());
        assertEquals("2", nightly.getHour());
        var often = NightlyVerification.expression(" */5  *  * ");
        assertEquals("*/5", often.getSecond());
        assertEquals("*", often.getHour());
    }

    @Test
    void aScheduleOfAnotherShapeSaysWhatItShouldBe() {
        var e = assertThrows(IllegalArgumentException.class, () -> NightlyVerification.expression("02:30"));
        assertTrue(e.getMessage().contains("second minute hour"), e.getMessage());
    }
}
