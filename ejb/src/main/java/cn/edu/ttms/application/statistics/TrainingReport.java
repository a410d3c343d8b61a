package cn.edu.ttms.application.statistics;

import java.math.BigDecimal;
import java.util.List;

/**
 * The training figures of one unit and year (issue 19, item 2; api.md {@code /statistics/training}):
 * trainee places planned by the unit's plans, and enrolled, completed and recognised by its teachers,
 * as totals and by level, category and host; hours and credits delivered; cancellations; the share of
 * its teachers trained at each level; the same figures for what it organised; each child unit's figures.
 */
public record TrainingReport(
        UnitRef unit,
        int year,
        Figures total,
        Figures organised,
        List<Group> byLevel,
        List<Group> byCategory,
        List<Group> byHost,
        BigDecimal hoursDelivered,
        BigDecimal creditsDelivered,
        long cancelled,
        long cancelledForTooFewTrainees,
        long placesCancelledForTooFewTrainees,
        long teachers,
        long trainedTeachers,
        BigDecimal shareTrained,
        List<LevelShare> shareTrainedByLevel,
        List<Child> children) {

    /** A unit as the figures name it. */
    public record UnitRef(long id, String name) {}

    /** Places planned, enrolled, completed, recognised. */
    public record Figures(long planned, long enrolled, long completed, long recognised) {

        public static Figures of(TrainingFigures.Row row) {
            return new Figures(row.planned(), row.enrolled(), row.completed(), row.recognised());
        }
    }

    /** One level, category or host: its key and figures. */
    public record Group(String key, Figures figures) {}

    /** Teachers of the unit trained (recognised, passed) in the year at a level, and their share in percent. */
    public record LevelShare(String level, long teachers, BigDecimal share) {}

    /** A child unit and its figures (its plans' places, its teachers' enrolments and results). */
    public record Child(UnitRef unit, String kind, Figures figures) {}

    /** The figures of one year, for the trend. */
    public record YearFigures(int year, Figures figures) {}

    /** The home page's three numbers: places planned and recognised this year, the share of teachers trained. */
    public record Headline(UnitRef unit, int year, long planned, long recognised, BigDecimal shareTrained) {}
}
