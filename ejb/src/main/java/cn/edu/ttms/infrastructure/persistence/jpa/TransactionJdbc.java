package cn.edu.ttms.infrastructure.persistence.jpa;

import jakarta.persistence.EntityManager;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Plain JDBC on the connection of the current transaction, for the repositories whose statements JPQL cannot
 * write or would write slowly (multi-row inserts, GROUP BYs on path prefixes): the same connection as the
 * persistence context, so one transaction holds both. Written once here.
 */
final class TransactionJdbc {

    /** Reads one row of a result set. */
    interface Row<T> {
        T read(ResultSet rs) throws SQLException;
    }

    private TransactionJdbc() {}

    private static Connection connection(EntityManager em) {
        // EclipseLink hands out the connection of the current transaction (and keeps it: not closed here)
        return em.unwrap(Connection.class);
    }

    static <T> List<T> query(EntityManager em, String sql, List<?> params, Row<T> row) {
        try (PreparedStatement s = connection(em).prepareStatement(sql)) {
            bind(s, params);
            List<T> out = new ArrayList<>();
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    out.add(row.read(rs));
                }
            }
            return out;
        } catch (SQLException e) {
            throw new IllegalStateException(e.getMessage(), e);
        }
    }

    static int update(EntityManager em, String sql, List<?> params) {
        try (PreparedStatement s = connection(em).prepareStatement(sql)) {
            bind(s, params);
            return s.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException(e.getMessage(), e);
        }
    }

    /** One statement run for each row of parameters, sent in batches. */
    static void batch(EntityManager em, String sql, List<? extends List<?>> rows) {
        if (rows.isEmpty()) {
            return;
        }
        try (PreparedStatement s = connection(em).prepareStatement(sql)) {
            int n = 0;
            for (List<?> row : rows) {
                bind(s, row);
                s.addBatch();
                if (++n % 500 == 0) {
                    s.executeBatch();
                }
            }
            s.executeBatch();
        } catch (SQLException e) {
            throw new IllegalStateException(e.getMessage(), e);
        }
    }

    /** {@code n} parameter marks: "?,?,?". */
    static String marks(int n) {
        return String.join(",", Collections.nCopies(n, "?"));
    }

    private static void bind(PreparedStatement s, List<?> params) throws SQLException {
        for (int i = 0; i < params.size(); i++) {
            s.setObject(i + 1, params.get(i));
        }
    }
}
