package cn.edu.ttms.interfaces.web.statistics;

import cn.edu.ttms.application.account.AccountService;
import cn.edu.ttms.application.organisation.OrganisationAdmin;
import cn.edu.ttms.application.organisation.OrganisationNode;
import cn.edu.ttms.application.statistics.TargetChange;
import cn.edu.ttms.application.statistics.TargetReport;
import cn.edu.ttms.application.statistics.TrainingStatistics;
import cn.edu.ttms.application.statistics.TrainingTargets;
import cn.edu.ttms.domain.model.shared.DomainException;
import cn.edu.ttms.domain.model.targets.TrainingTarget;
import cn.edu.ttms.interfaces.web.shell.Messages;
import jakarta.ejb.EJBException;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * app/statistics/targets.xhtml?unit=…&amp;year=… (培训目标; issue 19, item 3): a bureau's yearly targets —
 * places per project category, the shares of key teachers, the compliance rate — and the actuals against
 * them. Bureau staff (and administrators) save; the others read. A save over someone else's newer one is
 * refused and says who changed it.
 */
@Named
@ViewScoped
public class TargetsBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    /** One line of the places per category. */
    public static class CategoryLine implements Serializable {

        private static final long serialVersionUID = 1L;

        private String category;
        private Integer places;

        public CategoryLine() {}

        CategoryLine(String category, Integer places) {
            this.category = category;
            this.places = places;
        }

        public String getCategory() {
            return category;
        }

        public void setCategory(String category) {
            this.category = category;
        }

        public Integer getPlaces() {
            return places;
        }

        public void setPlaces(Integer places) {
            this.places = places;
        }
    }

    @Inject
    TrainingTargets targets;

    @Inject
    TrainingStatistics statistics;

    @Inject
    OrganisationAdmin organisations;

    @Inject
    AccountService accounts;

    private Long unit;
    private Integer year;
    private List<OrganisationNode> units = List.of();
    private Long version;
    private List<CategoryLine> lines = new ArrayList<>();
    private BigDecimal keyTeacherCityPercent;
    private BigDecimal keyTeacherCountyPercent;
    private BigDecimal compliancePercent;
    private transient TargetReport report;
    private boolean shown;

    public void load() {
        if (!StatisticsPages.allow(StatisticsPages.READERS)) {
            return;
        }
        units = StatisticsPages.units(organisations).stream()
                .filter(n -> n.kind().isBureau())
                .toList();
        if (unit == null) {
            unit = accounts.current().map(a -> a.organisation().id()).orElse(null);
        }
        if (year == null) {
            year = LocalDate.now().getYear();
        }
        show();
    }

    public void show() {
        shown = false;
        report = null;
        if (unit == null || year == null) {
            Messages.error(FacesContext.getCurrentInstance(), null, "statistics.chooseUnit");
            return;
        }
        try {
            fill(targets.targets(unit, year));
        } catch (DomainException e) {
            Messages.error(FacesContext.getCurrentInstance(), e);
        }
    }

    /** The form from the stored targets; without them, a line for each category the unit's plans have. */
    private void fill(TargetReport r) {
        report = r;
        shown = true;
        version = r.version();
        keyTeacherCityPercent = r.keyTeacherCity().target();
        keyTeacherCountyPercent = r.keyTeacherCounty().target();
        compliancePercent = r.compliance().target();
        lines = new ArrayList<>();
        r.categories().stream()
                .filter(c -> c.target() != null)
                .forEach(c -> lines.add(new CategoryLine(c.category(), c.target())));
        if (r.version() == null) {
            statistics.training(unit, year).byCategory().stream()
                    .filter(g -> !g.key().isEmpty())
                    .forEach(g -> lines.add(new CategoryLine(g.key(), null)));
        }
        if (lines.isEmpty()) {
            lines.add(new CategoryLine());
        }
    }

    public void addLine() {
        lines.add(new CategoryLine());
    }

    public void removeLine(CategoryLine line) {
        lines.remove(line);
    }

    public void save() {
        FacesContext faces = FacesContext.getCurrentInstance();
        List<TrainingTarget.CategoryPlaces> categories = lines.stream()
                .filter(l -> !(blank(l.getCategory()) && l.getPlaces() == null))
                .map(l -> new TrainingTarget.CategoryPlaces(l.getCategory(), l.getPlaces()))
                .toList();
        try {
            fill(targets.set(
                    unit,
                    year,
                    new TargetChange(
                            categories, keyTeacherCityPercent, keyTeacherCountyPercent, compliancePercent, version)));
            Messages.info(faces, null, "statistics.targets.saved");
        } catch (DomainException e) {
            Messages.error(faces, e);
        } catch (EJBException e) {
            // someone saved between our read and our write (the version check at commit)
            Messages.error(faces, null, "statistics.targets.changedMeanwhile");
        }
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    public TargetReport getReport() {
        if (report == null && shown) {
            report = targets.targets(unit, year);
        }
        return report;
    }

    /** Who saved the targets last, as people know them: name (unit), or the login name of an account that is gone. */
    public String getSavedBy() {
        TargetReport r = getReport();
        if (r == null || r.updatedBy() == null) {
            return "";
        }
        if (r.updatedByName() == null) {
            return r.updatedBy();
        }
        if (r.updatedByUnit() == null || r.updatedByName().contains(r.updatedByUnit())) {
            return r.updatedByName();
        }
        return Messages.text(FacesContext.getCurrentInstance(), "history.actor", r.updatedByName(), r.updatedByUnit());
    }

    public boolean isMaySet() {
        var external = FacesContext.getCurrentInstance().getExternalContext();
        for (String role : StatisticsPages.SETTERS) {
            if (external.isUserInRole(role)) {
                return true;
            }
        }
        return false;
    }

    public String unitLabel(OrganisationNode n) {
        return n.name() + " ("
                + Messages.text(
                        FacesContext.getCurrentInstance(),
                        "organisation.kind." + n.kind().name()) + ")";
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

    public Long getVersion() {
        return version;
    }

    public List<CategoryLine> getLines() {
        return lines;
    }

    public BigDecimal getKeyTeacherCityPercent() {
        return keyTeacherCityPercent;
    }

    public void setKeyTeacherCityPercent(BigDecimal keyTeacherCityPercent) {
        this.keyTeacherCityPercent = keyTeacherCityPercent;
    }

    public BigDecimal getKeyTeacherCountyPercent() {
        return keyTeacherCountyPercent;
    }

    public void setKeyTeacherCountyPercent(BigDecimal keyTeacherCountyPercent) {
        this.keyTeacherCountyPercent = keyTeacherCountyPercent;
    }

    public BigDecimal getCompliancePercent() {
        return compliancePercent;
    }

    public void setCompliancePercent(BigDecimal compliancePercent) {
        this.compliancePercent = compliancePercent;
    }

    public boolean isShown() {
        return shown;
    }
}
