package cn.edu.ttms.infrastructure.persistence.jpa;

import cn.edu.ttms.infrastructure.persistence.datasource.DatabaseSettings;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.naming.InitialContext;
import javax.naming.NamingException;
import javax.sql.DataSource;
import org.eclipse.persistence.sessions.DatasourceLogin;
import org.eclipse.persistence.sessions.JNDIConnector;
import org.eclipse.persistence.sessions.Session;
import org.eclipse.persistence.sessions.SessionEvent;
import org.eclipse.persistence.sessions.SessionEventAdapter;

/**
 * Makes the application wait for its database instead of failing to deploy (installed by
 * {@link SessionSetup}).
 *
 * <p>The server validates the persistence unit while deploying, and EclipseLink logs in to the
 * database to do so: with the database down, the deployment would fail and never recover. This
 * customizer holds the login until the database answers, logging the URL (never the password)
 * and the cause every {@code app.db.retry-seconds} (30 s by default). Meanwhile the server answers
 * readiness DOWN; once the database is back the application starts by itself.
 */
public final class AwaitDatabaseAtLogin {

    private static final Logger LOG = Logger.getLogger(AwaitDatabaseAtLogin.class.getName());

    private AwaitDatabaseAtLogin() {}

    public static void install(Session session) {
        session.getEventManager().addListener(new SessionEventAdapter() {
            @Override
            public void preLogin(SessionEvent event) {
                if (event.getSession().getDatasourceLogin() instanceof DatasourceLogin login) {
                    await(login);
                }
            }
        });
    }

    private static void await(DatasourceLogin login) {
        DataSource dataSource = dataSourceOf(login);
        if (dataSource == null) {
            return; // not a JNDI data source: nothing to wait for
        }
        long retrySeconds = DatabaseSettings.value("app.db.retry-seconds")
                .map(Long::parseLong)
                .orElse(30L);
        for (int attempt = 1; ; attempt++) {
            try (Connection c = dataSource.getConnection()) {
                if (attempt > 1) {
                    LOG.info("Database answers now; the application continues to start.");
                }
                return;
            } catch (SQLException | RuntimeException e) {
                LOG.log(
                        Level.WARNING,
                        "Database unreachable (attempt {0}): {1}. Readiness stays DOWN; retrying in {2} s."
                                + " Check app.db.url, app.db.user and app.db.password (see README).",
                        new Object[] {attempt, describe(e), retrySeconds});
            }
            try {
                Thread.sleep(retrySeconds * 1000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while waiting for the database", e);
            }
        }
    }

    private static DataSource dataSourceOf(DatasourceLogin login) {
        if (!(login.getConnector() instanceof JNDIConnector connector)) {
            return null;
        }
        if (connector.getDataSource() != null) {
            return connector.getDataSource();
        }
        try {
            return (DataSource) new InitialContext().lookup(connector.getName());
        } catch (NamingException e) {
            return null;
        }
    }

    /** The cause chain in one line: the pool wraps the driver's useful message. */
    public static String describe(Throwable e) {
        StringBuilder out = new StringBuilder();
        for (Throwable t = e; t != null && out.length() < 600; t = t.getCause()) {
            if (t.getMessage() != null && !out.toString().contains(t.getMessage())) {
                out.append(out.length() == 0 ? "" : " <- ")
                        .append(t.getMessage().replaceAll("\\s+", " "));
            }
        }
        return DatabaseSettings.printable(out.toString());
    }
}
