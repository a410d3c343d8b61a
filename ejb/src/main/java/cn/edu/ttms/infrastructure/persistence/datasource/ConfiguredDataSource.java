package cn.edu.ttms.infrastructure.persistence.datasource;

import java.io.PrintWriter;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.util.Properties;
import java.util.logging.Logger;
import javax.sql.DataSource;

/**
 * The data source class behind the standalone application's {@code @DataSourceDefinition}: it
 * connects to the URL given by configuration ({@code app.db.url}), or to the embedded H2
 * database on disk when none is given. The container's pool wraps it, so this class only opens
 * physical connections.
 *
 * <p>One class serves both databases so that pointing the same build at MySQL is a matter of
 * setting {@code app.db.url}, without also naming a driver class.
 */
public class ConfiguredDataSource implements DataSource {

    private static final int DEFAULT_CONNECT_TIMEOUT_MS = 10_000;

    /**
     * Connector/J's usual production settings (docs/benchmarks.md, "Opening rush"; a setting in
     * {@code app.db.url} wins): no round trip to re-send session state the driver already knows, SQL
     * parsed once per connection and statement, server settings read once, batches rewritten into
     * multi-row INSERTs, and no OpenTelemetry span per statement (the server ships the API, so the
     * driver would otherwise make one).
     */
    static final java.util.Map<String, String> MYSQL_PERFORMANCE = java.util.Map.of(
            "useLocalSessionState", "true",
            "cachePrepStmts", "true",
            "prepStmtCacheSize", "250",
            "prepStmtCacheSqlLimit", "2048",
            "cacheServerConfiguration", "true",
            "cacheResultSetMetadata", "true",
            "maintainTimeStats", "false",
            "rewriteBatchedStatements", "true",
            "openTelemetry", "DISABLED");

    private String url;
    private String user;
    private String password;
    private int loginTimeout;
    private PrintWriter logWriter;

    public ConfiguredDataSource() {
        this.url = DatabaseSettings.configuredUrl().orElseGet(DatabaseSettings::embeddedUrl);
        this.user = DatabaseSettings.value("app.db.user").orElse(DatabaseSettings.isEmbedded(url) ? "sa" : null);
        this.password = DatabaseSettings.value("app.db.password").orElse("");
    }

    // The pool sets the annotation's values through these setters; blank means "keep the default".

    public void setUrl(String url) {
        if (url != null && !url.isBlank() && !url.startsWith("${")) {
            this.url = url.strip();
        }
    }

    public void setURL(String url) {
        setUrl(url);
    }

    public void setUser(String user) {
        if (user != null && !user.isBlank() && !user.startsWith("${")) {
            this.user = user.strip();
        }
    }

    public void setPassword(String password) {
        if (password != null && !password.isEmpty() && !password.startsWith("${")) {
            this.password = password;
        }
    }

    public String getUrl() {
        return url;
    }

    public String getUser() {
        return user;
    }

    @Override
    public Connection getConnection() throws SQLException {
        return getConnection(user, password);
    }

    @Override
    public Connection getConnection(String username, String pass) throws SQLException {
        Properties props = new Properties();
        if (username != null) {
            props.setProperty("user", username);
        }
        props.setProperty("password", pass == null ? "" : pass);
        if (url.startsWith("jdbc:mysql:") || url.startsWith("jdbc:mariadb:")) {
            props.putIfAbsent("connectTimeout", String.valueOf(DEFAULT_CONNECT_TIMEOUT_MS));
            props.putIfAbsent("characterEncoding", "UTF-8");
            props.putIfAbsent("connectionCollation", "utf8mb4_unicode_ci");
            String query = url.contains("?") ? url.substring(url.indexOf('?')) : "";
            MYSQL_PERFORMANCE.forEach((key, value) -> {
                if (!query.contains(key + "=")) {
                    props.putIfAbsent(key, value);
                }
            });
        }
        try {
            return driverFor(url).connect(url, props);
        } catch (SQLException e) {
            throw new SQLException(
                    "Cannot connect to " + DatabaseSettings.printable(url) + " as " + username + ": " + e.getMessage(),
                    e.getSQLState(),
                    e.getErrorCode(),
                    e);
        }
    }

    /**
     * Finds the driver through the application's class loader: DriverManager alone would not see
     * a driver packaged inside the application.
     */
    private static java.sql.Driver driverFor(String url) throws SQLException {
        String className = url.startsWith("jdbc:h2:") ? "org.h2.Driver" : "com.mysql.cj.jdbc.Driver";
        try {
            ClassLoader loader = ConfiguredDataSource.class.getClassLoader();
            return (java.sql.Driver) Class.forName(className, true, loader)
                    .getDeclaredConstructor()
                    .newInstance();
        } catch (ReflectiveOperationException e) {
            return DriverManager.getDriver(url);
        }
    }

    @Override
    public PrintWriter getLogWriter() {
        return logWriter;
    }

    @Override
    public void setLogWriter(PrintWriter out) {
        this.logWriter = out;
    }

    @Override
    public void setLoginTimeout(int seconds) {
        this.loginTimeout = seconds;
    }

    @Override
    public int getLoginTimeout() {
        return loginTimeout;
    }

    @Override
    public Logger getParentLogger() throws SQLFeatureNotSupportedException {
        throw new SQLFeatureNotSupportedException();
    }

    @Override
    public <T> T unwrap(Class<T> iface) throws SQLException {
        if (iface.isInstance(this)) {
            return iface.cast(this);
        }
        throw new SQLException("not a wrapper for " + iface);
    }

    @Override
    public boolean isWrapperFor(Class<?> iface) {
        return iface.isInstance(this);
    }
}
