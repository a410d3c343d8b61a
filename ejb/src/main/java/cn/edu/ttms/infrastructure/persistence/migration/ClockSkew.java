package cn.edu.ttms.infrastructure.persistence.migration;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.Optional;

/**
 * A node whose clock is far from the database's: the time of signatures, sign-in lock-outs, enrolment windows
 * and the nightly claim would disagree between nodes, so it is said at start-up (the node still serves).
 */
final class ClockSkew {

    /** More than this apart, and the enrolment windows and lock-outs of two nodes visibly disagree. */
    static final Duration TOLERATED = Duration.ofSeconds(30);

    private ClockSkew() {}

    /** What to warn about, when the database's clock ({@code UNIX_TIMESTAMP()}) is far from this node's. */
    static Optional<String> of(long databaseEpochSeconds, long nodeEpochMillis) {
        long apart = Math.abs(nodeEpochMillis / 1000 - databaseEpochSeconds);
        if (apart <= TOLERATED.toSeconds()) {
            return Optional.empty();
        }
        return Optional.of("this node's clock is " + apart + " s "
                + (nodeEpochMillis / 1000 > databaseEpochSeconds ? "ahead of" : "behind")
                + " the database's; keep every node and the database on NTP (signature times, lock-outs and"
                + " enrolment windows depend on it)");
    }

    /** The check on a live MySQL/MariaDB connection; nothing when the database cannot say. */
    static Optional<String> check(Connection c) {
        try (Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("SELECT UNIX_TIMESTAMP()")) {
            return rs.next() ? of(rs.getLong(1), System.currentTimeMillis()) : Optional.empty();
        } catch (SQLException e) {
            return Optional.empty();
        }
    }
}
