package cn.edu.ttms.application.archive;

import cn.edu.ttms.domain.model.compliance.RequirementRow;
import cn.edu.ttms.domain.model.policy.Requirement;
import cn.edu.ttms.domain.model.shared.Module;
import java.io.Serializable;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeSet;

/**
 * The compliance of a school or a county (issue "Results…", item 7): how many of its teachers meet
 * the cycle's (or one year's) minimums with recognised results, and who falls short of what, by how much.
 *
 * <p>Issue 17, item 7: the same figures a column per requirement row of the policy ({@link #columns()}),
 * and rolled up by school ({@link #bySchool()}): per school its teachers, how many are compliant, and per
 * requirement how many fall short in it.
 */
public record UnitCompliance(
        long unitId,
        String unitName,
        int cycleFirstYear,
        int cycleLastYear,
        Integer year,
        int teachers,
        int compliant,
        List<TeacherStanding> standings)
        implements Serializable {

    /**
     * One teacher: compliant or not (cycle or the chosen year), and every requirement row of the judged
     * period — the cycle's own rows, or the chosen year's.
     */
    public record TeacherStanding(
            long teacherId, String name, String school, boolean compliant, List<RequirementRow> rows)
            implements Serializable {

        public TeacherStanding {
            rows = List.copyOf(rows);
        }

        /** The rows not met by recognised results, each with its shortfall. */
        public List<RequirementRow> shortfalls() {
            return rows.stream().filter(r -> !r.met()).toList();
        }

        /** The teacher's row for a column, or null when the policy asks nothing of the kind. */
        public RequirementRow row(Column column) {
            return rows.stream().filter(column::matches).findFirst().orElse(null);
        }
    }

    /** A requirement row of the policy as a column: the requirement, and its module for module rows. */
    public record Column(Requirement requirement, Module module) implements Serializable {

        public Column {
            Objects.requireNonNull(requirement, "requirement");
        }

        public static Column of(RequirementRow row) {
            return new Column(row.requirement(), row.module());
        }

        public boolean matches(RequirementRow row) {
            return row.requirement() == requirement && row.module() == module;
        }

        static final Comparator<Column> ORDER = Comparator.comparing(
                        (Column c) -> c.requirement().ordinal())
                .thenComparing(c -> c.module() == null ? -1 : c.module().ordinal());
    }

    /**
     * One school of the unit: its teachers, how many are compliant, the rate in percent (one decimal,
     * rounded down so that 99.96 % never shows as 100 %), and per column of {@link #columns()} how many
     * of its teachers fall short in that row.
     */
    public record SchoolTally(String school, int teachers, int compliant, List<Integer> failing)
            implements Serializable {

        public SchoolTally {
            failing = List.copyOf(failing);
        }

        public int shortOf() {
            return teachers - compliant;
        }

        public BigDecimal rate() {
            return UnitCompliance.rate(compliant, teachers);
        }
    }

    public int shortOf() {
        return teachers - compliant;
    }

    /** The unit's compliance rate in percent, as {@link SchoolTally#rate()}. */
    public BigDecimal rate() {
        return rate(compliant, teachers);
    }

    static BigDecimal rate(int compliant, int teachers) {
        return teachers == 0
                ? BigDecimal.ZERO.setScale(1)
                : BigDecimal.valueOf(compliant * 100L).divide(BigDecimal.valueOf(teachers), 1, RoundingMode.DOWN);
    }

    /** Every requirement row any teacher is judged by, in the policy's order (rules.md §1). */
    public List<Column> columns() {
        TreeSet<Column> columns = new TreeSet<>(Column.ORDER);
        standings.forEach(s -> s.rows().forEach(r -> columns.add(Column.of(r))));
        return new ArrayList<>(columns);
    }

    /** The unit's schools in the order of their names, each with its tally; they add up to the unit's figures. */
    public List<SchoolTally> bySchool() {
        List<Column> columns = columns();
        Map<String, List<TeacherStanding>> schools = new LinkedHashMap<>();
        standings.stream()
                .sorted(Comparator.comparing(TeacherStanding::school))
                .forEach(s -> schools.computeIfAbsent(s.school(), k -> new ArrayList<>())
                        .add(s));
        List<SchoolTally> out = new ArrayList<>();
        schools.forEach((school, members) -> out.add(new SchoolTally(
                school,
                members.size(),
                (int) members.stream().filter(TeacherStanding::compliant).count(),
                columns.stream()
                        .map(c -> (int) members.stream()
                                .map(s -> s.row(c))
                                .filter(r -> r != null && !r.met())
                                .count())
                        .toList())));
        return out;
    }

    /** The standings of one school of the unit, or all when {@code school} is null. */
    public List<TeacherStanding> standingsOf(String school) {
        return school == null
                ? standings
                : standings.stream().filter(s -> s.school().equals(school)).toList();
    }
}
