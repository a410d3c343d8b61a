package cn.edu.ttms.interfaces.web.audit;

import cn.edu.ttms.application.signing.SigningLocks;
import cn.edu.ttms.application.signing.SigningLocks.SigningLockView;
import cn.edu.ttms.domain.model.shared.DomainException;
import cn.edu.ttms.interfaces.web.shell.Messages;
import cn.edu.ttms.interfaces.web.shell.Times;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Instant;
import java.util.List;

/**
 * The administrator's panel on app/audit/list.xhtml: signers in scope with wrong signing PINs in a
 * row, until when they are locked, and a button that clears the lock (issue 14, finding 3). Read
 * only for ADMIN; other staff on the audit page never reach the service.
 */
@Named
@ViewScoped
public class SigningLocksBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    SigningLocks locks;

    private List<SigningLockView> rows;

    public List<SigningLockView> getRows() {
        if (rows == null) {
            rows = isAdministrator() ? locks.inScope() : List.of();
        }
        return rows;
    }

    public void clear(SigningLockView row) {
        FacesContext faces = FacesContext.getCurrentInstance();
        try {
            locks.clear(row.accountId());
            Messages.info(faces, null, "audit.signingLocks.cleared", row.username());
        } catch (DomainException e) {
            Messages.error(faces, e);
        }
        rows = null;
    }

    public String until(SigningLockView row) {
        return Times.toTheSecond(row.state().lockedUntil());
    }

    public boolean locked(SigningLockView row) {
        return row.state().lockedAt(Instant.now());
    }

    public boolean isAdministrator() {
        return FacesContext.getCurrentInstance().getExternalContext().isUserInRole("ADMIN");
    }
}
