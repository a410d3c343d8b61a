package cn.edu.ttms.application.result;

import cn.edu.ttms.application.audit.AuditActor;
import cn.edu.ttms.application.schedule.ScheduledRuns;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.ScheduleExpression;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.Timeout;
import jakarta.ejb.TimerConfig;
import jakarta.ejb.TimerService;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Verifies every signed batch each night (issue "Results…", item 5): a row changed straight in the
 * database is found even if nobody opens its batch. One transaction per batch; a run already under
 * way is not started twice on this node. Timers are not persistent, so that no server needs a timer
 * database; on a cluster every node's timer fires, and the first to claim the day in the database runs the
 * verification ({@link ScheduledRuns}) while the others skip it.
 *
 * <p>When it runs is {@code app.verification.schedule}: second, minute and hour as in an EJB schedule
 * ({@code 0 30 2}, 02:30, by default), so that a bureau can move it out of its own night jobs, and so that
 * the cluster test can watch two nodes race for the same day within seconds.
 */
@Singleton
@Startup
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class NightlyVerification {

    private static final Logger LOG = Logger.getLogger(NightlyVerification.class.getName());

    /** The row of {@code scheduled_run} (V22) that makes the nightly run once per cluster. */
    static final String JOB = "nightly-verification";

    @Inject
    VerificationRun run;

    @Inject
    ScheduledRuns runs;

    @Inject
    @ConfigProperty(name = "app.verification.schedule", defaultValue = "0 30 2")
    String schedule;

    @Resource
    TimerService timers;

    private final AtomicBoolean running = new AtomicBoolean();

    /**
     * What one run found, and how long it took. {@code failed} counts the batches whose check broke off
     * (logged): every batch is in exactly one count, so none silently drops out of the totals.
     */
    public record Outcome(int batches, int valid, int tampered, int unsigned, int failed, long millis)
            implements Serializable {}

    @PostConstruct
    void schedule() {
        timers.createCalendarTimer(
                expression(schedule), new TimerConfig("nightly verification of signed results", false));
    }

    /** {@code "second minute hour"}, each field as in an EJB schedule ({@code *}, lists, ranges, steps). */
    static ScheduleExpression expression(String schedule) {
        String[] fields = schedule == null ? new String[0] : schedule.strip().split("\\s+");
        if (fields.length != 3) {
            throw new IllegalArgumentException("app.verification.schedule must be \"second minute hour\", e.g."
                    + " \"0 30 2\" for 02:30; it is \"" + schedule + "\"");
        }
        return new ScheduleExpression().second(fields[0]).minute(fields[1]).hour(fields[2]);
    }

    @Timeout
    void nightly() {
        String node = node();
        if (!runs.claim(JOB, LocalDate.now(), node)) {
            LOG.info(() -> "Nightly verification: already run today on this cluster; " + node + " skips it");
            return;
        }
        LOG.info(() -> "Nightly verification: " + node + " runs it for " + LocalDate.now());
        Outcome outcome = AuditActor.as(VerificationRun.ACTOR, this::verifyAll);
        if (outcome != null) {
            LOG.info("Nightly verification: " + outcome);
        }
    }

    /** Runs the nightly verification now (an administrator's button, and the benchmark). */
    @RolesAllowed("ADMIN")
    public Outcome runNow() {
        return AuditActor.as(VerificationRun.ACTOR, this::verifyAll);
    }

    /** This node, as the administrator finds it in the log and in {@code scheduled_run.node}. */
    static String node() {
        return ScheduledRuns.thisNode();
    }

    private Outcome verifyAll() {
        if (!running.compareAndSet(false, true)) {
            return null;
        }
        try {
            long start = System.nanoTime();
            int valid = 0;
            int tampered = 0;
            int unsigned = 0;
            int failed = 0;
            var ids = run.signedBatches();
            for (long id : ids) {
                try {
                    var found = run.check(id);
                    if (found.isPresent()) {
                        switch (found.get().status()) {
                            case "VALID" -> valid++;
                            case "TAMPERED" -> tampered++;
                            default -> unsigned++;
                        }
                    } else {
                        failed++; // gone since the list was read
                    }
                } catch (RuntimeException e) {
                    failed++;
                    LOG.log(Level.WARNING, "Verification of batch " + id + " failed", e);
                }
            }
            return new Outcome(ids.size(), valid, tampered, unsigned, failed, (System.nanoTime() - start) / 1_000_000);
        } finally {
            running.set(false);
        }
    }
}
