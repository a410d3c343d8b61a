package cn.edu.ttms.interfaces.web.results;

import cn.edu.ttms.application.result.ResultImport;
import cn.edu.ttms.application.result.ResultImportRefused;
import cn.edu.ttms.application.result.ResultImportReport;
import cn.edu.ttms.application.sheet.ImportProblem;
import cn.edu.ttms.domain.model.shared.DomainException;
import cn.edu.ttms.interfaces.web.shell.Messages;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.primefaces.model.file.UploadedFile;

/**
 * The results grid uploaded as a spreadsheet on the batch page (the layout of its download): all or
 * nothing unless "valid rows only" is ticked; every problem is listed with its row and column.
 */
@Named
@ViewScoped
public class ResultSheetUploadBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    ResultImport resultImport;

    @Inject
    ResultBatchBacking batch;

    private transient UploadedFile upload;
    private boolean validRowsOnly;
    private ResultImportReport report;

    public void upload() {
        FacesContext faces = FacesContext.getCurrentInstance();
        if (upload == null || upload.getSize() == 0) {
            Messages.error(faces, null, "import.chooseFile");
            return;
        }
        try {
            report = resultImport.importSheet(
                    batch.getSheet().batchId(), upload.getContent(), upload.getFileName(), false, validRowsOnly);
            Messages.info(faces, null, "results.import.saved", report.saved(), report.rows());
            batch.reloadAfterImport();
        } catch (ResultImportRefused refused) {
            report = refused.report();
            Messages.error(faces, refused);
        } catch (DomainException e) {
            report = null;
            Messages.error(faces, e);
        }
    }

    public List<ImportProblem> getProblems() {
        return report == null ? List.of() : report.problems();
    }

    public String text(ImportProblem p) {
        return Messages.problem(FacesContext.getCurrentInstance(), p);
    }

    public UploadedFile getUpload() {
        return upload;
    }

    public void setUpload(UploadedFile upload) {
        this.upload = upload;
    }

    public boolean isValidRowsOnly() {
        return validRowsOnly;
    }

    public void setValidRowsOnly(boolean validRowsOnly) {
        this.validRowsOnly = validRowsOnly;
    }
}
