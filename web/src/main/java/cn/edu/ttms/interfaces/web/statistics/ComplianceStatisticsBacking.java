package cn.edu.ttms.interfaces.web.statistics;

import cn.edu.ttms.application.json.JsonBuilders;
import cn.edu.ttms.application.statistics.ComplianceFigures;
import cn.edu.ttms.application.statistics.ComplianceStatistics;
import cn.edu.ttms.application.statistics.ComplianceTeacherList;
import cn.edu.ttms.domain.model.compliance.StandingRow;
import cn.edu.ttms.domain.model.shared.DomainException;
import cn.edu.ttms.domain.model.shared.DomainMessages;
import cn.edu.ttms.interfaces.web.shell.Messages;
import cn.edu.ttms.interfaces.web.shell.PageAccess;
import cn.edu.ttms.interfaces.web.shell.PagedModel;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.json.JsonArrayBuilder;
import java.io.Serializable;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.primefaces.model.LazyDataModel;

/**
 * app/statistics/compliance.xhtml?unit=…&amp;cycle=…&amp;year=…&amp;teachers=true (达标率统计, issue 19 item 1):
 * the compliance figures of any unit in the caller's scope — the caller's own unit first, so that a city
 * sees itself and the province the whole province — with a bar per child unit, the children with links one
 * level down (province → city → county → school), the teachers of a unit with their shortfalls (each
 * linking to the teacher's archive), the figures by stage, subject and designation, and the requirement
 * rows failed most; every table as a spreadsheet ({@link ComplianceStatisticsExportServlet}).
 */
@Named
@ViewScoped
public class ComplianceStatisticsBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    static final String[] STAFF = {"ADMIN", "PROVINCE_OFFICER", "BUREAU_STAFF", "BUREAU_REVIEWER", "SCHOOL_ADMIN"};

    @Inject
    ComplianceStatistics statistics;

    private Long unit;
    private Integer cycle;
    private Integer year;
    private boolean teachers;
    private ComplianceFigures figures;
    private LazyDataModel<ComplianceTeacherList.Item> teacherList;
    private long teacherTotal;
    private String chart;

    public void load() {
        if (!PageAccess.allow(STAFF)) {
            return;
        }
        FacesContext faces = FacesContext.getCurrentInstance();
        try {
            figures = statistics.ofUnit(unit, cycle, year);
        } catch (DomainException e) {
            Messages.error(faces, e);
            figures = null;
            return;
        }
        unit = figures.unit().id();
        cycle = figures.cycleStart();
        teachers = teachers || figures.children().isEmpty();
        teacherTotal = figures.teachers();
        if (teachers) {
            long id = unit;
            int c = cycle;
            Integer y = year;
            teacherList = new PagedModel<>(
                    (first, max) -> statistics.teachers(id, c, y, first, max).items(),
                    () -> teacherTotal,
                    ComplianceTeacherList.Item::teacherId);
        }
        chart = chart(faces);
    }

    /** Shows the chosen unit, cycle and year: the same page with them as parameters (bookmarkable). */
    public String show() {
        teachers = false;
        return "/app/statistics/compliance?faces-redirect=true&includeViewParams=true";
    }

    /** A bar per child unit: its compliance rate in percent (Chart.js configuration for p:chart). */
    private String chart(FacesContext faces) {
        JsonArrayBuilder labels = JsonBuilders.createArrayBuilder();
        JsonArrayBuilder values = JsonBuilders.createArrayBuilder();
        figures.children().forEach(c -> {
            labels.add(c.key());
            values.add(c.rate());
        });
        return JsonBuilders.createObjectBuilder()
                .add("type", "bar")
                .add(
                        "data",
                        JsonBuilders.createObjectBuilder()
                                .add("labels", labels)
                                .add(
                                        "datasets",
                                        JsonBuilders.createArrayBuilder()
                                                .add(JsonBuilders.createObjectBuilder()
                                                        .add("label", Messages.text(faces, "statistics.rate"))
                                                        .add("data", values)
                                                        .add("backgroundColor", "rgba(31, 78, 140, 0.7)"))))
                .add(
                        "options",
                        JsonBuilders.createObjectBuilder()
                                .add("animation", false)
                                .add(
                                        "scales",
                                        JsonBuilders.createObjectBuilder()
                                                .add(
                                                        "y",
                                                        JsonBuilders.createObjectBuilder()
                                                                .add("min", 0)
                                                                .add("max", 100)))
                                .add(
                                        "plugins",
                                        JsonBuilders.createObjectBuilder()
                                                .add(
                                                        "legend",
                                                        JsonBuilders.createObjectBuilder()
                                                                .add("display", false))))
                .build()
                .toString();
    }

    /** The units to choose from: the way from the caller's own unit down to this one, then its children. */
    public List<ComplianceFigures.Unit> getChoices() {
        List<ComplianceFigures.Unit> out = new ArrayList<>();
        if (figures != null) {
            out.addAll(figures.trail());
            figures.children().forEach(c -> out.add(new ComplianceFigures.Unit(c.unitId(), c.key())));
        }
        return out;
    }

    /** A choice's label: the units below this one indented under it. */
    public String choiceLabel(ComplianceFigures.Unit u) {
        boolean child = figures != null && figures.children().stream().anyMatch(c -> c.unitId() == u.id());
        return child ? "　" + u.name() : u.name();
    }

    public String periodText() {
        FacesContext faces = FacesContext.getCurrentInstance();
        return figures.year() == null
                ? Messages.text(
                        faces,
                        "compliance.period.cycle",
                        String.valueOf(figures.cycleStart()),
                        String.valueOf(figures.cycleLastYear()))
                : Messages.text(faces, "compliance.period.year", String.valueOf(figures.year()));
    }

    public String rate(BigDecimal rate) {
        return rate.toPlainString() + "%";
    }

    public String stageLabel(String key) {
        return DomainMessages.format("schoolStage." + key, List.of(), locale());
    }

    public String designationLabel(String key) {
        return DomainMessages.format("designation." + key, List.of(), locale());
    }

    public String rowLabel(StandingRow row) {
        return label(row, locale());
    }

    static String label(StandingRow row, Locale locale) {
        return row.module() != null
                ? DomainMessages.format(row.module().messageKey(), List.of(), locale)
                : DomainMessages.format(row.requirement().messageKey(), List.of(), locale);
    }

    public String shortfalls(ComplianceTeacherList.Item item) {
        Locale locale = locale();
        return item.shortfalls().stream().map(r -> label(r, locale)).collect(Collectors.joining("、"));
    }

    /** The spreadsheet of one table of this page. */
    public String exportUrl(String table) {
        FacesContext faces = FacesContext.getCurrentInstance();
        return faces.getExternalContext().getRequestContextPath() + "/app/statistics/compliance.xlsx?unit=" + unit
                + "&cycle=" + cycle + (year == null ? "" : "&year=" + year) + "&table=" + table;
    }

    private static Locale locale() {
        return FacesContext.getCurrentInstance().getViewRoot().getLocale();
    }

    public ComplianceFigures getFigures() {
        return figures;
    }

    public LazyDataModel<ComplianceTeacherList.Item> getTeacherList() {
        return teacherList;
    }

    public String getChart() {
        return chart;
    }

    public boolean isChildrenShown() {
        return figures != null && !figures.children().isEmpty();
    }

    public Long getUnit() {
        return unit;
    }

    public void setUnit(Long unit) {
        this.unit = unit;
    }

    public Integer getCycle() {
        return cycle;
    }

    public void setCycle(Integer cycle) {
        this.cycle = cycle;
    }

    public Integer getYear() {
        return year;
    }

    public void setYear(Integer year) {
        this.year = year;
    }

    public boolean isTeachers() {
        return teachers;
    }

    public void setTeachers(boolean teachers) {
        this.teachers = teachers;
    }
}
