package cn.edu.ttms.interfaces.web.teachers;

import cn.edu.ttms.application.teacher.TeacherImport;
import cn.edu.ttms.application.teacher.TeacherImportRefused;
import cn.edu.ttms.application.teacher.TeacherImportReport;
import cn.edu.ttms.domain.model.shared.DomainException;
import cn.edu.ttms.interfaces.web.shell.ImportWizard;
import cn.edu.ttms.interfaces.web.shell.Messages;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/**
 * app/teachers/import.xhtml, a wizard: upload → preview with every problem by row and column →
 * confirm, all-or-nothing unless the user explicitly picks "valid rows only".
 */
@Named
@ViewScoped
public class TeacherImportBacking extends ImportWizard {

    private static final long serialVersionUID = 1L;

    @Inject
    TeacherImport imports;

    private TeacherImportReport report;
    private boolean done;
    /** Open accounts for the teachers the import creates (teacher accounts in bulk). */
    private boolean openAccounts;

    public void preview() {
        if (!takeUpload()) {
            return;
        }
        done = false;
        try {
            report = imports.preview(content(), getFileName());
        } catch (DomainException e) {
            report = null;
            Messages.error(FacesContext.getCurrentInstance(), e);
        }
    }

    public void confirm() {
        try {
            report = imports.importTeachers(content(), getFileName(), getMode(), openAccounts);
            done = true;
            if (openAccounts) {
                Messages.info(
                        FacesContext.getCurrentInstance(),
                        null,
                        "import.doneWithAccounts",
                        report.imported(),
                        report.rows(),
                        report.accountsOpened());
            } else {
                Messages.info(FacesContext.getCurrentInstance(), null, "import.done", report.imported(), report.rows());
            }
        } catch (TeacherImportRefused e) {
            report = e.report();
            Messages.error(FacesContext.getCurrentInstance(), e);
        } catch (DomainException e) {
            Messages.error(FacesContext.getCurrentInstance(), e);
        }
    }

    /** A problem's text in the page's language. */
    public String getSummary() {
        return report == null
                ? ""
                : Messages.text(
                        FacesContext.getCurrentInstance(),
                        "import.summary",
                        report.rows(),
                        report.valid(),
                        report.problems().size());
    }

    public TeacherImportReport getReport() {
        return report;
    }

    public boolean isOpenAccounts() {
        return openAccounts;
    }

    public void setOpenAccounts(boolean openAccounts) {
        this.openAccounts = openAccounts;
    }

    public boolean isDone() {
        return done;
    }
}
