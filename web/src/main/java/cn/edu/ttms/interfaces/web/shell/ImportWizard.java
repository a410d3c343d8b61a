package cn.edu.ttms.interfaces.web.shell;

import cn.edu.ttms.application.sheet.ImportProblem;
import cn.edu.ttms.application.teacher.ImportMode;
import jakarta.faces.context.FacesContext;
import java.io.Serializable;
import org.primefaces.model.file.UploadedFile;

/**
 * What every spreadsheet import wizard keeps between its steps (upload → preview → confirm): the
 * uploaded file, its content for the confirmation, and the mode the user chose (all-or-nothing
 * unless "valid rows only" is picked explicitly). Subclasses add their own preview and import.
 */
public abstract class ImportWizard implements Serializable {

    private static final long serialVersionUID = 1L;

    private transient UploadedFile upload;
    private byte[] content;
    private String fileName;
    private ImportMode mode = ImportMode.ALL_OR_NOTHING;

    /** Takes the uploaded file for the preview; false (with a message) when none was chosen. */
    protected boolean takeUpload() {
        if (upload == null || upload.getSize() == 0) {
            Messages.error(FacesContext.getCurrentInstance(), null, "import.chooseFile");
            return false;
        }
        content = upload.getContent();
        fileName = upload.getFileName();
        return true;
    }

    protected byte[] content() {
        return content;
    }

    public String text(ImportProblem p) {
        return Messages.problem(FacesContext.getCurrentInstance(), p);
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

    public String getFileName() {
        return fileName;
    }

    public ImportMode getMode() {
        return mode;
    }

    public void setMode(ImportMode mode) {
        this.mode = mode;
    }
}
