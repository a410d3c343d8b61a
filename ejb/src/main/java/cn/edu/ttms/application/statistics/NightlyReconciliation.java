package cn.edu.ttms.application.statistics;

import cn.edu.ttms.application.audit.AuditActor;
import cn.edu.ttms.application.schedule.ScheduledRuns;
import cn.edu.ttms.application.startup.DatabaseReady;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.Priority;
import jakarta.annotation.Resource;
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
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.LocalDate;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Keeps the compliance standings and the kept training sums exact (issue 19, item 5). Each night a full reconciliation recomputes every
 * teacher and fixes what differs — what a change of date alone changes (a new year becomes due, a policy
 * version comes into force) and anything written past the application. On a cluster every node's timer
 * fires and the node that claims the day in {@code scheduled_run} runs it, as {@code NightlyVerification}
 * does. When is {@code app.compliance-reconciliation.schedule} ("second minute hour", {@code 0 15 3} by
 * default).
 *
 * <p>At start-up, after the demo data ({@code @Priority} 2000 &gt; 1000), the standings are built once for
 * a database that has never had them (the V25 migration leaves the table empty): the node that claims
 * {@code scheduled_run} row {@value #BUILT} builds them before the application takes requests, so the
 * figures are right as soon as it answers.
 */
@Singleton
@Startup
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class NightlyReconciliation {

    private static final Logger LOG = Logger.getLogger(NightlyReconciliation.class.getName());

    static final String JOB = "compliance-reconciliation";
    static final String BUILT = "compliance-standings-built";

    /** A claim of {@value #BUILT} never expires: the first build happens once. */
    private static final Duration FOREVER = Duration.ofDays(365L * 40);

    static final String ACTOR = "compliance-reconciliation";

    @Inject
    Reconciler reconciler;

    @Inject
    ScheduledRuns runs;

    @Inject
    TrainingTallies tallies;

    @Inject
    @ConfigProperty(name = "app.compliance-reconciliation.schedule", defaultValue = "0 15 3")
    String schedule;

    @Resource
    TimerService timers;

    @PostConstruct
    void schedule() {
        timers.createCalendarTimer(
                expression(schedule), new TimerConfig("nightly reconciliation of compliance standings", false));
    }

    static ScheduleExpression expression(String schedule) {
        String[] fields = schedule == null ? new String[0] : schedule.strip().split("\\s+");
        if (fields.length != 3) {
            throw new IllegalArgumentException(
                    "app.compliance-reconciliation.schedule must be \"second minute hour\", e.g. \"0 15 3\"; it is \""
                            + schedule + "\"");
        }
        return new ScheduleExpression().second(fields[0]).minute(fields[1]).hour(fields[2]);
    }

    @Timeout
    void nightly() {
        String node = ScheduledRuns.thisNode();
        if (!runs.claim(JOB, LocalDate.now(), node)) {
            LOG.info(() -> "Compliance reconciliation: already run today on this cluster; " + node + " skips it");
            return;
        }
        try {
            AuditActor.as(ACTOR, () -> reconciler.run(null));
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Compliance reconciliation failed", e);
        }
        try {
            // the kept training sums too (V30): every year recounted in full, what differs rewritten
            TrainingTally.Recount r = tallies.reconcile(true, null);
            LOG.info(() -> "Training tally reconciliation: " + r.slices() + " slices, " + r.differences()
                    + " differences fixed, " + r.tookMs() + " ms");
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Training tally reconciliation failed", e);
        }
    }

    /** The first build, once per database, after the demo data (which observes the same event first). */
    public void onDatabaseReady(@Observes @Priority(2000) DatabaseReady ready) {
        String node = ScheduledRuns.thisNode();
        if (!runs.claimFor(BUILT, FOREVER, node)) {
            return;
        }
        LOG.info(() -> "Compliance standings: first build on " + node);
        AuditActor.as(ACTOR, () -> reconciler.run(null));
    }
}
