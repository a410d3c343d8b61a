package cn.edu.ttms.it;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * The MariaDB test database that .ci/run creates (user and database {@code ttms_test}). Dropped and
 * created afresh once per test run, before the application is deployed, so that every run starts
 * from the migrations and the demo data.
 */
public final class TestDatabase {

    private TestDatabase() {}

    public static String url() {
        return System.getProperty("test.db.url");
    }

    public static Connection connect() throws SQLException {
        return DriverManager.getConnection(
                url(), System.getProperty("test.db.user"), System.getProperty("test.db.password"));
    }

    public static void recreate() {
        String name = System.getProperty("test.db.name");
        try (Connection c = DriverManager.getConnection(
                        System.getProperty("test.db.admin.url"),
                        System.getProperty("test.db.user"),
                        System.getProperty("test.db.password"));
                Statement s = c.createStatement()) {
            s.execute("DROP DATABASE IF EXISTS `" + name + "`");
            s.execute("CREATE DATABASE `" + name + "` CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci");
        } catch (SQLException e) {
            throw new IllegalStateException(
                    "The test database at " + System.getProperty("test.db.admin.url")
                            + " is not usable (" + e.getMessage() + "). Start MariaDB and create the user and"
                            + " database as .ci/run does (see README, 'Running the tests').",
                    e);
        }
    }
}
