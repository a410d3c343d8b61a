package cn.edu.ttms.interfaces.web.results;

import cn.edu.ttms.application.result.BatchVerification;
import cn.edu.ttms.application.result.Verification;
import cn.edu.ttms.domain.model.shared.DomainException;
import cn.edu.ttms.interfaces.web.shell.Messages;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;

/**
 * "验证签名" on app/results/batch.xhtml: every signature's CMS checked against the rows as they are now;
 * rows changed since signing are named with their fields (and the batch is marked tampered for good).
 */
@Named
@ViewScoped
public class BatchVerificationBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    ResultBatchBacking batch;

    @Inject
    Verification verification;

    private BatchVerification result;

    public void verify() {
        FacesContext faces = FacesContext.getCurrentInstance();
        try {
            result = verification.verify(batch.getSheet().batchId());
            batch.refresh();
        } catch (DomainException e) {
            Messages.error(faces, e);
        }
    }

    public BatchVerification getResult() {
        return result;
    }
}
