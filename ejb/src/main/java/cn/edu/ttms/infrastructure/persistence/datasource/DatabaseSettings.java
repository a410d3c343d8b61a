package cn.edu.ttms.infrastructure.persistence.datasource;

import java.nio.file.Path;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Where the database is, from the configuration keys of api.md ({@code app.db.url},
 * {@code app.db.user}, {@code app.db.password}, {@code app.data.dir}). Read from system properties
 * and environment variables directly because the connection pool builds its data source before
 * the application's MicroProfile Config is reachable from the pool's threads.
 *
 * <p>Without {@code app.db.url} the application runs on an embedded H2 database on disk under
 * {@code app.data.dir}, in MySQL mode, so that the same migrations run there and on MySQL.
 */
public final class DatabaseSettings {

    /** The application's data source, defined by the standalone WAR or created by asadmin. */
    public static final String JNDI_NAME = "java:app/jdbc/ttms";

    private static final Pattern PASSWORD_PARAM = Pattern.compile("(?i)(password|pwd)=[^&;]*");

    private DatabaseSettings() {}

    /** A configuration value: system property {@code key}, or the environment variable KEY_WITH_UNDERSCORES. */
    public static Optional<String> value(String key) {
        String value = System.getProperty(key);
        if (value == null || value.isBlank()) {
            value = System.getenv(key.toUpperCase().replaceAll("[^A-Z0-9]", "_"));
        }
        return value == null || value.isBlank() ? Optional.empty() : Optional.of(value.strip());
    }

    public static Path dataDirectory() {
        return value("app.data.dir")
                .map(Path::of)
                .orElseGet(() -> Path.of(System.getProperty("user.home"), "ttms-data"))
                .toAbsolutePath();
    }

    /** The embedded database's URL: H2 in MySQL mode, on disk, several connections allowed. */
    public static String embeddedUrl() {
        Path file = dataDirectory().resolve("db").resolve("ttms");
        return "jdbc:h2:file:" + file + ";MODE=MySQL;DATABASE_TO_LOWER=TRUE;CASE_INSENSITIVE_IDENTIFIERS=TRUE"
                + ";NON_KEYWORDS=VALUE,YEAR,MONTH,DAY,USER;DB_CLOSE_ON_EXIT=FALSE";
    }

    public static Optional<String> configuredUrl() {
        return value("app.db.url");
    }

    public static boolean isEmbedded(String url) {
        return url == null || url.startsWith("jdbc:h2:");
    }

    /** The URL as it may be logged: any password parameter is masked. */
    public static String printable(String url) {
        return url == null ? "(none)" : PASSWORD_PARAM.matcher(url).replaceAll("$1=****");
    }
}
