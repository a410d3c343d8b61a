package cn.edu.ttms.interfaces.web.statistics;

import cn.edu.ttms.application.statistics.TargetReport;
import cn.edu.ttms.application.statistics.TrainingReport;
import cn.edu.ttms.application.statistics.TrainingReport.Figures;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * The tables of the training statistics page as rows for a spreadsheet (issue 19, item 4): Chinese (or
 * English) column titles from the bundle, counts and shares as numbers, one table per name.
 */
final class StatisticsTables {

    /** The tables, by the name the export link gives. */
    enum Table {
        summary,
        level,
        category,
        host,
        children,
        trend,
        targets
    }

    /** A table: its title, column titles and rows. */
    record Sheet(String title, List<String> header, List<List<Object>> rows) {}

    private final Locale locale;

    StatisticsTables(Locale locale) {
        this.locale = locale;
    }

    private String t(String key, Object... args) {
        return StatisticsPages.web(locale, key, args);
    }

    private List<String> figureHeader(String first) {
        return List.of(
                first,
                t("statistics.training.planned"),
                t("statistics.training.enrolled"),
                t("statistics.training.completed"),
                t("statistics.training.recognised"));
    }

    private static List<Object> figureRow(Object first, Figures f) {
        return new ArrayList<>(Arrays.asList(first, f.planned(), f.enrolled(), f.completed(), f.recognised()));
    }

    Sheet summary(TrainingReport r) {
        List<List<Object>> rows = new ArrayList<>();
        Figures own = r.total();
        Figures organised = r.organised();
        rows.add(List.of(t("statistics.training.planned"), organised.planned(), own.planned()));
        rows.add(List.of(t("statistics.training.enrolled"), organised.enrolled(), own.enrolled()));
        rows.add(List.of(t("statistics.training.completed"), organised.completed(), own.completed()));
        rows.add(List.of(t("statistics.training.recognised"), organised.recognised(), own.recognised()));
        rows.add(Arrays.asList(t("statistics.training.hoursDelivered"), null, r.hoursDelivered()));
        rows.add(Arrays.asList(t("statistics.training.creditsDelivered"), null, r.creditsDelivered()));
        rows.add(Arrays.asList(t("statistics.training.cancelled"), r.cancelled(), null));
        rows.add(Arrays.asList(t("statistics.training.cancelledTooFew"), r.cancelledForTooFewTrainees(), null));
        rows.add(Arrays.asList(t("statistics.training.teachers"), null, r.teachers()));
        rows.add(Arrays.asList(t("statistics.training.trainedTeachers"), null, r.trainedTeachers()));
        rows.add(Arrays.asList(t("statistics.training.shareTrained"), null, r.shareTrained()));
        return new Sheet(
                t("statistics.training.summary"),
                List.of(
                        t("statistics.training.figure"),
                        t("statistics.training.itsPlans"),
                        t("statistics.training.itsTeachers")),
                rows);
    }

    Sheet level(TrainingReport r) {
        List<String> header = new ArrayList<>(figureHeader(t("statistics.training.level")));
        header.add(t("statistics.training.trainedTeachers"));
        header.add(t("statistics.training.shareTrained"));
        List<List<Object>> rows = new ArrayList<>();
        for (int i = 0; i < r.byLevel().size(); i++) {
            TrainingReport.Group g = r.byLevel().get(i);
            TrainingReport.LevelShare s = r.shareTrainedByLevel().get(i);
            List<Object> row = figureRow(StatisticsPages.domain(locale, "level." + g.key()), g.figures());
            row.add(s.teachers());
            row.add(s.share());
            rows.add(row);
        }
        return new Sheet(t("statistics.training.byLevel"), header, rows);
    }

    Sheet category(TrainingReport r) {
        return groups(t("statistics.training.byCategory"), t("statistics.training.category"), r.byCategory());
    }

    Sheet host(TrainingReport r) {
        return groups(t("statistics.training.byHost"), t("statistics.training.host"), r.byHost());
    }

    private Sheet groups(String title, String first, List<TrainingReport.Group> groups) {
        List<List<Object>> rows = new ArrayList<>();
        groups.forEach(
                g -> rows.add(figureRow(g.key().isEmpty() ? t("statistics.training.none") : g.key(), g.figures())));
        return new Sheet(title, figureHeader(first), rows);
    }

    Sheet children(TrainingReport r) {
        List<List<Object>> rows = new ArrayList<>();
        r.children().forEach(c -> rows.add(figureRow(c.unit().name(), c.figures())));
        return new Sheet(t("statistics.training.children"), figureHeader(t("statistics.training.unit")), rows);
    }

    Sheet trend(List<TrainingReport.YearFigures> years) {
        List<List<Object>> rows = new ArrayList<>();
        years.forEach(y -> rows.add(figureRow(y.year(), y.figures())));
        return new Sheet(t("statistics.training.trend"), figureHeader(t("statistics.training.year")), rows);
    }

    Sheet targets(TargetReport r) {
        List<List<Object>> rows = new ArrayList<>();
        r.categories()
                .forEach(c -> rows.add(Arrays.asList(
                        t("statistics.targets.placesOf", c.category()), c.target(), c.recognised(), c.attained())));
        rows.add(Arrays.asList(
                t("statistics.targets.keyTeacherCity"),
                r.keyTeacherCity().target(),
                r.keyTeacherCity().actual(),
                met(r.keyTeacherCity().met())));
        rows.add(Arrays.asList(
                t("statistics.targets.keyTeacherCounty"),
                r.keyTeacherCounty().target(),
                r.keyTeacherCounty().actual(),
                met(r.keyTeacherCounty().met())));
        rows.add(Arrays.asList(
                t("statistics.targets.compliance"),
                r.compliance().target(),
                r.compliance().actual(),
                met(r.compliance().met())));
        return new Sheet(
                t("statistics.targets.title"),
                List.of(
                        t("statistics.targets.item"),
                        t("statistics.targets.target"),
                        t("statistics.targets.actual"),
                        t("statistics.targets.attainment")),
                rows);
    }

    private String met(Boolean met) {
        return met == null ? "" : t(met ? "statistics.targets.met" : "statistics.targets.notMet");
    }
}
