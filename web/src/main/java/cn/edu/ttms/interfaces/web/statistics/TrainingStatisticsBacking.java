package cn.edu.ttms.interfaces.web.statistics;

import cn.edu.ttms.application.account.AccountService;
import cn.edu.ttms.application.json.JsonBuilders;
import cn.edu.ttms.application.organisation.OrganisationAdmin;
import cn.edu.ttms.application.organisation.OrganisationNode;
import cn.edu.ttms.application.statistics.TargetReport;
import cn.edu.ttms.application.statistics.TrainingReport;
import cn.edu.ttms.application.statistics.TrainingStatistics;
import cn.edu.ttms.application.statistics.TrainingTargets;
import cn.edu.ttms.domain.model.shared.DomainException;
import cn.edu.ttms.interfaces.web.shell.Messages;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import java.util.function.ToLongFunction;

/**
 * app/statistics/training.xhtml?unit=…&amp;year=… (培训统计; issue 19, items 2–4): a unit of the caller's
 * scope — its own first — and a year; plan vs delivered side by side, by level, category and host, each
 * child unit (a link drills down), the years before, and the targets against the actuals; two charts; each
 * table as a spreadsheet ({@link TrainingExportServlet}).
 */
@Named
@ViewScoped
public class TrainingStatisticsBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    /** How many years the trend shows, ending with the chosen one. */
    static final int TREND_YEARS = 5;

    @Inject
    TrainingStatistics statistics;

    @Inject
    TrainingTargets targets;

    @Inject
    OrganisationAdmin organisations;

    @Inject
    AccountService accounts;

    private Long unit;
    private Integer year;
    private List<OrganisationNode> units = List.of();
    private boolean shown;
    /** Records of the application layer are not Serializable: read again should the view be restored elsewhere. */
    private transient TrainingReport report;

    private transient List<TrainingReport.YearFigures> trend;
    private transient TargetReport target;

    public void load() {
        if (!StatisticsPages.allow(StatisticsPages.READERS)) {
            return;
        }
        units = StatisticsPages.units(organisations);
        if (unit == null) {
            unit = accounts.current().map(a -> a.organisation().id()).orElse(null);
        }
        if (year == null) {
            year = LocalDate.now().getYear();
        }
        show();
    }

    public void show() {
        report = null;
        trend = null;
        target = null;
        shown = false;
        FacesContext faces = FacesContext.getCurrentInstance();
        if (unit == null || year == null) {
            Messages.error(faces, null, "statistics.chooseUnit");
            return;
        }
        try {
            read();
            shown = true;
        } catch (DomainException e) {
            Messages.error(faces, e);
        }
    }

    private void read() {
        report = statistics.training(unit, year);
        trend = statistics.trend(unit, year - TREND_YEARS + 1, year);
        target = targets.targets(unit, year);
    }

    public TrainingReport getReport() {
        if (report == null && shown) {
            read();
        }
        return report;
    }

    public List<TrainingReport.YearFigures> getTrend() {
        if (trend == null && shown) {
            read();
        }
        return trend == null ? List.of() : trend;
    }

    public TargetReport getTarget() {
        if (target == null && shown) {
            read();
        }
        return target;
    }

    /** Bars per child unit: places planned and recognised, as a Chart.js configuration for p:chart. */
    public String getChildrenChart() {
        TrainingReport r = getReport();
        if (r == null || r.children().isEmpty()) {
            return null;
        }
        JsonArrayBuilder labels = JsonBuilders.createArrayBuilder();
        r.children().forEach(c -> labels.add(c.unit().name()));
        List<TrainingReport.Child> children = r.children();
        return chart(
                "bar",
                labels,
                dataset(
                        "statistics.training.planned",
                        children,
                        c -> c.figures().planned(),
                        "rgba(31, 78, 140, 0.75)"),
                dataset(
                        "statistics.training.recognised",
                        children,
                        c -> c.figures().recognised(),
                        "rgba(46, 139, 87, 0.75)"));
    }

    /** Lines over the years: places planned, enrolled, completed and recognised. */
    public String getTrendChart() {
        List<TrainingReport.YearFigures> years = getTrend();
        if (years.isEmpty()) {
            return null;
        }
        JsonArrayBuilder labels = JsonBuilders.createArrayBuilder();
        years.forEach(y -> labels.add(String.valueOf(y.year())));
        return chart(
                "line",
                labels,
                dataset("statistics.training.planned", years, y -> y.figures().planned(), "rgba(31, 78, 140, 0.9)"),
                dataset("statistics.training.enrolled", years, y -> y.figures().enrolled(), "rgba(214, 137, 16, 0.9)"),
                dataset(
                        "statistics.training.completed",
                        years,
                        y -> y.figures().completed(),
                        "rgba(120, 80, 160, 0.9)"),
                dataset(
                        "statistics.training.recognised",
                        years,
                        y -> y.figures().recognised(),
                        "rgba(46, 139, 87, 0.9)"));
    }

    private <T> JsonObjectBuilder dataset(String key, List<T> items, ToLongFunction<T> value, String colour) {
        JsonArrayBuilder data = JsonBuilders.createArrayBuilder();
        items.forEach(i -> data.add(value.applyAsLong(i)));
        return JsonBuilders.createObjectBuilder()
                .add("label", Messages.text(FacesContext.getCurrentInstance(), key))
                .add("data", data)
                .add("backgroundColor", colour)
                .add("borderColor", colour)
                .add("fill", false);
    }

    @SafeVarargs
    private static String chart(String type, JsonArrayBuilder labels, JsonObjectBuilder... datasets) {
        JsonArrayBuilder sets = JsonBuilders.createArrayBuilder();
        for (JsonObjectBuilder d : datasets) {
            sets.add(d);
        }
        return JsonBuilders.createObjectBuilder()
                .add("type", type)
                .add(
                        "data",
                        JsonBuilders.createObjectBuilder().add("labels", labels).add("datasets", sets))
                .add(
                        "options",
                        JsonBuilders.createObjectBuilder()
                                .add("responsive", true)
                                .add("maintainAspectRatio", false)
                                .add(
                                        "scales",
                                        JsonBuilders.createObjectBuilder()
                                                .add(
                                                        "y",
                                                        JsonBuilders.createObjectBuilder()
                                                                .add("beginAtZero", true))))
                .build()
                .toString();
    }

    /** The spreadsheet of one table (or of all of them, {@code all}). */
    public String exportUrl(String table) {
        return FacesContext.getCurrentInstance().getExternalContext().getRequestContextPath()
                + "/app/statistics/training.xlsx?unit=" + unit + "&year=" + year + "&table=" + table;
    }

    public String unitLabel(OrganisationNode n) {
        return n.name() + " ("
                + Messages.text(
                        FacesContext.getCurrentInstance(),
                        "organisation.kind." + n.kind().name()) + ")";
    }

    /** Whether the caller may set targets (the link to the targets page). */
    public boolean isMaySetTargets() {
        var external = FacesContext.getCurrentInstance().getExternalContext();
        for (String role : StatisticsPages.SETTERS) {
            if (external.isUserInRole(role)) {
                return true;
            }
        }
        return false;
    }

    public Long getUnit() {
        return unit;
    }

    public void setUnit(Long unit) {
        this.unit = unit;
    }

    public Integer getYear() {
        return year;
    }

    public void setYear(Integer year) {
        this.year = year;
    }

    public List<OrganisationNode> getUnits() {
        return units;
    }

    public boolean isShown() {
        return shown;
    }
}
