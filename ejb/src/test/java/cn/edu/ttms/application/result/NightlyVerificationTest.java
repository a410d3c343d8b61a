package cn.edu.ttms.application.result;

import static org.junit.jupiter.api.Assertions.assertEquals;
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
        n.runs = (job, day, node) -> {
            claims.add(job + " " + day + " " + node);
            return wins;
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
}
