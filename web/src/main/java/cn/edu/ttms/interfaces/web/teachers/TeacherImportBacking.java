package cn.edu.ttms.interfaces.web.teachers;

import cn.edu.ttms.application.teacher.ImportMode;
import cn.edu.ttms.application.teacher.TeacherImport;
import cn.edu.ttms.application.teacher.TeacherImportRefused;
import cn.edu.ttms.application.teacher.TeacherImportReport;
import cn.edu.ttms.domain.model.shared.DomainException;
import cn.edu.ttms.infrastructure.i18n.DomainMessages;
import cn.edu.ttms.infrastructure.spreadsheet.ImportProblem;
import cn.edu.ttms.interfaces.web.shell.Messages;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.Locale;
import org.primefaces.model.file.UploadedFile;

/**
 * app/teachers/import.xhtml, a wizard: upload → preview with every problem by row and column →
 * confirm, all-or-nothing unless the user explicitly picks "valid rows only".
 */
@Named
@ViewScoped
public class TeacherImportBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    TeacherImport imports;

    private transient UploadedFile upload;
    private byte[] content;
    private String fileName;
    private TeacherImportReport report;
    private ImportMode mode = ImportMode.ALL_OR_NOTHING;
    private boolean done;

    public void preview() {
        if (upload == null || upload.getSize() == 0) {
            Messages.error(FacesContext.getCurrentInstance(), null, "import.chooseFile");
            return;
        }
        content = upload.getContent();
        fileName = upload.getFileName();
        done = false;
        try {
            report = imports.preview(content, fileName);
        } catch (DomainException e) {
            report = null;
            Messages.error(FacesContext.getCurrentInstance(), e);
        }
    }

    public void confirm() {
        try {
            report = imports.importTeachers(content, fileName, mode);
            done = true;
            Messages.info(FacesContext.getCurrentInstance(), null, "import.done", report.imported(), report.rows());
        } catch (TeacherImportRefused e) {
            report = e.report();
            Messages.error(FacesContext.getCurrentInstance(), e);
        } catch (DomainException e) {
            Messages.error(FacesContext.getCurrentInstance(), e);
        }
    }

    /** A problem's text in the page's language. */
    public String text(ImportProblem p) {
        return Messages.problem(FacesContext.getCurrentInstance(), p);
    }

    public String getSummary() {
        return report == null ? "" : Messages.text(FacesContext.getCurrentInstance(), "import.summary",
                report.rows(), report.valid(), report.problems().size());
    }

    public ImportMode[] getModes() {
        return ImportMode.values();
    }

    public UploadedFile getUpload() {
        return upload;
    }

    public void setUpload(UploadedFile upload) {
        this.upload = upload;
    }

    public TeacherImportReport getReport() {
        return report;
    }

    public String getFileName() {
        return fileName;
    }

    public ImportMode getMode() {
        return mode;
    }

    public void setMode(ImportMode mode) {
        this.mode = mode;
    }

    public boolean isDone() {
        return done;
    }
}
