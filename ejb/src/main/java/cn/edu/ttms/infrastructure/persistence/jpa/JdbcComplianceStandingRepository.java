package cn.edu.ttms.infrastructure.persistence.jpa;

import cn.edu.ttms.domain.model.compliance.ComplianceStanding;
import cn.edu.ttms.domain.model.compliance.ComplianceStandingRepository;
import cn.edu.ttms.domain.model.compliance.StandingRow;
import cn.edu.ttms.domain.model.compliance.Standings;
import cn.edu.ttms.domain.model.organisation.DataScope;
import cn.edu.ttms.domain.model.teacher.DesignationKind;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The compliance standings (V25) over plain JDBC on the persistence context's own connection, so that a
 * refresh is one DELETE and one multi-row INSERT in the caller's transaction, and every aggregate one
 * GROUP BY on the index {@code (cycle_start, period, school_path)}, the subtree as {@link ScopePredicates}
 * writes it.
 */
@ApplicationScoped
public class JdbcComplianceStandingRepository implements ComplianceStandingRepository {

    private static final int ROWS_PER_STATEMENT = 400;
    private static final int IDS_PER_QUERY = 1000;

    /** The 0/1 column of each {@link StandingRow}, in its order. */
    static final List<String> SHORT_COLUMNS = List.of(
            "short_total_hours",
            "short_county_hours",
            "short_school_hours",
            "short_total_credits",
            "short_ethics",
            "short_knowledge",
            "short_competence",
            "short_class_management",
            "short_school_based",
            "short_self_selected");

    private static final String COLUMNS = "teacher_id, cycle_start, period, school_id, school_path, stage, subject,"
            + " designation, compliant, " + String.join(", ", SHORT_COLUMNS)
            + ", policy_id, policy_version, computed_at";

    private static final int COLUMN_COUNT = 9 + SHORT_COLUMNS.size() + 3;

    private static final String SUMS = "COUNT(*), COALESCE(SUM(s.compliant), 0), "
            + String.join(
                    ", ",
                    SHORT_COLUMNS.stream()
                            .map(c -> "COALESCE(SUM(s." + c + "), 0)")
                            .toList());

    @PersistenceContext(unitName = "ttms")
    EntityManager em;

    static {
        if (SHORT_COLUMNS.size() != StandingRow.values().length) {
            throw new IllegalStateException("a column per standing row");
        }
    }

    @Override
    public void replace(Collection<Long> teacherIds, Collection<ComplianceStanding> standings, Instant at) {
        for (List<Long> chunk : chunks(new ArrayList<>(teacherIds), IDS_PER_QUERY)) {
            update(
                    "DELETE FROM compliance_standing WHERE teacher_id IN (" + marks(chunk.size()) + ")",
                    new ArrayList<>(chunk));
        }
        Timestamp when = Timestamp.from(at);
        String rowMarks = "(" + marks(COLUMN_COUNT) + ")";
        for (List<ComplianceStanding> chunk : chunks(new ArrayList<>(standings), ROWS_PER_STATEMENT)) {
            List<Object> params = new ArrayList<>(chunk.size() * COLUMN_COUNT);
            for (ComplianceStanding s : chunk) {
                params.add(s.teacherId());
                params.add(s.cycleStart());
                params.add(s.period());
                params.add(s.schoolId());
                params.add(s.schoolPath());
                params.add(s.stage());
                params.add(s.subject());
                params.add(s.designation());
                params.add(s.compliant() ? 1 : 0);
                for (StandingRow row : StandingRow.values()) {
                    params.add(s.shortIn(row) ? 1 : 0);
                }
                params.add(s.policyId());
                params.add(s.policyVersion());
                params.add(when);
            }
            update(
                    "INSERT INTO compliance_standing (" + COLUMNS + ") VALUES "
                            + String.join(", ", Collections.nCopies(chunk.size(), rowMarks)),
                    params);
        }
    }

    @Override
    public Map<Long, Standings.Holder> holders(Collection<Long> teacherIds) {
        em.flush(); // a teacher corrected or moved in this transaction is read as it is now
        StringBuilder rank = new StringBuilder("CASE d.kind");
        DesignationKind[] kinds = DesignationKind.values();
        for (DesignationKind k : kinds) {
            rank.append(" WHEN '").append(k.name()).append("' THEN ").append(k.ordinal() + 1);
        }
        rank.append(" ELSE 0 END");
        Map<Long, Standings.Holder> out = new HashMap<>();
        for (List<Long> chunk : chunks(new ArrayList<>(teacherIds), IDS_PER_QUERY)) {
            for (Standings.Holder h : query(
                    "SELECT t.id, t.school_id, t.school_path, t.stage, t.subject, (SELECT MAX(" + rank
                            + ") FROM teacher_designation d WHERE d.teacher_id = t.id) FROM teacher t WHERE t.id IN ("
                            + marks(chunk.size()) + ")",
                    new ArrayList<>(chunk),
                    rs -> {
                        int senior = rs.getInt(6);
                        return new Standings.Holder(
                                rs.getLong(1),
                                rs.getLong(2),
                                rs.getString(3),
                                rs.getString(4),
                                rs.getString(5),
                                senior <= 0 ? ComplianceStanding.NO_DESIGNATION : kinds[senior - 1].name());
                    })) {
                out.put(h.teacherId(), h);
            }
        }
        return out;
    }

    @Override
    public Map<Long, List<ComplianceStanding>> of(Collection<Long> teacherIds) {
        Map<Long, List<ComplianceStanding>> out = new HashMap<>();
        for (List<Long> chunk : chunks(new ArrayList<>(teacherIds), IDS_PER_QUERY)) {
            for (ComplianceStanding s : query(
                    "SELECT " + COLUMNS + " FROM compliance_standing WHERE teacher_id IN (" + marks(chunk.size())
                            + ") ORDER BY teacher_id, cycle_start, period",
                    new ArrayList<>(chunk),
                    rs -> standing(rs, 1))) {
                out.computeIfAbsent(s.teacherId(), k -> new ArrayList<>()).add(s);
            }
        }
        return out;
    }

    private static ComplianceStanding standing(ResultSet rs, int at) throws SQLException {
        Set<StandingRow> shortIn = EnumSet.noneOf(StandingRow.class);
        for (StandingRow row : StandingRow.values()) {
            if (rs.getInt(at + 9 + row.ordinal()) != 0) {
                shortIn.add(row);
            }
        }
        int after = at + 9 + SHORT_COLUMNS.size();
        return new ComplianceStanding(
                rs.getLong(at),
                rs.getInt(at + 1),
                rs.getInt(at + 2),
                rs.getLong(at + 3),
                rs.getString(at + 4),
                rs.getString(at + 5),
                rs.getString(at + 6),
                rs.getString(at + 7),
                rs.getInt(at + 8) != 0,
                shortIn,
                rs.getLong(after),
                rs.getInt(after + 1));
    }

    @Override
    public List<Long> teacherIdsAfter(long afterId, int max, String path) {
        ScopePredicates.Clause in = path == null ? null : ScopePredicates.sql(DataScope.subtree(path), "school_path");
        List<Object> params = new ArrayList<>();
        params.add(afterId);
        if (in != null) {
            params.addAll(in.values());
        }
        return query(
                "SELECT id FROM teacher WHERE id > ?" + (in == null ? "" : " AND " + in.text()) + " ORDER BY id LIMIT "
                        + Math.max(1, max),
                params,
                rs -> rs.getLong(1));
    }

    @Override
    public List<Long> orphans(int max) {
        return query(
                "SELECT DISTINCT s.teacher_id FROM compliance_standing s WHERE NOT EXISTS (SELECT 1 FROM teacher t"
                        + " WHERE t.id = s.teacher_id) ORDER BY s.teacher_id LIMIT " + Math.max(1, max),
                List.of(),
                rs -> rs.getLong(1));
    }

    @Override
    public boolean anyStored() {
        return !query("SELECT teacher_id FROM compliance_standing LIMIT 1", List.of(), rs -> rs.getLong(1))
                .isEmpty();
    }

    @Override
    public Tally total(String unitPath, int cycleStart, int period) {
        ScopePredicates.Clause in = ScopePredicates.sql(DataScope.subtree(unitPath), "s.school_path");
        List<Tally> found = query(
                "SELECT " + SUMS + " FROM compliance_standing s WHERE s.cycle_start = ? AND s.period = ? AND "
                        + in.text(),
                params(cycleStart, period, in),
                rs -> tally(unitPath, rs, 1));
        return found.isEmpty() ? Tally.empty(unitPath) : found.get(0);
    }

    @Override
    public List<Tally> byChild(String unitPath, int cycleStart, int period) {
        ScopePredicates.Clause in = ScopePredicates.sql(DataScope.subtree(unitPath), "s.school_path");
        // the child's path: the school's path up to the first '/' after the unit's own path (an int, inlined)
        String child = "SUBSTRING(s.school_path, 1, LOCATE('/', s.school_path, " + (unitPath.length() + 1) + "))";
        return query(
                        "SELECT " + child + ", " + SUMS + " FROM compliance_standing s WHERE s.cycle_start = ?"
                                + " AND s.period = ? AND " + in.text() + " GROUP BY " + child,
                        params(cycleStart, period, in),
                        rs -> tally(rs.getString(1), rs, 2))
                .stream()
                .filter(t -> t.key() != null && t.key().length() > unitPath.length())
                .toList();
    }

    @Override
    public Summary summary(String unitPath, int cycleStart, int period) {
        ScopePredicates.Clause in = ScopePredicates.sql(DataScope.subtree(unitPath), "s.school_path");
        // one pass over the subtree's rows (the province: half a million) instead of one per figure, grouped in the
        // order of ix_compliance_standing_figures (V29), which holds every column summed: an ordered range of the
        // index, no row read, no temporary table. The schools (× stages × subjects × designations present, tens of
        // thousands for a province) are summed into the children here; grouping by the child's path in SQL cost a
        // temporary table (2.9 s for the province, 0.6 s so).
        List<Object[]> cells = query(
                "SELECT s.school_path, s.stage, s.subject, s.designation, " + SUMS
                        + " FROM compliance_standing s WHERE s.cycle_start = ? AND s.period = ? AND " + in.text()
                        + " GROUP BY s.school_path, s.stage, s.subject, s.designation",
                params(cycleStart, period, in),
                rs -> new Object[] {
                    childOf(rs.getString(1), unitPath),
                    rs.getString(2),
                    rs.getString(3),
                    rs.getString(4),
                    tally(null, rs, 5)
                });
        Tally total = Tally.empty(unitPath);
        Map<String, Tally> children = new java.util.TreeMap<>();
        Map<Grouping, Map<String, Tally>> groups = new java.util.EnumMap<>(Grouping.class);
        for (Grouping g : Grouping.values()) {
            groups.put(g, new java.util.TreeMap<>());
        }
        for (Object[] cell : cells) {
            Tally t = (Tally) cell[4];
            total = total.plus(t);
            String path = (String) cell[0];
            if (path != null && path.length() > unitPath.length()) {
                children.merge(path, rekey(path, t), Tally::plus);
            }
            groups.get(Grouping.STAGE).merge((String) cell[1], rekey((String) cell[1], t), Tally::plus);
            groups.get(Grouping.SUBJECT).merge((String) cell[2], rekey((String) cell[2], t), Tally::plus);
            groups.get(Grouping.DESIGNATION).merge((String) cell[3], rekey((String) cell[3], t), Tally::plus);
        }
        Map<Grouping, List<Tally>> by = new java.util.EnumMap<>(Grouping.class);
        groups.forEach((g, m) -> by.put(g, List.copyOf(m.values())));
        return new Summary(total, List.copyOf(children.values()), by);
    }

    /** The path cut after the child of {@code unitPath} it lies under; the unit's own path as it is. */
    static String childOf(String path, String unitPath) {
        if (path == null || path.length() <= unitPath.length()) {
            return path;
        }
        int end = path.indexOf('/', unitPath.length());
        return end < 0 ? path : path.substring(0, end + 1);
    }

    private static Tally rekey(String key, Tally t) {
        return new Tally(key, t.teachers(), t.compliant(), t.shortIn());
    }

    @Override
    public List<Tally> by(Grouping grouping, String unitPath, int cycleStart, int period) {
        String column = switch (grouping) {
            case STAGE -> "s.stage";
            case SUBJECT -> "s.subject";
            case DESIGNATION -> "s.designation";
        };
        ScopePredicates.Clause in = ScopePredicates.sql(DataScope.subtree(unitPath), "s.school_path");
        return query(
                "SELECT " + column + ", " + SUMS + " FROM compliance_standing s WHERE s.cycle_start = ?"
                        + " AND s.period = ? AND " + in.text() + " GROUP BY " + column + " ORDER BY " + column,
                params(cycleStart, period, in),
                rs -> tally(rs.getString(1), rs, 2));
    }

    @Override
    public List<Child> childrenOf(long unitId) {
        return query(
                // training institutions employ no teachers of the registry: a bureau's children are its counties or
                // schools
                "SELECT id, name, path FROM organisation WHERE parent_id = ? AND kind <> 'INSTITUTION'"
                        + " AND closed_at IS NULL ORDER BY name, id",
                List.of(unitId),
                rs -> new Child(rs.getLong(1), rs.getString(2), rs.getString(3)));
    }

    @Override
    public List<Listed> teachers(String unitPath, int cycleStart, int period, int first, int max) {
        ScopePredicates.Clause in = ScopePredicates.sql(DataScope.subtree(unitPath), "s.school_path");
        String columns = java.util.Arrays.stream(COLUMNS.split(", "))
                .map(c -> "s." + c)
                .reduce((a, b) -> a + ", " + b)
                .orElseThrow();
        return query(
                "SELECT t.name, o.name, " + columns + " FROM compliance_standing s"
                        + " JOIN teacher t ON t.id = s.teacher_id JOIN organisation o ON o.id = s.school_id"
                        + " WHERE s.cycle_start = ? AND s.period = ? AND " + in.text()
                        + " ORDER BY s.compliant, o.name, t.name, s.teacher_id LIMIT " + Math.max(1, max) + " OFFSET "
                        + Math.max(0, first),
                params(cycleStart, period, in),
                rs -> {
                    ComplianceStanding s = standing(rs, 3);
                    return new Listed(s.teacherId(), rs.getString(1), s.schoolId(), rs.getString(2), s);
                });
    }

    private static List<Object> params(int cycleStart, int period, ScopePredicates.Clause in) {
        List<Object> params = new ArrayList<>(List.of(cycleStart, period));
        params.addAll(in.values());
        return params;
    }

    private static Tally tally(String key, ResultSet rs, int at) throws SQLException {
        List<Long> shortIn = new ArrayList<>(SHORT_COLUMNS.size());
        for (int i = 0; i < SHORT_COLUMNS.size(); i++) {
            shortIn.add(rs.getLong(at + 2 + i));
        }
        return new Tally(key, rs.getLong(at), rs.getLong(at + 1), shortIn);
    }

    // --- plain JDBC on the transaction's connection (TransactionJdbc)

    private <T> List<T> query(String sql, List<?> params, TransactionJdbc.Row<T> row) {
        return TransactionJdbc.query(em, sql, params, row);
    }

    private int update(String sql, List<?> params) {
        return TransactionJdbc.update(em, sql, params);
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
