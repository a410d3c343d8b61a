package cn.edu.ttms.it.container;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.edu.ttms.application.schedule.ScheduledRuns;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.UserTransaction;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The claim that makes scheduled work run once per cluster, on the real database: of several nodes whose
 * timers fire at the same moment, exactly one wins the day (each claim is its own transaction, as each
 * node's would be).
 */
@ExtendWith(ArquillianExtension.class)
class ScheduledRunsIT {

    private static final String JOB = "it-probe";

    @Inject
    ScheduledRuns runs;

    @Inject
    UserTransaction tx;

    @PersistenceContext(unitName = "ttms")
    EntityManager em;

    @BeforeEach
    void aJobOfItsOwn() throws Exception {
        tx.begin();
        em.createNativeQuery("DELETE FROM scheduled_run WHERE job = ?")
                .setParameter(1, JOB)
                .executeUpdate();
        em.createNativeQuery("INSERT INTO scheduled_run (job, run_on) VALUES (?, DATE '2000-01-01')")
                .setParameter(1, JOB)
                .executeUpdate();
        tx.commit();
    }

    @Test
    void ofNodesClaimingTheSameDayAtOnceExactlyOneWins() throws Exception {
        LocalDate day = LocalDate.of(2026, 12, 5);
        int nodes = 6;
        ExecutorService pool = Executors.newFixedThreadPool(nodes);
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<Boolean>> claims = new ArrayList<>();
            for (int i = 0; i < nodes; i++) {
                String node = "node-" + i;
                claims.add(pool.submit(() -> {
                    start.await();
                    return runs.claim(JOB, day, node);
                }));
            }
            start.countDown();
            int won = 0;
            for (Future<Boolean> claim : claims) {
                won += claim.get(30, TimeUnit.SECONDS) ? 1 : 0;
            }
            assertEquals(1, won, "one node runs the job");
        } finally {
            pool.shutdownNow();
        }
        assertFalse(runs.claim(JOB, day, "late-node"), "the day is taken");
        assertTrue(runs.claim(JOB, day.plusDays(1), "node-0"), "the next day is free again");
        Object[] row = (Object[]) em.createNativeQuery("SELECT run_on, node FROM scheduled_run WHERE job = ?")
                .setParameter(1, JOB)
                .getSingleResult();
        assertEquals(day.plusDays(1).toString(), row[0].toString());
        assertEquals("node-0", row[1]);
    }

    @Test
    void anUnknownJobIsNeverClaimed() {
        assertFalse(runs.claim("no-such-job", LocalDate.of(2026, 12, 5), "node-0"));
    }

    @Test
    void aOneOffClaimHoldsForItsTimeAndIsTakenOverAfter() throws Exception {
        assertTrue(runs.claimFor(JOB, java.time.Duration.ofMinutes(10), "node-a"), "the first node loads");
        assertFalse(runs.claimFor(JOB, java.time.Duration.ofMinutes(10), "node-b"), "the second skips meanwhile");
        Thread.sleep(1100); // the claim's time may be stored to the second
        assertTrue(
                runs.claimFor(JOB, java.time.Duration.ZERO, "node-c"),
                "a claim older than the hold belongs to a node that is gone: taken over");
        assertFalse(runs.claimFor("no-such-job", java.time.Duration.ZERO, "node-a"), "an unknown job");
    }
}
