package cn.edu.ttms.ops;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * A database of its own for one operations test, {@code ttms_ops_<name>} on the test server, dropped and
 * created empty (utf8mb4). The test user may create and drop exactly these ({@code .ci/run} grants
 * {@code ttms\_ops\_%}), never the shared test database.
 */
final class OpsDatabase {

    private final String name;

    private OpsDatabase(String name) {
        this.name = name;
    }

    static OpsDatabase fresh(String suffix) throws SQLException {
        OpsDatabase db = new OpsDatabase("ttms_ops_" + suffix);
        db.execute("DROP DATABASE IF EXISTS " + db.name);
        db.execute("CREATE DATABASE " + db.name + " CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci");
        return db;
    }

    String name() {
        return name;
    }

    /** The application's {@code APP_DB_URL} for this database. */
    String url() {
        return "jdbc:mysql://127.0.0.1:3306/" + name + "?useSSL=false&allowPublicKeyRetrieval=true";
    }

    static String user() {
        return System.getProperty("test.db.user", "ttms_test");
    }

    static String password() {
        return System.getProperty("test.db.password", "ttms_test");
    }

    Connection connect() throws SQLException {
        return DriverManager.getConnection(url(), user(), password());
    }

    /** One number from the database, e.g. a count. */
    long number(String sql) throws SQLException {
        try (Connection c = connect();
                Statement s = c.createStatement();
                var rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    void drop() throws SQLException {
        execute("DROP DATABASE IF EXISTS " + name);
    }

    private void execute(String sql) throws SQLException {
        String admin = System.getProperty(
                "test.db.admin.url", "jdbc:mysql://127.0.0.1:3306/?useSSL=false&allowPublicKeyRetrieval=true");
        try (Connection c = DriverManager.getConnection(admin, user(), password());
                Statement s = c.createStatement()) {
            s.execute(sql);
        }
    }
}
