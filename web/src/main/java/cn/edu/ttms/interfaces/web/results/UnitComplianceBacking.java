package cn.edu.ttms.interfaces.web.results;

import cn.edu.ttms.application.account.AccountService;
import cn.edu.ttms.application.archive.Archives;
import cn.edu.ttms.application.archive.UnitCompliance;
import cn.edu.ttms.application.organisation.OrganisationAdmin;
import cn.edu.ttms.application.organisation.OrganisationNode;
import cn.edu.ttms.application.policy.CreditPolicies;
import cn.edu.ttms.domain.model.compliance.RequirementRow;
import cn.edu.ttms.domain.model.organisation.OrganisationKind;
import cn.edu.ttms.domain.model.shared.DomainException;
import cn.edu.ttms.interfaces.web.shell.Messages;
import jakarta.ejb.EJBException;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;

/**
 * app/results/compliance.xhtml?unit=…&amp;cycle=…&amp;year=… (达标统计): how many teachers of a school or
 * county in the caller's scope meet the cycle's — or one year's — minimums with recognised results,
 * and who falls short of what; the same as a spreadsheet ({@link ComplianceExportServlet}).
 */
@Named
@ViewScoped
public class UnitComplianceBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    Archives archives;

    @Inject
    OrganisationAdmin organisations;

    @Inject
    CreditPolicies policies;

    @Inject
    AccountService accounts;

    private Long unit;
    private Integer cycle;
    private Integer year;
    private List<OrganisationNode> units = List.of();
    private boolean shown;
    /** The roll-up by school instead of the teachers (issue 17, item 7). */
    private boolean bySchool;
    /** The school whose teachers are listed, chosen in the roll-up; null for the whole unit. */
    private String school;
    /** Its rows are not Serializable: read again should the view be restored elsewhere. */
    private transient UnitCompliance result;

    public void load() {
        if (!ResultPages.allow(ResultPages.STAFF)) {
            return;
        }
        units = organisations.subtree().stream()
                .filter(n -> !n.closed())
                .filter(n -> n.kind() == OrganisationKind.SCHOOL || n.kind() == OrganisationKind.COUNTY)
                .toList();
        var account = accounts.current();
        if (unit == null) {
            // a school's or a county's own staff see their unit at once
            unit = account.map(a -> a.organisation().id())
                    .filter(own -> units.stream().anyMatch(n -> n.id() == own))
                    .orElse(null);
        }
        if (cycle == null) {
            cycle = account.map(a -> currentCycle(a.organisation().path()))
                    .orElse(LocalDate.now().getYear());
        }
        if (unit != null) {
            show();
        }
    }

    /** The cycle that holds this year under the policy of the caller's unit (2026 under the default policy). */
    private int currentCycle(String organisationPath) {
        int thisYear = LocalDate.now().getYear();
        try {
            return policies.resolve(organisationPath, LocalDate.now())
                    .rules()
                    .cycleContaining(thisYear)
                    .firstYear();
        } catch (DomainException noPolicy) {
            return thisYear;
        }
    }

    public void show() {
        FacesContext faces = FacesContext.getCurrentInstance();
        result = null;
        shown = false;
        school = null;
        if (unit == null || cycle == null) {
            Messages.error(faces, null, "compliance.chooseUnit");
            return;
        }
        try {
            result = archives.ofUnit(unit, cycle, year);
            shown = true;
        } catch (DomainException e) {
            Messages.error(faces, e);
        } catch (EJBException e) {
            if (!(rootCause(e) instanceof IllegalArgumentException)) {
                throw e;
            }
            Messages.error(faces, null, "compliance.yearOutsideCycle", String.valueOf(year), String.valueOf(cycle));
        }
    }

    private static Throwable rootCause(Throwable t) {
        Throwable cause = t;
        while (cause.getCause() != null && cause.getCause() != cause) {
            cause = cause.getCause();
        }
        return cause;
    }

    public UnitCompliance getResult() {
        if (result == null && shown) {
            result = archives.ofUnit(unit, cycle, year);
        }
        return result;
    }

    public List<UnitCompliance.TeacherStanding> getStandings() {
        UnitCompliance r = getResult();
        return r == null ? List.of() : r.standingsOf(school);
    }

    /** One column per requirement row of the policy. */
    public List<UnitCompliance.Column> getColumns() {
        UnitCompliance r = getResult();
        return r == null ? List.of() : r.columns();
    }

    public List<UnitCompliance.SchoolTally> getSchools() {
        UnitCompliance r = getResult();
        return r == null ? List.of() : r.bySchool();
    }

    /** A column's header: "总学时", "专业理念与师德 学分". */
    public String header(UnitCompliance.Column column) {
        return ResultText.columnLabel(column, locale());
    }

    /** A teacher's cell: ✓ when met, else the shortfall as "差 2 学分"; empty when the policy asks nothing. */
    public String cell(UnitCompliance.TeacherStanding standing, UnitCompliance.Column column) {
        RequirementRow row = standing.row(column);
        if (row == null) {
            return "";
        }
        return row.met()
                ? "✓"
                : ResultText.web(
                        locale(),
                        "compliance.cell." + row.requirement().unit().name(),
                        ResultText.figure(row.requirement(), row.shortfall()));
    }

    /** How many of a school's teachers fall short in a column (0 shown as a dash). */
    public String failing(UnitCompliance.SchoolTally tally, int column) {
        int n = tally.failing().get(column);
        return n == 0 ? "–" : String.valueOf(n);
    }

    public String rate(java.math.BigDecimal percent) {
        return percent.stripTrailingZeros().toPlainString() + "%";
    }

    /** Lists a school's teachers (a click in the roll-up). */
    public void showSchool(String name) {
        school = name;
        bySchool = false;
    }

    /** The whole unit's teachers again. */
    public void showAll() {
        school = null;
        bySchool = false;
    }

    public void showBySchool() {
        bySchool = true;
    }

    private static java.util.Locale locale() {
        return ResultText.locale();
    }

    public boolean isBySchool() {
        return bySchool;
    }

    public String getSchool() {
        return school;
    }

    /** "2026–2030 培训周期" or "2027 年度", as in the spreadsheet's name. */
    public String getPeriodText() {
        UnitCompliance r = getResult();
        if (r == null) {
            return "";
        }
        FacesContext faces = FacesContext.getCurrentInstance();
        return r.year() == null
                ? Messages.text(
                        faces,
                        "compliance.period.cycle",
                        String.valueOf(r.cycleFirstYear()),
                        String.valueOf(r.cycleLastYear()))
                : Messages.text(faces, "compliance.period.year", String.valueOf(r.year()));
    }

    /** The spreadsheet of what is shown: {@code app/results/compliance.xlsx?unit=&cycle=&year=}. */
    public String getExportUrl() {
        String context = FacesContext.getCurrentInstance().getExternalContext().getRequestContextPath();
        return context + "/app/results/compliance.xlsx?unit=" + unit + "&cycle=" + cycle
                + (year == null ? "" : "&year=" + year);
    }

    public String unitLabel(OrganisationNode n) {
        FacesContext faces = FacesContext.getCurrentInstance();
        return n.name() + " ("
                + Messages.text(faces, "organisation.kind." + n.kind().name()) + ")";
    }

    public boolean isShown() {
        return shown;
    }

    public List<OrganisationNode> getUnits() {
        return units;
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
}
