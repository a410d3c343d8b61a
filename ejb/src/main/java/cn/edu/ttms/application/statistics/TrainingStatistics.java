package cn.edu.ttms.application.statistics;

import cn.edu.ttms.application.audit.AuditTrail;
import cn.edu.ttms.application.scope.CurrentCaller;
import cn.edu.ttms.application.statistics.TrainingFigures.Dimension;
import cn.edu.ttms.application.statistics.TrainingFigures.Row;
import cn.edu.ttms.application.statistics.TrainingFigures.View;
import cn.edu.ttms.application.statistics.TrainingReport.Child;
import cn.edu.ttms.application.statistics.TrainingReport.Figures;
import cn.edu.ttms.application.statistics.TrainingReport.Group;
import cn.edu.ttms.application.statistics.TrainingReport.LevelShare;
import cn.edu.ttms.application.statistics.TrainingReport.UnitRef;
import cn.edu.ttms.application.statistics.TrainingReport.YearFigures;
import cn.edu.ttms.domain.model.account.Role;
import cn.edu.ttms.domain.model.audit.AuditAction;
import cn.edu.ttms.domain.model.organisation.Organisation;
import cn.edu.ttms.domain.model.organisation.OrganisationRepository;
import cn.edu.ttms.domain.model.shared.Invalid;
import cn.edu.ttms.domain.model.shared.Level;
import cn.edu.ttms.domain.model.shared.RecordNotFound;
import cn.edu.ttms.domain.model.targets.Shares;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Training statistics of a unit in the caller's scope (issue 19, item 2): what its plans planned and
 * what its teachers were enrolled in, completed and had recognised, by level, category and host, with
 * its child units and the years before. A unit out of scope is not found (404); a year without data
 * gives zeros.
 */
@Stateless
@RolesAllowed({"ADMIN", "PROVINCE_OFFICER", "BUREAU_STAFF", "BUREAU_REVIEWER"})
public class TrainingStatistics {

    /** The longest trend asked at once. */
    static final int MAX_YEARS = 30;

    @Inject
    CurrentCaller caller;

    @Inject
    OrganisationRepository organisations;

    @Inject
    TrainingFigures figures;

    @Inject
    TrainingTallies tallies;

    @Inject
    AuditTrail audit;

    /** The unit in the caller's scope, else not found. */
    public Organisation unit(long unitId) {
        return organisations.find(unitId, caller.scope()).orElseThrow(() -> new RecordNotFound("Organisation", unitId));
    }

    /** The unit's id and name, if in the caller's scope. */
    public UnitRef unitRef(long unitId) {
        Organisation unit = unit(unitId);
        return new UnitRef(unit.id(), unit.name());
    }

    public TrainingReport training(long unitId, int year) {
        checkYear("year", year);
        tallies.catchUp(); // first: what was committed before this report is counted in it
        Organisation unit = unit(unitId);
        String path = unit.path();
        // one pass over plans, enrolments and results gives the levels, categories, hosts and children
        List<TrainingFigures.Cell> cells = figures.cells(unit.id(), year);
        List<Row> byLevel = rollUp(cells, TrainingFigures.Cell::level);
        List<Row> organised = figures.rows(path, year, year, Dimension.LEVEL, View.ITS_PLANS);
        Row total = sum("", byLevel);
        TrainingFigures.Cancellations cancelled = figures.cancellations(path, year);
        TrainingFigures.KeyTeachers key = figures.keyTeachers(path, year);
        Map<String, Long> trained = figures.trained(path, year).stream()
                .collect(Collectors.toMap(TrainingFigures.Trained::level, TrainingFigures.Trained::teachers));
        List<LevelShare> shares = new ArrayList<>();
        for (Level level : Level.values()) {
            long n = trained.getOrDefault(level.name(), 0L);
            shares.add(new LevelShare(level.name(), n, Shares.percent(n, key.teachers())));
        }
        long trainedAny = trained.getOrDefault("", 0L);
        return new TrainingReport(
                new UnitRef(unit.id(), unit.name()),
                year,
                Figures.of(total),
                Figures.of(sum("", organised)),
                levels(byLevel),
                groups(rollUp(cells, TrainingFigures.Cell::category)),
                groups(rollUp(cells, TrainingFigures.Cell::host)),
                total.hours(),
                total.credits(),
                cancelled.cancelled(),
                cancelled.tooFewTrainees(),
                cancelled.tooFewTraineesPlaces(),
                key.teachers(),
                trainedAny,
                Shares.percent(trainedAny, key.teachers()),
                shares,
                children(unit, rollUp(cells, TrainingFigures.Cell::child)));
    }

    /** The cells summed by one of their keys, in the order met. */
    static List<Row> rollUp(List<TrainingFigures.Cell> cells, Function<TrainingFigures.Cell, String> key) {
        Map<String, List<Row>> groups = new java.util.LinkedHashMap<>();
        for (TrainingFigures.Cell c : cells) {
            groups.computeIfAbsent(key.apply(c), k -> new ArrayList<>()).add(c.figures());
        }
        List<Row> rows = new ArrayList<>();
        groups.forEach((k, rs) -> rows.add(sum(k, rs)));
        return rows;
    }

    /** The headline figures of every year from {@code from} to {@code to}, zeros for years without data. */
    public List<YearFigures> trend(long unitId, int from, int to) {
        checkYear("from", from);
        checkYear("to", to);
        if (from > to || to - from >= MAX_YEARS) {
            throw new Invalid("error.statistics.yearRange", "from must not be after to, at most 30 years", from, to);
        }
        tallies.catchUp();
        Organisation unit = unit(unitId);
        Map<String, Row> rows = byKey(figures.rows(unit.path(), from, to, Dimension.YEAR, View.ITS_TEACHERS));
        List<YearFigures> out = new ArrayList<>();
        for (int y = from; y <= to; y++) {
            out.add(new YearFigures(y, Figures.of(rows.getOrDefault(String.valueOf(y), Row.empty("")))));
        }
        return out;
    }

    /** The home page's figures of the caller's own unit this year: three small aggregates. */
    public TrainingReport.Headline headline(int year) {
        tallies.catchUp();
        Organisation unit = unit(caller.get().organisationId());
        List<Row> planned = figures.rows(unit.path(), year, year, Dimension.LEVEL, View.ITS_TEACHERS);
        Row total = sum("", planned);
        long teachers = figures.keyTeachers(unit.path(), year).teachers();
        long trained = figures.trained(unit.path(), year).stream()
                .filter(t -> t.level().isEmpty())
                .mapToLong(TrainingFigures.Trained::teachers)
                .sum();
        return new TrainingReport.Headline(
                new UnitRef(unit.id(), unit.name()),
                year,
                total.planned(),
                total.recognised(),
                Shares.percent(trained, teachers));
    }

    private List<Child> children(Organisation unit, List<Row> byChild) {
        Map<String, Row> rows = byKey(byChild);
        return figures.children(unit.id()).stream()
                .map(c -> new Child(
                        new UnitRef(c.id(), c.name()),
                        c.kind(),
                        Figures.of(rows.getOrDefault(String.valueOf(c.id()), Row.empty("")))))
                .toList();
    }

    /** Every level in the order of {@link Level}, zeros for levels without data. */
    private static List<Group> levels(List<Row> rows) {
        Map<String, Row> byKey = byKey(rows);
        return Arrays.stream(Level.values())
                .map(l -> new Group(l.name(), Figures.of(byKey.getOrDefault(l.name(), Row.empty(l.name())))))
                .toList();
    }

    /** Categories or hosts, the most places planned first, then by name. */
    private static List<Group> groups(List<Row> rows) {
        return rows.stream()
                .sorted(Comparator.comparingLong((Row r) -> -r.planned())
                        .thenComparingLong(r -> -r.enrolled())
                        .thenComparing(Row::key))
                .map(r -> new Group(r.key(), Figures.of(r)))
                .toList();
    }

    static Row sum(String key, List<Row> rows) {
        long planned = 0;
        long enrolled = 0;
        long completed = 0;
        long recognised = 0;
        BigDecimal hours = BigDecimal.ZERO;
        BigDecimal credits = BigDecimal.ZERO;
        for (Row r : rows) {
            planned += r.planned();
            enrolled += r.enrolled();
            completed += r.completed();
            recognised += r.recognised();
            hours = hours.add(r.hours());
            credits = credits.add(r.credits());
        }
        return new Row(key, planned, enrolled, completed, recognised, hours, credits);
    }

    private static Map<String, Row> byKey(List<Row> rows) {
        return rows.stream()
                .collect(Collectors.toMap(Row::key, Function.identity(), (a, b) -> sum(a.key(), List.of(a, b))));
    }

    /**
     * Recounts every year's kept sums in full and compares them with what is kept (the nightly reconciliation, on
     * demand); {@code fix}: rewrites what differs. An administrator or a province officer, as for the standings.
     */
    @RolesAllowed({"ADMIN", "PROVINCE_OFFICER"})
    public TrainingTally.Recount reconcile(boolean fix) {
        // an administrator every slice, a province officer those of the province (as for the standings)
        var me = caller.get();
        String path = me.holds(Role.ADMIN) ? null : me.organisationPath();
        TrainingTally.Recount outcome = tallies.reconcile(fix, path);
        audit.record(
                AuditAction.UPDATE,
                "TrainingTally",
                null,
                me.organisationPath(),
                "reconciliation: " + outcome.slices() + " slices, " + outcome.differences() + " differences"
                        + (fix ? " fixed" : ""));
        return outcome;
    }

    /** Any year of the calendar a person may mean (1900–2999); one without data gives zeros. */
    static void checkYear(String field, int year) {
        if (year < 1900 || year > 2999) {
            throw new cn.edu.ttms.domain.model.targets.InvalidTarget(
                    "error.statistics.year", field + " out of range: " + year, field, String.valueOf(year));
        }
    }
}
