package cn.edu.ttms.infrastructure.persistence.jpa;

import cn.edu.ttms.application.statistics.TrainingFigures;
import cn.edu.ttms.domain.model.organisation.DataScope;
import cn.edu.ttms.domain.model.shared.Level;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The training figures as SQL aggregates (GROUP BY) on the persistence context's connection, each a range scan under
 * the unit's materialised path ({@link ScopePredicates#sql}). Places planned are read live from the projects and their
 * stages (a few rows per project); enrolments, results and the teachers trained from the kept sums of V30
 * ({@link JdbcTrainingTally}, brought up to date before a report reads them), which hold per unit and year what a
 * live statement read from millions of rows. A year's report ({@link #cells}) groups by level, category, host and
 * child unit (the path cut after the parent's) at once. No entity is loaded.
 */
@ApplicationScoped
public class JdbcTrainingFigures implements TrainingFigures {

    /** A result that counts as completed: not voided, not failed, of a batch its lead confirmed. */
    static final String COMPLETED =
            " r.voided = FALSE AND b.status <> 'DRAFT' AND (r.grade IS NULL OR r.grade <> 'FAIL')";

    /**
     * A year's results reached from its projects: project, its batch, then the batch's results through {@code
     * ix_training_result_figures} (V28), which holds every column read. Reading the results first (by path) read
     * every year's result rows one by one: 27 s for a province's year at a tenth of the benchmark's size, 0.3 s so.
     */
    static final String RESULTS_OF_PROJECTS = " FROM training_project p JOIN result_batch b ON b.project_id = p.id"
            + " JOIN training_result r ON r.batch_id = b.id";

    /** Between the columns of a composite key (a control character no name holds). */
    private static final String SEPARATOR = "\u001f";

    private static final String HOST_JOIN = " LEFT JOIN organisation h ON h.id = p.host_id";

    /** The kept sums of {@code training_tally} (V30) a report adds up. */
    private static final String KEPT_SUMS =
            " SUM(k.enrolled), SUM(k.completed), SUM(k.recognised), SUM(k.hours), SUM(k.credits)";

    /** The host institution of kept rows (host_id 0: none; its free-text hosts are then in k.hosts). */
    private static final String KEPT_HOST_JOIN = " LEFT JOIN organisation h ON h.id = k.host_id";

    /** Cancelled for too few trainees: the reason says so, or fewer enrolled than the project's minimum. */
    private static final String TOO_FEW = " (p.cancel_reason LIKE ? OR p.cancel_reason LIKE ? OR p.cancel_reason LIKE ?"
            + " OR LOWER(p.cancel_reason) LIKE ? OR (p.min_trainees IS NOT NULL AND (SELECT COUNT(*) FROM enrolment e"
            + " WHERE e.project_id = p.id AND e.status = 'ENROLLED') < p.min_trainees))";

    private static final List<Object> TOO_FEW_WORDS = List.of("%人数不足%", "%人数太少%", "%人数过少%", "%too few%");

    @PersistenceContext(unitName = "ttms")
    EntityManager em;

    @Override
    public List<Unit> children(long parentId) {
        return query(
                "SELECT id, name, kind FROM organisation WHERE parent_id = ? AND kind <> 'INSTITUTION'"
                        + " AND closed_at IS NULL ORDER BY name, id",
                List.of(parentId),
                rs -> new Unit(rs.getLong(1), rs.getString(2), rs.getString(3)));
    }

    @Override
    public List<Row> rows(String path, int from, int to, Dimension dimension, View view) {
        String group = switch (dimension) {
            case LEVEL -> "p.level";
            case CATEGORY -> "COALESCE(p.category, '')";
            case HOST -> "COALESCE(h.name, p.hosts, '')";
            case YEAR -> "p.project_year";
        };
        String join = dimension == Dimension.HOST ? HOST_JOIN : "";
        ScopePredicates.Clause plans = ScopePredicates.sql(DataScope.subtree(path), "p.owner_path");
        Map<String, long[]> counts = new LinkedHashMap<>();
        Map<String, BigDecimal[]> sums = new LinkedHashMap<>();
        String years = " AND p.project_year BETWEEN ? AND ?";
        collect(
                "SELECT " + group
                        + ", SUM(s.trainees) FROM training_project p JOIN project_stage s ON s.project_id = p.id" + join
                        + " WHERE " + plans.text() + years + " GROUP BY " + group,
                params(plans, from, to),
                counts,
                sums,
                0);
        // enrolled, completed, recognised, hours and credits: the kept sums (V30), by the trainees' unit or the owner
        ScopePredicates.Clause kept =
                ScopePredicates.sql(DataScope.subtree(path), view == View.ITS_PLANS ? "k.owner_path" : "k.unit_path");
        String keptGroup = switch (dimension) {
            case LEVEL -> "k.level";
            case CATEGORY -> "k.category";
            case HOST -> "COALESCE(h.name, k.hosts)";
            case YEAR -> "k.project_year";
        };
        collect(
                "SELECT " + keptGroup + "," + KEPT_SUMS + " FROM training_tally k"
                        + (dimension == Dimension.HOST ? KEPT_HOST_JOIN : "") + " WHERE " + kept.text()
                        + " AND k.project_year BETWEEN ? AND ? GROUP BY " + keptGroup,
                params(kept, from, to),
                counts,
                sums,
                1);
        return rowsOf(counts, sums);
    }

    @Override
    public List<Cell> cells(long unitId, int year) {
        String parentPath = pathOf(unitId);
        if (parentPath == null) {
            return List.of();
        }
        Map<String, String> childIds = childIds(unitId);
        Map<String, long[]> counts = new LinkedHashMap<>();
        Map<String, BigDecimal[]> sums = new LinkedHashMap<>();
        collectCells(
                "p.owner_path",
                parentPath,
                "SELECT %1$s, SUM(s.trainees) FROM training_project p JOIN project_stage s ON s.project_id = p.id"
                        + HOST_JOIN + " WHERE %2$s AND p.project_year = ? GROUP BY %3$s",
                year,
                counts,
                sums,
                0);
        collectCells(
                "k.unit_path",
                parentPath,
                "SELECT %1$s," + KEPT_SUMS + " FROM training_tally k" + KEPT_HOST_JOIN
                        + " WHERE %2$s AND k.project_year = ? GROUP BY %3$s",
                year,
                counts,
                sums,
                1);
        List<Cell> cells = new ArrayList<>();
        counts.forEach((key, c) -> {
            String[] k = key.split(SEPARATOR, -1);
            BigDecimal[] s = sums.get(key);
            cells.add(new Cell(
                    k[0],
                    k[1],
                    k[2],
                    childIds.getOrDefault(k[3], ""), // the unit's own rows, or an institution's
                    new Row("", c[0], c[1], c[2], c[3], s[0], s[1])));
        });
        return cells;
    }

    /**
     * {@link #collect} of a statement grouped by the project's level, category and host and by the child's path
     * of {@code column} under {@code parentPath}: {@code %1$s} the four columns, {@code %2$s} the subtree's
     * predicate, {@code %3$s} the grouping.
     */
    private void collectCells(
            String column,
            String parentPath,
            String sql,
            int year,
            Map<String, long[]> counts,
            Map<String, BigDecimal[]> sums,
            int first) {
        ScopePredicates.Clause under = ScopePredicates.sql(DataScope.subtree(parentPath), column);
        String groups = column.startsWith("k.")
                ? "k.level, k.category, COALESCE(h.name, k.hosts), " + childOf(column, parentPath)
                : "p.level, COALESCE(p.category, ''), COALESCE(h.name, p.hosts, ''), " + childOf(column, parentPath);
        List<Object> params = new ArrayList<>(under.values());
        params.add(year);
        collect(sql.formatted(groups, under.text(), groups), params, counts, sums, first, 4);
    }

    /** The path of {@code column} cut after the child of {@code parentPath} it lies under ("" for the parent's own). */
    private static String childOf(String column, String parentPath) {
        return "SUBSTRING(" + column + ", 1, LOCATE('/', " + column + ", " + (parentPath.length() + 1) + "))";
    }

    private String pathOf(long unitId) {
        return query("SELECT path FROM organisation WHERE id = ?", List.of(unitId), rs -> rs.getString(1)).stream()
                .findFirst()
                .orElse(null);
    }

    /** The direct children counted (not training institutions): path → id. */
    private Map<String, String> childIds(long parentId) {
        Map<String, String> childIds = new LinkedHashMap<>();
        query(
                "SELECT id, path FROM organisation WHERE parent_id = ? AND kind <> 'INSTITUTION'",
                List.of(parentId),
                rs -> childIds.put(rs.getString(2), String.valueOf(rs.getLong(1))));
        return childIds;
    }

    @Override
    public Cancellations cancellations(String path, int year) {
        ScopePredicates.Clause plans = ScopePredicates.sql(DataScope.subtree(path), "p.owner_path");
        long cancelled = query(
                        "SELECT COUNT(*) FROM training_project p WHERE " + plans.text()
                                + " AND p.project_year = ? AND p.status = 'CANCELLED'",
                        params(plans, year),
                        rs -> rs.getLong(1))
                .get(0);
        List<Object> tooFewParams = new ArrayList<>(params(plans, year));
        tooFewParams.addAll(TOO_FEW_WORDS);
        long[] tooFew = query(
                        "SELECT COUNT(DISTINCT p.id), COALESCE(SUM(s.trainees), 0) FROM training_project p"
                                + " LEFT JOIN project_stage s ON s.project_id = p.id WHERE " + plans.text()
                                + " AND p.project_year = ? AND p.status = 'CANCELLED' AND" + TOO_FEW,
                        tooFewParams,
                        rs -> new long[] {rs.getLong(1), rs.getLong(2)})
                .get(0);
        return new Cancellations(cancelled, tooFew[0], tooFew[1]);
    }

    @Override
    public KeyTeachers keyTeachers(String path, int year) {
        ScopePredicates.Clause in = ScopePredicates.sql(DataScope.subtree(path), "t.school_path");
        long teachers = query("SELECT COUNT(*) FROM teacher t WHERE " + in.text(), in.values(), rs -> rs.getLong(1))
                .get(0);
        long[] key = query(
                        "SELECT COUNT(DISTINCT CASE WHEN d.level IN ('MUNICIPAL', 'PROVINCIAL', 'NATIONAL')"
                                + " THEN d.teacher_id END), COUNT(DISTINCT CASE WHEN d.level IN ('COUNTY',"
                                + " 'MUNICIPAL', 'PROVINCIAL', 'NATIONAL') THEN d.teacher_id END)"
                                + " FROM teacher_designation d JOIN teacher t ON t.id = d.teacher_id WHERE "
                                + in.text() + " AND d.kind = 'KEY_TEACHER' AND d.since_year <= ?",
                        params(in, year),
                        rs -> new long[] {rs.getLong(1), rs.getLong(2)})
                .get(0);
        return new KeyTeachers(teachers, key[0], key[1]);
    }

    @Override
    public List<Trained> trained(String path, int year) {
        ScopePredicates.Clause in = ScopePredicates.sql(DataScope.subtree(path), "school_path");
        // the kept counts per school (V30): a teacher has one school, so the schools add up exactly
        Map<String, Long> byLevel = new LinkedHashMap<>();
        query(
                "SELECT level, SUM(teachers) FROM training_trained WHERE " + in.text() + " AND project_year = ?"
                        + " GROUP BY level",
                params(in, year),
                rs -> byLevel.put(rs.getString(1), rs.getLong(2)));
        List<Trained> out = new ArrayList<>();
        for (Level level : Level.values()) {
            long n = byLevel.getOrDefault(level.name(), 0L);
            if (n > 0) {
                out.add(new Trained(level.name(), n));
            }
        }
        out.add(new Trained("", byLevel.getOrDefault("", 0L)));
        return out;
    }

    /** Adds a statement's rows to the groups: column 2 into counter {@code first}, and for results the rest. */
    private void collect(
            String sql, List<Object> params, Map<String, long[]> counts, Map<String, BigDecimal[]> sums, int first) {
        collect(sql, params, counts, sums, first, 1);
    }

    /**
     * The same with a key of {@code keys} columns (joined by {@link #SEPARATOR}); the figures follow them: the
     * counter {@code first}, and for results recognised, hours and credits.
     */
    private void collect(
            String sql,
            List<Object> params,
            Map<String, long[]> counts,
            Map<String, BigDecimal[]> sums,
            int first,
            int keys) {
        query(sql, params, rs -> {
            StringBuilder k = new StringBuilder();
            for (int i = 1; i <= keys; i++) {
                if (i > 1) {
                    k.append(SEPARATOR);
                }
                k.append(rs.getObject(i) == null ? "" : String.valueOf(rs.getObject(i)));
            }
            String key = k.toString();
            long[] c = counts.computeIfAbsent(key, x -> new long[4]);
            BigDecimal[] s = sums.computeIfAbsent(key, x -> new BigDecimal[] {BigDecimal.ZERO, BigDecimal.ZERO});
            c[first] += rs.getLong(keys + 1);
            if (first == 1) { // the kept sums: enrolled, completed, recognised, hours, credits
                c[2] += rs.getLong(keys + 2);
                c[3] += rs.getLong(keys + 3);
                s[0] = s[0].add(decimal(rs.getBigDecimal(keys + 4)));
                s[1] = s[1].add(decimal(rs.getBigDecimal(keys + 5)));
            }
            return key;
        });
    }

    private static List<Row> rowsOf(Map<String, long[]> counts, Map<String, BigDecimal[]> sums) {
        List<Row> rows = new ArrayList<>();
        counts.forEach((key, c) -> {
            BigDecimal[] s = sums.get(key);
            rows.add(new Row(key, c[0], c[1], c[2], c[3], s[0], s[1]));
        });
        return rows;
    }

    private static BigDecimal decimal(BigDecimal value) {
        return value == null ? BigDecimal.ZERO : value;
    }

    private static List<Object> params(ScopePredicates.Clause clause, Object... more) {
        List<Object> all = new ArrayList<>(clause.values());
        all.addAll(List.of(more));
        return all;
    }

    private <T> List<T> query(String sql, List<Object> params, TransactionJdbc.Row<T> row) {
        return TransactionJdbc.query(em, sql, params, row);
    }
}
