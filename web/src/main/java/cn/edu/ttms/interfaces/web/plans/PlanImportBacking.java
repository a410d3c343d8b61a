package cn.edu.ttms.interfaces.web.plans;

import cn.edu.ttms.application.plan.PlanImport;
import cn.edu.ttms.application.plan.PlanImportRefused;
import cn.edu.ttms.application.plan.PlanImportReport;
import cn.edu.ttms.application.plan.PlanInference;
import cn.edu.ttms.application.plan.PlanRef;
import cn.edu.ttms.application.plan.SamePlanExists;
import cn.edu.ttms.domain.model.shared.DomainException;
import cn.edu.ttms.domain.model.shared.DomainMessages;
import cn.edu.ttms.interfaces.web.shell.ImportWizard;
import cn.edu.ttms.interfaces.web.shell.Messages;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.util.List;

/**
 * app/plans/import.xhtml, a wizard: upload the bureau's plan → see every inference and problem by
 * row → confirm; the projects land as DRAFT in a new plan, then the plan's page opens.
 *
 * <p>The year is the one the sheet's title states; a year field, then required, appears only when it
 * states none. When the bureau already has a plan of the year (known at the preview when the sheet
 * states it, else at the confirmation, refused by the service), the page names it with a link and
 * imports only once the user ticks "import a second plan anyway".
 */
@Named
@ViewScoped
public class PlanImportBacking extends ImportWizard {

    private static final long serialVersionUID = 1L;

    @Inject
    PlanImport imports;

    private PlanImportReport report;
    private Integer year;
    private boolean yearStated;
    private List<PlanRef> samePlans = List.of();
    private boolean despiteSamePlan;

    public void preview() {
        if (!takeUpload()) {
            return;
        }
        try {
            report = imports.preview(content(), getFileName());
            year = report.sheet().year();
            yearStated = year != null;
            samePlans = report.samePlans();
            despiteSamePlan = false;
        } catch (DomainException e) {
            report = null;
            Messages.error(FacesContext.getCurrentInstance(), e);
        }
    }

    public void confirm() throws IOException {
        try {
            PlanImportReport done = imports.importPlan(content(), getFileName(), year, getMode(), despiteSamePlan);
            FacesContext faces = FacesContext.getCurrentInstance();
            faces.getExternalContext().getFlash().setKeepMessages(true);
            Messages.info(faces, null, "plan.imported", done.sheet().projects());
            faces.getExternalContext()
                    .redirect(faces.getExternalContext().getRequestContextPath() + "/app/plans/view.xhtml?id="
                            + done.planId());
        } catch (PlanImportRefused e) {
            report = e.report();
            Messages.error(FacesContext.getCurrentInstance(), e);
        } catch (SamePlanExists e) {
            samePlans = e.plans();
            despiteSamePlan = false;
            Messages.error(FacesContext.getCurrentInstance(), e);
        } catch (DomainException e) {
            Messages.error(FacesContext.getCurrentInstance(), e);
        }
    }

    public String text(PlanInference i) {
        return DomainMessages.format(
                i.messageKey(),
                i.args(),
                FacesContext.getCurrentInstance().getViewRoot().getLocale());
    }

    /** "54 rows read: 53 projects, 7205 places; 0 problems" in the page's language. */
    public String getSummary() {
        return report == null
                ? ""
                : Messages.text(
                        FacesContext.getCurrentInstance(),
                        "plan.previewLine",
                        report.sheet().rowsRead(),
                        report.sheet().projects(),
                        report.sheet().places(),
                        report.problems().size());
    }

    public PlanImportReport getReport() {
        return report;
    }

    public Integer getYear() {
        return year;
    }

    public void setYear(Integer year) {
        this.year = year;
    }

    /** True when the sheet's title states the year: no year field then. */
    public boolean isYearStated() {
        return yearStated;
    }

    /** The bureau's plans of the year that the import would sit beside; empty when none is known. */
    public List<PlanRef> getSamePlans() {
        return samePlans;
    }

    public boolean isDespiteSamePlan() {
        return despiteSamePlan;
    }

    public void setDespiteSamePlan(boolean despiteSamePlan) {
        this.despiteSamePlan = despiteSamePlan;
    }
}
