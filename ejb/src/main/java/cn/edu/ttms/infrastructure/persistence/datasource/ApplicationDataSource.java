package cn.edu.ttms.infrastructure.persistence.datasource;

import java.util.List;
import javax.naming.InitialContext;
import javax.naming.NamingException;
import javax.sql.DataSource;

/**
 * Finds the application's data source for code that needs JDBC itself (Flyway, readiness): the
 * standalone WAR defines {@code java:app/jdbc/ttms}; on a full server the EAR uses the server's
 * {@code jdbc/ttms}, created by government IT with asadmin. The JPA persistence units name the same
 * two resources.
 */
public final class ApplicationDataSource {

    static final List<String> JNDI_NAMES = List.of(DatabaseSettings.JNDI_NAME, "jdbc/ttms");

    private ApplicationDataSource() {}

    public static DataSource lookup() {
        NamingException last = null;
        for (String name : JNDI_NAMES) {
            try {
                return (DataSource) new InitialContext().lookup(name);
            } catch (NamingException e) {
                last = e;
            }
        }
        throw new IllegalStateException(
                "No data source found under " + JNDI_NAMES
                        + ": on a full server, create the JDBC resource jdbc/ttms (see README)",
                last);
    }
}
