package cn.edu.ttms.interfaces.web.results;

import cn.edu.ttms.application.result.BatchReturns;
import cn.edu.ttms.application.result.BatchSheet;
import cn.edu.ttms.application.result.SignOff;
import cn.edu.ttms.application.signing.SignerCertificates;
import cn.edu.ttms.domain.model.shared.DomainException;
import cn.edu.ttms.interfaces.web.shell.Messages;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.Arrays;
import org.primefaces.PrimeFaces;

/**
 * The sign-off steps of app/results/batch.xhtml: the chain's next signature (确认, 审核通过, 认定) with
 * the signer's PIN, asked in a dialog, and a reviewer's return with a reason. The PIN is never kept
 * beyond the request that signs.
 */
@Named
@ViewScoped
public class BatchSignOffBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    /** What the page re-renders after a step: everything the batch's state shows in. */
    private static final String[] AFTER_STEP = {
        ":batchHeader", ":batchForm", ":actionsForm", ":signatureHistory", ":verificationPanel", ":pageMessages"
    };

    @Inject
    ResultBatchBacking batch;

    @Inject
    SignOff signOff;

    @Inject
    BatchReturns returns;

    @Inject
    SignerCertificates certificates;

    private transient String pin;
    private String reason;
    private boolean hasCertificate;

    /** Before the dialog opens: entries must be saved first (what is signed is what is stored). */
    public void prepareSign() {
        pin = null;
        if (batch.isDirty()) {
            Messages.error(FacesContext.getCurrentInstance(), null, "results.saveFirst");
            return;
        }
        hasCertificate = certificates.mine().filter(c -> !c.revoked()).isPresent();
        PrimeFaces.current().ajax().addCallbackParam("open", true);
    }

    public void sign() {
        FacesContext faces = FacesContext.getCurrentInstance();
        char[] secret = pin == null ? new char[0] : pin.toCharArray();
        pin = null;
        BatchSheet sheet = batch.getSheet();
        try {
            signOff.sign(sheet.batchId(), secret);
            Messages.info(
                    faces,
                    null,
                    "results.signed",
                    ResultText.domain(
                            sheet.nextMeaning().messageKey(),
                            faces.getViewRoot().getLocale()));
            done();
        } catch (DomainException e) {
            Messages.error(faces, e);
            // a refusal for tampering is recorded even so: the header shows it
            batch.refresh();
            PrimeFaces.current().ajax().update(":batchHeader");
        } finally {
            Arrays.fill(secret, '\0');
        }
    }

    public void prepareReturn() {
        reason = null;
    }

    public void returnBatch() {
        FacesContext faces = FacesContext.getCurrentInstance();
        try {
            returns.returnBatch(batch.getSheet().batchId(), reason);
            Messages.info(faces, null, "results.returned");
            reason = null;
            done();
        } catch (DomainException e) {
            Messages.error(faces, e);
        }
    }

    /** After a step: the batch read again, the dialog closed, the page's state re-rendered. */
    private void done() {
        batch.reload();
        PrimeFaces.current().ajax().addCallbackParam("done", true);
        PrimeFaces.current().ajax().update(AFTER_STEP);
    }

    /** Whether the signer has a valid signing certificate (else the dialog leads to the certificate page). */
    public boolean isHasCertificate() {
        return hasCertificate;
    }

    public String getPin() {
        return pin;
    }

    public void setPin(String pin) {
        this.pin = pin;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }
}
