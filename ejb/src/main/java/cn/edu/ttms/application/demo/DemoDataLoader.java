package cn.edu.ttms.application.demo;

import cn.edu.ttms.application.audit.AuditActor;
import cn.edu.ttms.application.schedule.ScheduledRuns;
import cn.edu.ttms.application.startup.DatabaseReady;
import jakarta.annotation.Priority;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.Optional;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Loads the demo data of api.md once, when the database is ready: on by default on the embedded
 * database, off elsewhere ({@code app.demo-data}). Each part of the demo data has its own marker
 * in {@code system_setting}, written in the same transaction as the data, so a restart never loads
 * a part twice and an installation that gains a new part later gets just that part.
 *
 * <p>Nodes of a cluster that start together on a new database would load it side by side and collide; the node
 * that claims {@code scheduled_run} row {@value #JOB} loads it, and the others skip for {@link #HOLD} (a claim
 * older than that belongs to a node that is gone, and the next start takes over what it did not commit).
 */
@Stateless
public class DemoDataLoader {

    static final String MARKER_PREFIX = "demo-data.";
    static final String JOB = "demo-data";
    static final Duration HOLD = Duration.ofMinutes(10);
    private static final Logger LOG = Logger.getLogger(DemoDataLoader.class.getName());

    @Inject
    DemoStorage storage;

    @Inject
    ScheduledRuns runs;

    @Inject
    @ConfigProperty(name = "app.demo-data")
    Optional<Boolean> demoData;

    @Inject
    DemoOrganisations organisations;

    @Inject
    DemoTeachers teachers;

    @Inject
    DemoPlans plans;

    @Inject
    DemoEnrolments enrolments;

    @Inject
    DemoResults results;

    public void onDatabaseReady(@Observes @Priority(1000) DatabaseReady ready) {
        if (!demoData.orElse(ready.embedded())) {
            LOG.info("Demo data is off (app.demo-data=false).");
            return;
        }
        String node = ScheduledRuns.thisNode();
        if (!runs.claimFor(JOB, HOLD, node)) {
            LOG.info(() -> "Demo data: another node of the cluster has claimed the loading in the last "
                    + HOLD.toMinutes() + " minutes; " + node + " does not load it");
            return;
        }
        AuditActor.as("demo-data", () -> {
            load("organisations-and-accounts", organisations::load);
            load("teachers", teachers::load);
            load("plans", plans::load);
            load("enrolments", enrolments::load);
            load("results", results::load);
            return null;
        });
    }

    private void load(String part, Runnable loader) {
        String marker = MARKER_PREFIX + part;
        if (storage.isMarked(marker)) {
            LOG.info(() -> "Demo data '" + part + "' already loaded; not loading it again.");
            return;
        }
        loader.run();
        storage.mark(marker);
        LOG.info(() ->
                "Demo data '" + part + "' loaded (all demo accounts use the password " + DemoAccounts.PASSWORD + ").");
    }

    /** Whether a part is marked loaded: used by tests that prove the demo data loads only once. */
    public boolean isLoaded(String part) {
        return storage.isMarked(MARKER_PREFIX + part);
    }
}
