package cn.edu.ttms.interfaces.web.admin;

import cn.edu.ttms.application.organisation.OrganisationImport;
import cn.edu.ttms.application.organisation.UnitImportRefused;
import cn.edu.ttms.application.organisation.UnitImportReport;
import cn.edu.ttms.domain.model.shared.DomainException;
import cn.edu.ttms.interfaces.web.shell.ImportWizard;
import cn.edu.ttms.interfaces.web.shell.Messages;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;

/**
 * The "import units" box of app/admin/organisations.xhtml: upload → dry run with every problem by
 * row and column → import (all-or-nothing), then the page opens again with the new tree.
 */
@Named
@ViewScoped
public class UnitImportBacking extends ImportWizard {

    private static final long serialVersionUID = 1L;

    @Inject
    OrganisationImport imports;

    private UnitImportReport report;

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
        FacesContext faces = FacesContext.getCurrentInstance();
        try {
            UnitImportReport done = imports.importUnits(content(), getFileName());
            faces.getExternalContext().getFlash().setKeepMessages(true);
            Messages.info(faces, null, "org.import.done", done.created(), done.existing());
            faces.getExternalContext()
                    .redirect(faces.getExternalContext().getRequestContextPath() + "/app/admin/organisations.xhtml");
        } catch (UnitImportRefused e) {
            report = e.report();
            Messages.error(faces, e);
        } catch (DomainException e) {
            Messages.error(faces, e);
        }
    }

    /** "12 rows read: 9 units to create, 3 exist already; 0 problems" in the page's language. */
    public String getSummary() {
        return report == null
                ? ""
                : Messages.text(
                        FacesContext.getCurrentInstance(),
                        "org.import.summary",
                        report.rows(),
                        report.created(),
                        report.existing(),
                        report.problems().size());
    }

    public UnitImportReport getReport() {
        return report;
    }
}
