package cn.edu.ttms.infrastructure.persistence.jpa;

import cn.edu.ttms.infrastructure.persistence.datasource.DatabaseSettings;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.naming.InitialContext;
import javax.naming.NamingException;
import javax.sql.DataSource;
import org.eclipse.persistence.internal.jpa.EntityManagerFactoryProvider;
import org.eclipse.persistence.internal.jpa.EntityManagerSetupImpl;
import org.eclipse.persistence.sessions.DatasourceLogin;
import org.eclipse.persistence.sessions.JNDIConnector;
import org.eclipse.persistence.sessions.Session;
import org.eclipse.persistence.sessions.SessionEvent;
import org.eclipse.persistence.sessions.SessionEventAdapter;
import org.eclipse.persistence.sessions.server.ServerSession;

/**
 * Lets the application deploy while its database is down, and connects EclipseLink once the
 * database answers (installed by {@link SessionSetup}).
 *
 * <p>While deploying, the full Payara Server and GlassFish validate the persistence unit by
 * creating an entity manager, and EclipseLink logs in to the database to do so: a database that is
 * down either failed the deployment for good or, when the login waited, held {@code asadmin
 * deploy} until it came back. So the login is made without a connection (what EclipseLink does
 * for script-only schema generation; the schema is Flyway's, never EclipseLink's), and the
 * session's connection pools are started here: at once when the database answers at login, else
 * by {@link #connectAll()} when the start-up migration finally reaches it. Until then readiness is
 * DOWN and an entity manager fails with EclipseLink's "log in before allocating client sessions".
 */
public final class ConnectWhenTheDatabaseAnswers {

    private static final Logger LOG = Logger.getLogger(ConnectWhenTheDatabaseAnswers.class.getName());

    /** The sessions of this application whose pools may still wait for the database. */
    private static final List<ServerSession> SESSIONS = new CopyOnWriteArrayList<>();

    private ConnectWhenTheDatabaseAnswers() {}

    public static void install(Session session) {
        if (!(session instanceof ServerSession server)) {
            return;
        }
        EntityManagerSetupImpl setup = setupOf(session);
        if (setup == null) {
            // not deployed through JPA's provider: keep EclipseLink's own login, which connects
            LOG.fine("No JPA set-up for session " + session.getName() + "; it logs in with a connection");
            return;
        }
        setup.setRequiresConnection(false);
        // Without a connection EclipseLink takes the database platform from these (it would otherwise
        // open a connection to read them): the same MySQL platform as persistence.xml's target-database.
        session.setProperty("jakarta.persistence.database-product-name", "MySQL");
        session.setProperty("jakarta.persistence.database-major-version", "8");
        session.setProperty("jakarta.persistence.database-minor-version", "0");
        SESSIONS.add(server);
        session.getEventManager().addListener(new SessionEventAdapter() {
            @Override
            public void postLogin(SessionEvent event) {
                if (answers(server)) {
                    connect(server, false);
                }
            }

            @Override
            public void postLogout(SessionEvent event) {
                SESSIONS.remove(server);
            }
        });
    }

    /** EclipseLink's JPA set-up of the session, or null where the server hides EclipseLink's internals. */
    private static EntityManagerSetupImpl setupOf(Session session) {
        try {
            return EntityManagerFactoryProvider.getEntityManagerSetupImpl(session.getName());
        } catch (LinkageError | RuntimeException e) {
            LOG.log(
                    Level.WARNING,
                    "EclipseLink's JPA set-up is not visible here ({0}): the application needs its"
                            + " database while it is deployed",
                    e.toString());
            return null;
        }
    }

    /**
     * Starts the connection pools of every session still without them; called once the database
     * answers. A failure here is the database's, and is thrown: the caller retries.
     */
    public static void connectAll() {
        for (ServerSession session : SESSIONS) {
            connect(session, true);
        }
    }

    private static void connect(ServerSession session, boolean mustSucceed) {
        synchronized (session) {
            if (session.isConnected()) {
                return;
            }
            try {
                session.connect();
                LOG.fine("EclipseLink session " + session.getName() + " connected");
            } catch (RuntimeException e) {
                if (mustSucceed) {
                    throw e;
                }
                LOG.log(
                        Level.INFO,
                        "The database does not answer yet ({0}); the application is deployed and connects"
                                + " when it does.",
                        describe(e));
            }
        }
    }

    /**
     * Whether the session's data source hands out a connection now. Asked first so that a database
     * that is down is one line of ours at INFO, not EclipseLink's SEVERE stack trace from its pool.
     */
    private static boolean answers(ServerSession session) {
        DataSource dataSource = dataSourceOf(session.getLogin());
        if (dataSource == null) {
            return true; // not a JNDI data source: let EclipseLink try
        }
        try (Connection c = dataSource.getConnection()) {
            return true;
        } catch (SQLException | RuntimeException e) {
            LOG.log(
                    Level.INFO,
                    "The database does not answer yet ({0}); the application is deployed and connects when it"
                            + " does.",
                    describe(e));
            return false;
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
