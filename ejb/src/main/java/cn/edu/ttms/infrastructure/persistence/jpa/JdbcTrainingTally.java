package cn.edu.ttms.infrastructure.persistence.jpa;

import cn.edu.ttms.application.statistics.TrainingTally;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.BiPredicate;
import java.util.function.Function;
import java.util.logging.Logger;

/**
 * The kept training sums (V30) recounted slice by slice: a slice is one project year and one unit, and a recount
 * replaces all its rows with what that unit's enrolments and results in that year's projects give now. The
 * statements are those the figures used to run live, restricted to the slices' units; a full recount of a year is
 * the same statement without the restriction, which the reconciliation compares with what is kept.
 */
@ApplicationScoped
public class JdbcTrainingTally implements TrainingTally {

    private static final Logger LOG = Logger.getLogger(JdbcTrainingTally.class.getName());

    /** The most marks one recount consumes; the rest wait for the next (a minute at most). */
    private static final int MARKS = 5000;

    /** Units per statement (IN lists of a sane length). */
    private static final int CHUNK = 500;

    /** How a project groups: its owner, level, category and host (or, without one, its free-text hosts). */
    private static final String PROJECT_KEY = "p.owner_path, p.level, COALESCE(p.category, ''), COALESCE(p.host_id, 0),"
            + " CASE WHEN p.host_id IS NULL THEN COALESCE(p.hosts, '') ELSE '' END";

    private static final String INSERT_TALLY = "INSERT INTO training_tally (project_year, unit_path, owner_path, level,"
            + " category, host_id, hosts, enrolled, completed, recognised, hours, credits)"
            + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";

    private static final String INSERT_TRAINED =
            "INSERT INTO training_trained (project_year, school_path, level, teachers) VALUES (?, ?, ?, ?)";

    /** One row's grouping: the unit of the trainees, then the project's. */
    record Key(String unitPath, String ownerPath, String level, String category, long hostId, String hosts) {}

    /** The figures of one key: enrolments; completed, recognised, hours of the completed and credits of the recognised. */
    record Figures(long enrolled, long completed, long recognised, BigDecimal hours, BigDecimal credits) {

        Figures plus(Figures o) {
            return new Figures(
                    enrolled + o.enrolled,
                    completed + o.completed,
                    recognised + o.recognised,
                    hours.add(o.hours),
                    credits.add(o.credits));
        }

        boolean same(Figures o) {
            return enrolled == o.enrolled
                    && completed == o.completed
                    && recognised == o.recognised
                    && hours.compareTo(o.hours) == 0
                    && credits.compareTo(o.credits) == 0;
        }
    }

    /** A school's trained teachers at a level ("" = any level). */
    record TrainedKey(String schoolPath, String level) {}

    /** A mark as stored: what changed (see V30). */
    record Mark(long id, Long projectId, Integer year, String unitPath, Long teacherId) {

        boolean everything() {
            return projectId == null && year == null && unitPath == null && teacherId == null;
        }
    }

    @PersistenceContext(unitName = "ttms")
    EntityManager em;

    @Override
    public boolean pending() {
        return !query("SELECT id FROM training_tally_mark ORDER BY id LIMIT 1", List.of(), rs -> rs.getLong(1))
                .isEmpty();
    }

    @Override
    public Recount recount() {
        long start = System.nanoTime();
        lock();
        return recountLocked(start);
    }

    private Recount recountLocked(long start) {
        List<Mark> marks = query(
                "SELECT id, project_id, project_year, unit_path, teacher_id FROM training_tally_mark ORDER BY id LIMIT "
                        + MARKS,
                List.of(),
                rs -> new Mark(
                        rs.getLong(1),
                        (Long) rs.getObject(2, Long.class),
                        (Integer) rs.getObject(3, Integer.class),
                        rs.getString(4),
                        (Long) rs.getObject(5, Long.class)));
        if (marks.isEmpty()) {
            return Recount.NONE;
        }
        if (marks.stream().anyMatch(Mark::everything)) {
            // everything: every year in full (the reconciliation, which consumes every mark)
            Recount all = reconcileLocked(true, start);
            LOG.info(() -> "Training tally: built in full, " + all.slices() + " slices in " + all.tookMs() + " ms");
            return all;
        }
        Map<Integer, Set<String>> tallySlices = new TreeMap<>();
        Map<Integer, Set<String>> trainedSlices = new TreeMap<>();
        slicesOf(marks, tallySlices, trainedSlices);
        long slices = 0;
        for (Map.Entry<Integer, Set<String>> e : tallySlices.entrySet()) {
            List<String> units = List.copyOf(e.getValue());
            for (List<String> chunk : chunks(units)) {
                replaceTally(e.getKey(), chunk, tallyOf(e.getKey(), chunk));
            }
            slices += units.size();
        }
        for (Map.Entry<Integer, Set<String>> e : trainedSlices.entrySet()) {
            List<String> schools = List.copyOf(e.getValue());
            for (List<String> chunk : chunks(schools)) {
                replaceTrained(e.getKey(), chunk, trainedOf(e.getKey(), chunk));
            }
            slices += schools.size();
        }
        deleteMarks(marks.stream().map(Mark::id).toList());
        return new Recount(marks.size(), slices, 0, millisSince(start));
    }

    /** The slices the marks name: units' sums per year, schools' trained teachers per year. */
    private void slicesOf(List<Mark> marks, Map<Integer, Set<String>> tally, Map<Integer, Set<String>> trained) {
        List<Long> projects = marks.stream()
                .map(Mark::projectId)
                .filter(p -> p != null)
                .distinct()
                .toList();
        Map<Long, Integer> yearOf = new HashMap<>();
        Map<Long, Set<String>> unitsOf = new HashMap<>();
        Map<Long, Set<String>> schoolsOf = new HashMap<>();
        for (List<Long> chunk : chunks(projects)) {
            String in = TransactionJdbc.marks(chunk.size());
            query(
                    "SELECT id, project_year FROM training_project WHERE id IN (" + in + ")",
                    chunk,
                    rs -> yearOf.put(rs.getLong(1), rs.getInt(2)));
            collectPairs(
                    "SELECT DISTINCT project_id, unit_path FROM enrolment WHERE project_id IN (" + in + ")",
                    chunk,
                    unitsOf);
            collectPairs(
                    "SELECT DISTINCT b.project_id, r.unit_path FROM result_batch b JOIN training_result r"
                            + " ON r.batch_id = b.id WHERE b.project_id IN (" + in + ")",
                    chunk,
                    unitsOf);
            collectPairs(
                    "SELECT DISTINCT b.project_id, t.school_path FROM result_batch b JOIN training_result r"
                            + " ON r.batch_id = b.id JOIN teacher t ON t.id = r.teacher_id WHERE b.project_id IN (" + in
                            + ")",
                    chunk,
                    schoolsOf);
        }
        List<Long> teachers = marks.stream()
                .map(Mark::teacherId)
                .filter(t -> t != null)
                .distinct()
                .toList();
        Map<Long, String> schoolOf = new HashMap<>();
        for (List<Long> chunk : chunks(teachers)) {
            query(
                    "SELECT id, school_path FROM teacher WHERE id IN (" + TransactionJdbc.marks(chunk.size()) + ")",
                    chunk,
                    rs -> schoolOf.put(rs.getLong(1), rs.getString(2)));
        }
        Set<Integer> allYears = null;
        for (Mark m : marks) {
            Set<Integer> years = new TreeSet<>();
            if (m.projectId() != null) {
                if (yearOf.containsKey(m.projectId())) {
                    years.add(yearOf.get(m.projectId()));
                }
                if (m.year() != null) {
                    years.add(m.year()); // a year the project had before
                }
            } else if (m.year() != null) {
                years.add(m.year());
            } else {
                if (allYears == null) {
                    allYears = allYears();
                }
                years.addAll(allYears); // a teacher moved: every year of the schools left and joined
            }
            for (int y : years) {
                Set<String> units = tally.computeIfAbsent(y, k -> new TreeSet<>());
                Set<String> schools = trained.computeIfAbsent(y, k -> new TreeSet<>());
                if (m.projectId() != null) {
                    units.addAll(unitsOf.getOrDefault(m.projectId(), Set.of()));
                    schools.addAll(schoolsOf.getOrDefault(m.projectId(), Set.of()));
                    if (m.unitPath() != null) {
                        units.add(m.unitPath()); // a row taken out of the project
                    }
                } else if (m.unitPath() != null) {
                    schools.add(m.unitPath()); // the school a teacher left
                }
                if (m.teacherId() != null && schoolOf.containsKey(m.teacherId())) {
                    schools.add(schoolOf.get(m.teacherId()));
                }
            }
        }
    }

    private void collectPairs(String sql, List<Long> params, Map<Long, Set<String>> into) {
        query(
                sql,
                params,
                rs -> into.computeIfAbsent(rs.getLong(1), k -> new HashSet<>()).add(rs.getString(2)));
    }

    @Override
    public Set<Integer> years() {
        Set<Integer> years = allYears();
        query("SELECT DISTINCT project_year FROM training_tally", List.of(), rs -> years.add(rs.getInt(1)));
        return years;
    }

    /**
     * The marks first, as a report would count them, so that a difference is one the marks missed (or a row changed
     * behind the application), not a change not yet counted; then the year recounted in full and compared.
     */
    @Override
    public Recount reconcile(int year, boolean fix, String path) {
        long start = System.nanoTime();
        lock();
        long marks = 0;
        Recount step;
        do {
            step = recountLocked(start);
            marks += step.marks();
        } while (step.marks() >= MARKS);
        long[] found = reconcileYear(year, fix, path);
        return new Recount(marks, found[0], found[1], millisSince(start));
    }

    /** Every year recounted in full in this transaction (the first build, or a mark of everything). */
    private Recount reconcileLocked(boolean fix, long start) {
        // the marks already committed are all covered by the full recount below, which reads after them
        List<Long> marks =
                fix ? query("SELECT id FROM training_tally_mark", List.of(), rs -> rs.getLong(1)) : List.of();
        long slices = 0;
        long differences = 0;
        for (int year : years()) {
            long[] found = reconcileYear(year, fix, null);
            slices += found[0];
            differences += found[1];
        }
        deleteMarks(marks);
        return new Recount(marks.size(), slices, differences, millisSince(start));
    }

    /**
     * One year recounted in full and compared slice by slice, the slices under {@code path} (all: null): {slices
     * compared, slices that differed}.
     */
    private long[] reconcileYear(int year, boolean fix, String path) {
        long[] sums = compare(
                year,
                tallyOf(year, null),
                keptTally(year),
                Key::unitPath,
                Figures::same,
                path,
                fix,
                this::replaceTally);
        long[] trained = compare(
                year,
                trainedOf(year, null),
                keptTrained(year),
                TrainedKey::schoolPath,
                Long::equals,
                path,
                fix,
                this::replaceTrained);
        long slices = sums[0] + trained[0];
        long differences = sums[1] + trained[1];
        if (differences > 0) {
            LOG.warning("Training tally: " + differences + " of " + slices + " slices of " + year
                    + " differed from a full recount" + (fix ? "; rewritten" : ""));
        }
        return new long[] {slices, differences};
    }

    /** Rewrites the rows of some slices of a year. */
    private interface SliceWriter<K, V> {
        void replace(int year, List<String> slices, Map<K, V> rows);
    }

    /**
     * What a full recount gives ({@code now}) against what is kept, slice by slice (the slices under {@code path});
     * {@code fix}: the slices that differ rewritten. {slices compared, slices that differed}.
     */
    private static <K, V> long[] compare(
            int year,
            Map<K, V> now,
            Map<K, V> kept,
            Function<K, String> sliceOf,
            BiPredicate<V, V> same,
            String path,
            boolean fix,
            SliceWriter<K, V> writer) {
        Map<String, Map<K, V>> computed = byFirst(now, sliceOf);
        Map<String, Map<K, V>> stored = byFirst(kept, sliceOf);
        List<String> slices = union(computed.keySet(), stored.keySet()).stream()
                .filter(slice -> path == null || slice.startsWith(path))
                .toList();
        List<String> differing = slices.stream()
                .filter(slice ->
                        !sameRows(computed.getOrDefault(slice, Map.of()), stored.getOrDefault(slice, Map.of()), same))
                .toList();
        if (fix) {
            for (List<String> chunk : chunks(differing)) {
                Map<K, V> rows = new HashMap<>();
                chunk.forEach(slice -> rows.putAll(computed.getOrDefault(slice, Map.of())));
                writer.replace(year, chunk, rows);
            }
        }
        return new long[] {slices.size(), differing.size()};
    }

    /** What the enrolments and results of the units (all: null) in the year's projects give now. */
    Map<Key, Figures> tallyOf(int year, List<String> units) {
        Map<Key, Figures> out = new HashMap<>();
        List<Object> params = yearAnd(year, units);
        query(
                "SELECT e.unit_path, " + PROJECT_KEY + ", COUNT(*) FROM training_project p JOIN enrolment e"
                        + " ON e.project_id = p.id WHERE p.project_year = ? AND p.status <> 'CANCELLED'"
                        + " AND e.status = 'ENROLLED'" + among("e.unit_path", units) + " GROUP BY e.unit_path, "
                        + PROJECT_KEY,
                params,
                rs -> out.merge(
                        key(rs), new Figures(rs.getLong(7), 0, 0, BigDecimal.ZERO, BigDecimal.ZERO), Figures::plus));
        query(
                "SELECT r.unit_path, " + PROJECT_KEY + ", COUNT(*), SUM(CASE WHEN b.status = 'RECOGNISED' THEN 1 ELSE 0"
                        + " END), SUM(r.hours), SUM(CASE WHEN b.status = 'RECOGNISED' THEN r.credits ELSE 0 END)"
                        + JdbcTrainingFigures.RESULTS_OF_PROJECTS + " WHERE p.project_year = ? AND"
                        + JdbcTrainingFigures.COMPLETED + among("r.unit_path", units) + " GROUP BY r.unit_path, "
                        + PROJECT_KEY,
                params,
                rs -> out.merge(
                        key(rs),
                        new Figures(
                                0,
                                rs.getLong(7),
                                rs.getLong(8),
                                decimal(rs.getBigDecimal(9)),
                                decimal(rs.getBigDecimal(10))),
                        Figures::plus));
        return out;
    }

    private Map<Key, Figures> keptTally(int year) {
        Map<Key, Figures> out = new HashMap<>();
        query(
                "SELECT unit_path, owner_path, level, category, host_id, hosts, SUM(enrolled), SUM(completed),"
                        + " SUM(recognised), SUM(hours), SUM(credits) FROM training_tally WHERE project_year = ?"
                        + " GROUP BY unit_path, owner_path, level, category, host_id, hosts",
                List.of(year),
                rs -> out.merge(
                        key(rs),
                        new Figures(
                                rs.getLong(7),
                                rs.getLong(8),
                                rs.getLong(9),
                                decimal(rs.getBigDecimal(10)),
                                decimal(rs.getBigDecimal(11))),
                        Figures::plus));
        return out;
    }

    /** Teachers of the schools (all: null) with a recognised, passed result of a project of the year, per level and at any. */
    Map<TrainedKey, Long> trainedOf(int year, List<String> schools) {
        Map<TrainedKey, Long> out = new HashMap<>();
        List<Object> params = yearAnd(year, schools);
        String from = JdbcTrainingFigures.RESULTS_OF_PROJECTS + " JOIN teacher t ON t.id = r.teacher_id"
                + " WHERE p.project_year = ? AND" + JdbcTrainingFigures.COMPLETED + " AND b.status = 'RECOGNISED'"
                + among("t.school_path", schools);
        query(
                "SELECT t.school_path, p.level, COUNT(DISTINCT r.teacher_id)" + from
                        + " GROUP BY t.school_path, p.level",
                params,
                rs -> out.put(new TrainedKey(rs.getString(1), rs.getString(2)), rs.getLong(3)));
        query(
                "SELECT t.school_path, COUNT(DISTINCT r.teacher_id)" + from + " GROUP BY t.school_path",
                params,
                rs -> out.put(new TrainedKey(rs.getString(1), ""), rs.getLong(2)));
        return out;
    }

    private Map<TrainedKey, Long> keptTrained(int year) {
        Map<TrainedKey, Long> out = new HashMap<>();
        query(
                "SELECT school_path, level, SUM(teachers) FROM training_trained WHERE project_year = ?"
                        + " GROUP BY school_path, level",
                List.of(year),
                rs -> out.merge(new TrainedKey(rs.getString(1), rs.getString(2)), rs.getLong(3), Long::sum));
        return out;
    }

    private void replaceTally(int year, List<String> units, Map<Key, Figures> rows) {
        update("DELETE FROM training_tally WHERE project_year = ?" + among("unit_path", units), yearAnd(year, units));
        List<List<Object>> inserts = new ArrayList<>();
        rows.forEach((k, f) -> inserts.add(List.of(
                year,
                k.unitPath(),
                k.ownerPath(),
                k.level(),
                k.category(),
                k.hostId(),
                k.hosts(),
                f.enrolled(),
                f.completed(),
                f.recognised(),
                f.hours(),
                f.credits())));
        TransactionJdbc.batch(em, INSERT_TALLY, inserts);
    }

    private void replaceTrained(int year, List<String> schools, Map<TrainedKey, Long> rows) {
        update(
                "DELETE FROM training_trained WHERE project_year = ?" + among("school_path", schools),
                yearAnd(year, schools));
        List<List<Object>> inserts = new ArrayList<>();
        rows.forEach((k, n) -> inserts.add(List.of(year, k.schoolPath(), k.level(), n)));
        TransactionJdbc.batch(em, INSERT_TRAINED, inserts);
    }

    /** Whether two slices hold the same rows. */
    private static <K, V> boolean sameRows(Map<K, V> x, Map<K, V> y, BiPredicate<V, V> same) {
        return x.size() == y.size()
                && x.entrySet().stream()
                        .allMatch(e -> y.containsKey(e.getKey()) && same.test(e.getValue(), y.get(e.getKey())));
    }

    private static Set<String> union(Set<String> a, Set<String> b) {
        Set<String> all = new TreeSet<>(a);
        all.addAll(b);
        return all;
    }

    private static <K, V> Map<String, Map<K, V>> byFirst(Map<K, V> rows, Function<K, String> slice) {
        Map<String, Map<K, V>> out = new HashMap<>();
        rows.forEach((k, v) ->
                out.computeIfAbsent(slice.apply(k), s -> new HashMap<>()).put(k, v));
        return out;
    }

    /** Every project year there is, and every year something is kept for. */
    private Set<Integer> allYears() {
        Set<Integer> years = new TreeSet<>();
        query("SELECT DISTINCT project_year FROM training_project", List.of(), rs -> years.add(rs.getInt(1)));
        query("SELECT DISTINCT project_year FROM training_trained", List.of(), rs -> years.add(rs.getInt(1)));
        return years;
    }

    /** The cluster's one recount lock, held until the transaction ends. */
    private void lock() {
        query("SELECT id FROM training_tally_lock WHERE id = 1 FOR UPDATE", List.of(), rs -> rs.getInt(1));
    }

    private void deleteMarks(List<Long> ids) {
        for (List<Long> chunk : chunks(ids)) {
            update("DELETE FROM training_tally_mark WHERE id IN (" + TransactionJdbc.marks(chunk.size()) + ")", chunk);
        }
    }

    private static Key key(java.sql.ResultSet rs) throws java.sql.SQLException {
        return new Key(
                rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getLong(5), rs.getString(6));
    }

    /** The year, then the paths (all: null), as a statement's parameters. */
    private static List<Object> yearAnd(int year, List<String> paths) {
        List<Object> params = new ArrayList<>();
        params.add(year);
        if (paths != null) {
            params.addAll(paths);
        }
        return params;
    }

    /** {@code AND column IN (?, …)} for the paths, or nothing for all (null). */
    private static String among(String column, List<String> paths) {
        return paths == null ? "" : " AND " + column + " IN (" + TransactionJdbc.marks(paths.size()) + ")";
    }

    private static <T> List<List<T>> chunks(List<T> all) {
        List<List<T>> out = new ArrayList<>();
        for (int from = 0; from < all.size(); from += CHUNK) {
            out.add(all.subList(from, Math.min(all.size(), from + CHUNK)));
        }
        return out;
    }

    private static BigDecimal decimal(BigDecimal value) {
        return value == null ? BigDecimal.ZERO : value;
    }

    private static long millisSince(long start) {
        return (System.nanoTime() - start) / 1_000_000;
    }

    private <T> List<T> query(String sql, List<?> params, TransactionJdbc.Row<T> row) {
        return TransactionJdbc.query(em, sql, params, row);
    }

    private void update(String sql, List<?> params) {
        TransactionJdbc.update(em, sql, params);
    }
}
