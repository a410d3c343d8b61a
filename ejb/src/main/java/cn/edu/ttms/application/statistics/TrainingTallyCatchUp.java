package cn.edu.ttms.application.statistics;

import cn.edu.ttms.application.startup.DatabaseReady;
import jakarta.annotation.Priority;
import jakarta.annotation.Resource;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.Timeout;
import jakarta.ejb.TimerConfig;
import jakarta.ejb.TimerService;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Recounts the marked training sums (V30) in the background, every {@code app.training-tally.catch-up-seconds}
 * (60 by default; 0: only before reports), so that a report rarely finds much to recount first; and once at
 * start-up, after the demo data and the compliance standings, so that a database migrated to V30 (whose one mark
 * asks for every year) is counted before the application takes requests. Every node of a cluster runs it; the
 * recount lock takes them in turn, and a node that finds nothing marked does nothing.
 */
@Singleton
@Startup
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class TrainingTallyCatchUp {

    private static final Logger LOG = Logger.getLogger(TrainingTallyCatchUp.class.getName());

    @Inject
    TrainingTallies tallies;

    @Inject
    @ConfigProperty(name = "app.training-tally.catch-up-seconds", defaultValue = "60")
    long seconds;

    @Resource
    TimerService timers;

    /** After the demo data (1000) and the first build of the compliance standings (2000). */
    public void onDatabaseReady(@Observes @Priority(2500) DatabaseReady ready) {
        run();
        if (seconds > 0) {
            timers.createIntervalTimer(
                    seconds * 1000, seconds * 1000, new TimerConfig("recount of the marked training sums", false));
        }
    }

    @Timeout
    void run() {
        try {
            TrainingTally.Recount r = tallies.catchUp();
            if (r.marks() > 0) {
                LOG.fine(() ->
                        "Training tally: " + r.marks() + " marks, " + r.slices() + " slices in " + r.tookMs() + " ms");
            }
        } catch (RuntimeException e) {
            // the next run, or the next report, tries again: the marks stay until a recount succeeds
            LOG.log(Level.WARNING, "Training tally: the recount failed", e);
        }
    }
}
