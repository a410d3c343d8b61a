package cn.edu.ttms.infrastructure.persistence.migration;

import cn.edu.ttms.application.startup.DatabaseReady;
import cn.edu.ttms.infrastructure.persistence.datasource.ApplicationDataSource;
import cn.edu.ttms.infrastructure.persistence.datasource.DatabaseSettings;
import cn.edu.ttms.infrastructure.persistence.jpa.ConnectWhenTheDatabaseAnswers;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.EJBException;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.Timeout;
import jakarta.ejb.TimerConfig;
import jakarta.ejb.TimerService;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Collectors;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;
import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.api.MigrationInfoService;
import org.flywaydb.core.api.MigrationState;
import org.flywaydb.core.api.output.MigrateResult;

/**
 * Brings the schema up to date at start-up with Flyway, the only way the schema ever changes.
 *
 * <p>Failure is handled as government IT needs it: an unreachable database leaves readiness DOWN
 * and is retried every {@code app.db.retry-seconds} (30 s by default; logged with the URL, never the
 * password) instead of killing the process, spinning or holding the deployment; a migration that
 * fails stops the deployment, naming the migration and the SQL error. Once the database answers and
 * the schema is current, EclipseLink's connection pools are started ({@link
 * ConnectWhenTheDatabaseAnswers}), then the start-up tasks run.
 */
@Startup
@Singleton
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@TransactionManagement(TransactionManagementType.BEAN)
public class DatabaseMigration {

    static final long DEFAULT_RETRY_SECONDS = 30;
    private static final Logger LOG = Logger.getLogger(DatabaseMigration.class.getName());

    private DataSource dataSource;

    @Resource
    private TimerService timers;

    @Inject
    private Event<DatabaseReady> ready;

    /**
     * Static so that the web's gate can read it without calling the singleton, which the container may
     * hold or refuse while its start-up (the migration itself) runs.
     */
    private static volatile DatabaseState state = DatabaseState.STARTING;

    private volatile String problem;
    private volatile String schemaVersion;
    private volatile String database;
    private long retrySeconds = DEFAULT_RETRY_SECONDS;
    private int attempts;

    @PostConstruct
    void start() {
        dataSource = ApplicationDataSource.lookup();
        retrySeconds = DatabaseSettings.value("app.db.retry-seconds")
                .map(Long::parseLong)
                .filter(seconds -> seconds > 0)
                .orElse(DEFAULT_RETRY_SECONDS);
        attempt();
    }

    @Timeout
    void retry() {
        attempt();
    }

    private void attempt() {
        attempts++;
        if (!connects()) {
            timers.createSingleActionTimer(retrySeconds * 1000L, new TimerConfig("database-retry", false));
            return;
        }
        try {
            Optional<String> newer = migrate();
            if (newer.isPresent()) {
                state = DatabaseState.SCHEMA_NEWER;
                problem = newer.get();
                LOG.log(Level.SEVERE, "This node does not serve: {0}", problem);
                return;
            }
        } catch (FlywayException e) {
            state = DatabaseState.MIGRATION_FAILED;
            problem = e.getMessage();
            LOG.log(Level.SEVERE, "Database migration failed; the application does not start.\n{0}", e.getMessage());
            throw new EJBException("Database migration failed: " + e.getMessage(), e);
        }
        try {
            ConnectWhenTheDatabaseAnswers.connectAll();
        } catch (RuntimeException e) {
            unreachable(e); // it went away again between the migration and now
            timers.createSingleActionTimer(retrySeconds * 1000L, new TimerConfig("database-retry", false));
            return;
        }
        if (attempts > 1) {
            LOG.info("Database answers now; the application continues to start.");
        }
        state = DatabaseState.STARTING;
        problem = null;
        try {
            ready.fire(new DatabaseReady(DatabaseSettings.isEmbedded(database)));
        } catch (RuntimeException e) {
            // The schema is fine; a start-up task (e.g. demo data) is not. Keep serving, say so loudly.
            LOG.log(Level.SEVERE, "A start-up task after the migration failed", e);
        }
        // Ready only now: a balancer that sends a request the moment readiness is UP must find the first
        // administrator and the signing authority in place (the start-up tasks above made them).
        state = DatabaseState.READY;
    }

    private boolean connects() {
        try (Connection c = dataSource.getConnection()) {
            DatabaseMetaData meta = c.getMetaData();
            database = meta.getURL();
            LOG.log(Level.INFO, "Database: {0} ({1} {2}, user {3})", new Object[] {
                DatabaseSettings.printable(meta.getURL()), meta.getDatabaseProductName(),
                meta.getDatabaseProductVersion(), meta.getUserName()
            });
            if (!DatabaseSettings.isEmbedded(database)) {
                ClockSkew.check(c).ifPresent(skew -> LOG.warning("Clock: " + skew));
            }
            return true;
        } catch (SQLException | RuntimeException e) {
            unreachable(e);
            return false;
        }
    }

    private void unreachable(Exception e) {
        state = DatabaseState.UNREACHABLE;
        problem = ConnectWhenTheDatabaseAnswers.describe(e);
        LOG.log(
                Level.WARNING,
                "Database unreachable (attempt {0}): {1}. Readiness stays DOWN; retrying in {2} s."
                        + " Set app.db.url, app.db.user and app.db.password (see README).",
                new Object[] {attempts, problem, retrySeconds});
    }

    /** Migrates; what is wrong when the database is newer than this release, else empty. */
    private Optional<String> migrate() {
        Flyway flyway = Flyway.configure(DatabaseMigration.class.getClassLoader())
                .dataSource(dataSource)
                .locations("classpath:db/migration")
                .failOnMissingLocations(true)
                .load();
        MigrateResult result = flyway.migrate();
        schemaVersion = flyway.info().current() == null
                ? "none"
                : flyway.info().current().getVersion().getVersion();
        String applied = result.migrations.isEmpty()
                ? "none (schema already current)"
                : result.migrations.stream()
                        .map(m -> "V" + m.version + " " + m.description)
                        .collect(Collectors.joining(", "));
        LOG.log(Level.INFO, "Migrations applied: {0}; schema version {1}", new Object[] {applied, schemaVersion});
        return newerThanThisRelease(flyway.info());
    }

    /**
     * Migrations in the database that this release does not have ("future" to Flyway, which by default lets them
     * pass): the database was upgraded by a newer release, and this one must not write to it.
     */
    static Optional<String> newerThanThisRelease(MigrationInfoService info) {
        MigrationInfo[] future = Arrays.stream(info.all())
                .filter(m ->
                        m.getState() == MigrationState.FUTURE_SUCCESS || m.getState() == MigrationState.FUTURE_FAILED)
                .toArray(MigrationInfo[]::new);
        if (future.length == 0) {
            return Optional.empty();
        }
        String known = Arrays.stream(info.all())
                .filter(m -> m.getVersion() != null
                        && m.getState() != MigrationState.FUTURE_SUCCESS
                        && m.getState() != MigrationState.FUTURE_FAILED)
                .map(m -> m.getVersion().getVersion())
                .reduce((a, b) -> b)
                .orElse("none");
        String found = future[future.length - 1].getVersion().getVersion();
        return Optional.of("the database is at schema version " + found
                + ", newer than this release knows (up to " + known
                + "): a newer release upgraded it. Run that release on every node (or restore a backup taken"
                + " before the upgrade).");
    }

    public DatabaseState state() {
        return state;
    }

    /** Where the start-up stands, read without going through the container (see {@link #state}). */
    public static DatabaseState stateNow() {
        return state;
    }

    public String problem() {
        return problem;
    }

    public String schemaVersion() {
        return schemaVersion;
    }
}
