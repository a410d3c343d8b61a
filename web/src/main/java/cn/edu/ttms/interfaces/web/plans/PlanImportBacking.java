package cn.edu.ttms.interfaces.web.plans;

import cn.edu.ttms.application.plan.PlanImport;
import cn.edu.ttms.application.plan.PlanImportRefused;
import cn.edu.ttms.application.plan.PlanImportReport;
import cn.edu.ttms.application.plan.PlanInference;
import cn.edu.ttms.domain.model.shared.DomainException;
import cn.edu.ttms.domain.model.shared.DomainMessages;
import cn.edu.ttms.interfaces.web.shell.ImportWizard;
import cn.edu.ttms.interfaces.web.shell.Messages;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.time.Year;

/**
 * app/plans/import.xhtml, a wizard: upload the bureau's plan → see every inference and problem by
 * row → confirm; the projects land as DRAFT in a new plan, then the plan's page opens.
 */
@Named
@ViewScoped
public class PlanImportBacking extends ImportWizard {

    private static final long serialVersionUID = 1L;

    @Inject
    PlanImport imports;

    private PlanImportReport report;
    private int year = Year.now().getValue();

    public void preview() {
        if (!takeUpload()) {
            return;
        }
        try {
            report = imports.preview(content(), getFileName());
        } catch (DomainException e) {
            report = null;
            Messages.error(FacesContext.getCurrentInstance(), e);
        }
    }

    public void confirm() throws IOException {
        try {
            PlanImportReport done = imports.importPlan(content(), getFileName(), year, getMode());
            FacesContext faces = FacesContext.getCurrentInstance();
            faces.getExternalContext().getFlash().setKeepMessages(true);
            Messages.info(faces, null, "plan.imported", done.sheet().projects());
            faces.getExternalContext()
                    .redirect(faces.getExternalContext().getRequestContextPath() + "/app/plans/view.xhtml?id="
                            + done.planId());
        } catch (PlanImportRefused e) {
            report = e.report();
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

    public int getYear() {
        return year;
    }

    public void setYear(int year) {
        this.year = year;
    }
}
