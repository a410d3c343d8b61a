package cn.edu.ttms.application.statistics;

import java.math.BigDecimal;
import java.util.List;

/**
 * The port to the training figures (issue 19, item 2): SQL aggregates over plans, projects,
 * enrolments and results under one unit's materialised path, never rows loaded one by one. Every
 * method takes the unit's path; the figures of "its plans" are those of projects owned by the
 * subtree, those of "its teachers" the enrolments and results of trainees whose unit (at the time)
 * lies in the subtree.
 */
public interface TrainingFigures {

    /** Whose enrolments and results count: the trainees of the subtree, or the projects it organised. */
    enum View {
        ITS_TEACHERS,
        ITS_PLANS
    }

    /** How the rows are grouped. */
    enum Dimension {
        LEVEL,
        CATEGORY,
        HOST,
        YEAR
    }

    /**
     * One group: places planned (stage trainees of the subtree's projects, cancelled ones included), enrolled
     * (enrolments ENROLLED in projects not cancelled), completed (results not voided, not failed, of a batch
     * the lead confirmed), recognised (of those, in a recognised batch); hours of the completed results,
     * credits of the recognised ones. {@code key} is the level's name, the category, the host, the year or
     * the child unit's id; empty for rows without one.
     */
    record Row(
            String key,
            long planned,
            long enrolled,
            long completed,
            long recognised,
            BigDecimal hours,
            BigDecimal credits) {

        public static Row empty(String key) {
            return new Row(key, 0, 0, 0, 0, BigDecimal.ZERO, BigDecimal.ZERO);
        }
    }

    /** Projects of the subtree's plans cancelled in the years, and those cancelled for too few trainees, with their places. */
    record Cancellations(long cancelled, long tooFewTrainees, long tooFewTraineesPlaces) {}

    /** The teachers of the subtree now, and those with a designation as key teacher at city level or above, at county level or above. */
    record KeyTeachers(long teachers, long cityOrAbove, long countyOrAbove) {}

    /** Distinct teachers of the subtree with a recognised, passed result of a project of the level (key: level; "" for any level). */
    record Trained(String level, long teachers) {}

    /**
     * The figures of the subtree's teachers in one year for one combination of the project's level, category and
     * host and of the direct child unit the rows fall under ({@code child}: the child's id; "" for rows of the unit
     * itself or of a child that is not counted, such as a training institution).
     */
    record Cell(String level, String category, String host, String child, Row figures) {}

    /** A direct child unit: its id, name and kind. */
    record Unit(long id, String name, String kind) {}

    /** The open direct children of a unit, training institutions left out, by name. */
    List<Unit> children(long parentId);

    /** Rows of the years {@code from}–{@code to} grouped by a dimension, in the view. */
    List<Row> rows(String path, int from, int to, Dimension dimension, View view);

    /**
     * Every cell of the year in the view of its teachers: what {@link #rows} gives for LEVEL, CATEGORY and HOST and
     * what it gives per direct child unit (not training institutions), from one pass over each table instead of one per grouping.
     */
    List<Cell> cells(long unitId, int year);

    Cancellations cancellations(String path, int year);

    /** Key teachers as of the year (designations from that year or earlier). */
    KeyTeachers keyTeachers(String path, int year);

    /** Teachers trained in the year at each level, and at any level (level ""). */
    List<Trained> trained(String path, int year);

    /** Recognised places of the subtree's teachers in the year, by project category. */
    default List<Row> byCategory(String path, int year) {
        return rows(path, year, year, Dimension.CATEGORY, View.ITS_TEACHERS);
    }
}
