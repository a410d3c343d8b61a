package cn.edu.ttms.infrastructure.persistence.jpa;

import cn.edu.ttms.domain.model.account.AccountSheet;
import cn.edu.ttms.domain.model.account.TeacherAccountRepository;
import cn.edu.ttms.domain.model.account.UserAccount;
import cn.edu.ttms.domain.model.organisation.DataScope;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Teacher accounts in bulk over plain JDBC on the persistence context's own connection (same
 * transaction): multi-row inserts of a few hundred rows and batched updates, so that 50,000
 * accounts take a few hundred statements. The entity {@link UserAccount} is not involved: its audit
 * entries are written by the caller in one batch as well.
 */
@ApplicationScoped
public class JdbcTeacherAccountRepository implements TeacherAccountRepository {

    private static final int ROWS_PER_STATEMENT = 500;
    private static final int IDS_PER_QUERY = 1000;

    @PersistenceContext(unitName = "ttms")
    EntityManager em;

    @Inject
    IdBlocks ids;

    private static final String CANDIDATE =
            "SELECT t.id, t.name, t.identity_number, t.school_id, o.name, t.school_path,"
                    + " o.code FROM teacher t JOIN organisation o ON o.id = t.school_id";

    @Override
    public void lockOpenings() {
        update(
                "UPDATE system_setting SET updated_at = ? WHERE name = 'teacher-accounts.opening'",
                List.of(Timestamp.from(Instant.now())));
    }

    @Override
    public List<Candidate> teachersWithoutAccount(DataScope scope) {
        ScopePredicates.Clause in = ScopePredicates.sql(scope, "t.school_path");
        return query(
                CANDIDATE + " WHERE " + in.text() + " AND NOT EXISTS (SELECT 1 FROM user_account a"
                        + " WHERE a.teacher_id = t.id) ORDER BY t.school_path, t.name, t.id",
                in.values(),
                JdbcTeacherAccountRepository::candidate);
    }

    @Override
    public List<Candidate> teachersWithoutAccount(Collection<Long> teacherIds) {
        List<Candidate> found = new ArrayList<>();
        for (List<Long> chunk : chunks(new ArrayList<>(teacherIds), IDS_PER_QUERY)) {
            found.addAll(query(
                    CANDIDATE + " WHERE t.id IN (" + marks(chunk.size()) + ") AND NOT EXISTS (SELECT 1"
                            + " FROM user_account a WHERE a.teacher_id = t.id)",
                    new ArrayList<>(chunk),
                    JdbcTeacherAccountRepository::candidate));
        }
        found.sort(java.util.Comparator.comparing(Candidate::schoolPath)
                .thenComparing(Candidate::name)
                .thenComparingLong(Candidate::teacherId));
        return found;
    }

    private static Candidate candidate(ResultSet rs) throws SQLException {
        return new Candidate(
                rs.getLong(1),
                rs.getString(2),
                rs.getString(3),
                rs.getLong(4),
                rs.getString(5),
                rs.getString(6),
                rs.getString(7));
    }

    @Override
    public long countTeachersWithoutAccount(DataScope scope) {
        ScopePredicates.Clause in = ScopePredicates.sql(scope, "t.school_path");
        return query(
                        "SELECT COUNT(*) FROM teacher t WHERE " + in.text() + " AND NOT EXISTS (SELECT 1"
                                + " FROM user_account a WHERE a.teacher_id = t.id)",
                        in.values(),
                        rs -> rs.getLong(1))
                .get(0);
    }

    @Override
    public long teachersWithAccount(DataScope scope) {
        ScopePredicates.Clause in = ScopePredicates.sql(scope, "t.school_path");
        return query(
                        "SELECT COUNT(*) FROM teacher t WHERE " + in.text()
                                + " AND EXISTS (SELECT 1 FROM user_account a" + " WHERE a.teacher_id = t.id)",
                        in.values(),
                        rs -> rs.getLong(1))
                .get(0);
    }

    @Override
    public Set<String> taken(Collection<String> usernames) {
        Set<String> taken = new HashSet<>();
        for (List<String> chunk : chunks(new ArrayList<>(usernames), IDS_PER_QUERY)) {
            taken.addAll(query(
                    "SELECT username FROM user_account WHERE username IN (" + marks(chunk.size()) + ")",
                    new ArrayList<>(chunk),
                    rs -> rs.getString(1)));
        }
        return taken;
    }

    @Override
    public long reserveIds(int count) {
        return ids.reserve(count);
    }

    @Override
    public void insert(List<NewAccount> accounts, Instant at, String by) {
        Timestamp when = Timestamp.from(at);
        List<Object[]> rows = new ArrayList<>(accounts.size());
        List<Object[]> roles = new ArrayList<>(accounts.size());
        for (NewAccount a : accounts) {
            rows.add(new Object[] {
                a.id(),
                a.username(),
                a.displayName(),
                UserAccount.NO_PASSWORD,
                a.schoolId(),
                a.teacherId(),
                when,
                by,
                a.sheetId()
            });
            roles.add(new Object[] {a.id()});
        }
        insertRows(
                "INSERT INTO user_account (id, username, display_name, password_hash, organisation_id, enabled,"
                        + " version, failed_sign_ins, teacher_id, password_change_required, directory_user, created_at,"
                        + " created_by, pending_sheet_id) VALUES ",
                "(?, ?, ?, ?, ?, TRUE, 0, 0, ?, TRUE, FALSE, ?, ?, ?)",
                rows);
        insertRows("INSERT INTO user_role (user_id, role) VALUES ", "(?, 'TEACHER')", roles);
    }

    @Override
    public Map<Long, List<Long>> accountsWithoutSheet(DataScope scope) {
        ScopePredicates.Clause in = ScopePredicates.sql(scope, "o.path");
        Map<Long, List<Long>> bySchool = new LinkedHashMap<>();
        query(
                "SELECT a.organisation_id, a.id FROM user_account a JOIN organisation o ON o.id = a.organisation_id"
                        + " JOIN user_role r ON r.user_id = a.id AND r.role = 'TEACHER'"
                        + " WHERE " + in.text() + " AND a.teacher_id IS NOT NULL AND a.password_hash = ?"
                        + " AND a.one_time_password_hash IS NULL AND a.pending_sheet_id IS NULL AND a.directory_user = FALSE"
                        + " ORDER BY o.path, a.id",
                with(in.values(), UserAccount.NO_PASSWORD),
                rs -> bySchool.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>())
                        .add(rs.getLong(2)));
        return bySchool;
    }

    @Override
    public void assign(Collection<Long> accountIds, long sheetId) {
        for (List<Long> chunk : chunks(new ArrayList<>(accountIds), IDS_PER_QUERY)) {
            List<Object> params = new ArrayList<>();
            params.add(sheetId);
            params.addAll(chunk);
            update(
                    "UPDATE user_account SET pending_sheet_id = ?, version = version + 1 WHERE id IN ("
                            + marks(chunk.size()) + ")",
                    params);
        }
    }

    @Override
    public void store(AccountSheet sheet) {
        update(
                "INSERT INTO account_sheet (id, school_id, school_path, account_count, created_at, created_by)"
                        + " VALUES (?, ?, ?, ?, ?, ?)",
                List.of(
                        sheet.id(),
                        sheet.schoolId(),
                        sheet.schoolPath(),
                        sheet.accountCount(),
                        Timestamp.from(sheet.createdAt()),
                        sheet.createdBy()));
    }

    private static final String SHEET =
            "SELECT s.id, s.school_id, o.name, s.school_path, s.account_count, s.created_at,"
                    + " s.created_by, s.fetched_at, s.fetched_by FROM account_sheet s JOIN organisation o ON o.id = s.school_id";

    @Override
    public Optional<AccountSheet> find(long id) {
        return query(SHEET + " WHERE s.id = ?", List.of(id), JdbcTeacherAccountRepository::sheet).stream()
                .findFirst();
    }

    @Override
    public Optional<AccountSheet> find(long id, DataScope scope) {
        return find(id).filter(s -> ScopePredicates.admits(scope, s.schoolPath(), null));
    }

    @Override
    public List<AccountSheet> under(DataScope scope, boolean unfetchedOnly, int first, int max) {
        ScopePredicates.Clause in = ScopePredicates.sql(scope, "s.school_path");
        return query(
                SHEET + " WHERE " + in.text() + (unfetchedOnly ? " AND s.fetched_at IS NULL" : "")
                        + " ORDER BY s.created_at DESC, s.school_path, s.id LIMIT ? OFFSET ?",
                with(in.values(), max, first),
                JdbcTeacherAccountRepository::sheet);
    }

    @Override
    public long countUnder(DataScope scope, boolean unfetchedOnly) {
        ScopePredicates.Clause in = ScopePredicates.sql(scope, "s.school_path");
        return query(
                        "SELECT COUNT(*) FROM account_sheet s WHERE " + in.text()
                                + (unfetchedOnly ? " AND s.fetched_at IS NULL" : ""),
                        in.values(),
                        rs -> rs.getLong(1))
                .get(0);
    }

    /** The scope's values, then the statement's others. */
    private static List<Object> with(List<Object> scope, Object... more) {
        List<Object> params = new ArrayList<>(scope);
        params.addAll(List.of(more));
        return params;
    }

    private static AccountSheet sheet(ResultSet rs) throws SQLException {
        Timestamp fetched = rs.getTimestamp(8);
        return new AccountSheet(
                rs.getLong(1),
                rs.getLong(2),
                rs.getString(3),
                rs.getString(4),
                rs.getInt(5),
                rs.getTimestamp(6).toInstant(),
                rs.getString(7),
                fetched == null ? null : fetched.toInstant(),
                rs.getString(9));
    }

    @Override
    public boolean markFetched(AccountSheet sheet) {
        // the row lock of this update also orders two fetches of the same sheet: the second finds it fetched
        return update(
                        "UPDATE account_sheet SET fetched_at = ?, fetched_by = ?, version = version + 1"
                                + " WHERE id = ? AND fetched_at IS NULL",
                        List.of(Timestamp.from(sheet.fetchedAt()), sheet.fetchedBy(), sheet.id()))
                == 1;
    }

    @Override
    public List<SheetLine> lines(long sheetId) {
        return query(
                "SELECT a.id, a.teacher_id, o.name, o.path, t.name, t.id_suffix, a.username FROM user_account a"
                        + " JOIN organisation o ON o.id = a.organisation_id JOIN teacher t ON t.id = a.teacher_id"
                        + " WHERE a.pending_sheet_id = ? AND a.password_hash = ? AND a.one_time_password_hash IS NULL"
                        + " ORDER BY t.name, a.username",
                List.of(sheetId, UserAccount.NO_PASSWORD),
                rs -> new SheetLine(
                        rs.getLong(1),
                        rs.getLong(2),
                        rs.getString(3),
                        rs.getString(4),
                        rs.getString(5),
                        rs.getString(6),
                        rs.getString(7)));
    }

    @Override
    public void issue(long sheetId, List<Issued> passwords, Instant expires) {
        Timestamp until = Timestamp.from(expires);
        try (PreparedStatement update = em.unwrap(java.sql.Connection.class)
                .prepareStatement(
                        "UPDATE user_account SET"
                                + " one_time_password_hash = ?, one_time_password_expires = ?, password_change_required = TRUE,"
                                + " pending_sheet_id = NULL, issued_sheet_id = ?, version = version + 1 WHERE id = ? AND pending_sheet_id = ?")) {
            int n = 0;
            for (Issued p : passwords) {
                update.setString(1, p.hash());
                update.setTimestamp(2, until);
                update.setLong(3, sheetId);
                update.setLong(4, p.accountId());
                update.setLong(5, sheetId);
                update.addBatch();
                if (++n % ROWS_PER_STATEMENT == 0) {
                    update.executeBatch();
                }
            }
            update.executeBatch();
        } catch (SQLException e) {
            throw new IllegalStateException("one-time passwords of sheet " + sheetId, e);
        }
    }

    @Override
    public int reissue(long fromSheetId, long schoolId, long toSheetId) {
        // one statement, whatever the number of accounts; the row locks order two reissues of one sheet
        return update(
                "UPDATE user_account SET one_time_password_hash = NULL, one_time_password_expires = NULL,"
                        + " password_hash = ?, pending_sheet_id = ?, issued_sheet_id = NULL, version = version + 1"
                        + " WHERE issued_sheet_id = ? AND organisation_id = ? AND password_change_required = TRUE"
                        + " AND directory_user = FALSE AND teacher_id IS NOT NULL",
                List.of(UserAccount.NO_PASSWORD, toSheetId, fromSheetId, schoolId));
    }

    @Override
    public List<Reissued> waitingIn(long sheetId) {
        return query(
                "SELECT a.id, a.username, o.path FROM user_account a JOIN organisation o ON o.id = a.organisation_id"
                        + " WHERE a.pending_sheet_id = ? ORDER BY a.id",
                List.of(sheetId),
                rs -> new Reissued(rs.getLong(1), rs.getString(2), rs.getString(3)));
    }

    @Override
    public long issuedBy(long sheetId) {
        return query(
                        "SELECT COUNT(*) FROM user_account WHERE issued_sheet_id = ?",
                        List.of(sheetId),
                        rs -> rs.getLong(1))
                .get(0);
    }

    @Override
    public void leaveUnfetchedSheet(long accountId) {
        List<Long> sheet = query(
                "SELECT a.pending_sheet_id FROM user_account a JOIN account_sheet s"
                        + " ON s.id = a.pending_sheet_id WHERE a.id = ? AND s.fetched_at IS NULL",
                List.of(accountId),
                rs -> rs.getLong(1));
        if (!sheet.isEmpty()) {
            update("UPDATE user_account SET pending_sheet_id = NULL WHERE id = ?", List.of(accountId));
            update(
                    "UPDATE account_sheet SET account_count = account_count - 1 WHERE id = ? AND account_count > 0",
                    List.of(sheet.get(0)));
        }
    }

    // --- plain JDBC on the transaction's connection (TransactionJdbc)

    private <T> List<T> query(String sql, List<?> params, TransactionJdbc.Row<T> row) {
        return TransactionJdbc.query(em, sql, params, row);
    }

    private int update(String sql, List<?> params) {
        return TransactionJdbc.update(em, sql, params);
    }

    private void insertRows(String head, String rowMarks, List<Object[]> rows) {
        for (List<Object[]> chunk : chunks(rows, ROWS_PER_STATEMENT)) {
            String sql = head + String.join(", ", Collections.nCopies(chunk.size(), rowMarks));
            List<Object> params = new ArrayList<>();
            chunk.forEach(r -> params.addAll(List.of(r)));
            update(sql, params);
        }
    }

    private static String marks(int n) {
        return String.join(",", Collections.nCopies(n, "?"));
    }

    private static <T> List<List<T>> chunks(List<T> all, int size) {
        List<List<T>> out = new ArrayList<>();
        for (int i = 0; i < all.size(); i += size) {
            out.add(all.subList(i, Math.min(all.size(), i + size)));
        }
        return out;
    }
}
