package cn.edu.ttms.interfaces.web.results;

import cn.edu.ttms.application.signing.CertificateInfo;
import cn.edu.ttms.application.signing.CertificateIssuer;
import cn.edu.ttms.application.signing.PinLockState;
import cn.edu.ttms.application.signing.SignerCertificates;
import cn.edu.ttms.domain.model.shared.DomainException;
import cn.edu.ttms.interfaces.web.shell.Messages;
import cn.edu.ttms.interfaces.web.shell.Times;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.Arrays;

/**
 * app/me/signing.xhtml (签名证书): the signer's current certificate, and a new signing PIN — typed
 * twice — which issues a new certificate and revokes the old one (its signatures stay valid). The PIN
 * is not kept: it only encrypts the new private key. It also shows the signer their wrong PINs in a
 * row and the signing lock they led to (issue 14, finding 3).
 */
@Named
@ViewScoped
public class SigningCertificateBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    SignerCertificates certificates;

    private CertificateInfo current;
    private PinLockState lock;
    private transient String pin;
    private transient String repeat;

    public void load() {
        if (ResultPages.allow(ResultPages.SIGNERS)) {
            current = certificates.mine().orElse(null);
            lock = certificates.myLock();
        }
    }

    public void enrol() {
        FacesContext faces = FacesContext.getCurrentInstance();
        boolean same = pin != null && pin.equals(repeat);
        char[] secret = pin == null ? new char[0] : pin.toCharArray();
        pin = null;
        repeat = null;
        if (!same) {
            Messages.error(faces, null, "signing.pinMismatch");
            return;
        }
        try {
            current = certificates.enrol(secret);
            Messages.info(faces, null, "signing.enrolled", current.serial());
        } catch (DomainException e) {
            Messages.error(faces, e);
        } finally {
            lock = certificates.myLock();
            Arrays.fill(secret, '\0');
        }
    }

    public int getMinLength() {
        return CertificateIssuer.MIN_PIN;
    }

    public PinLockState getLock() {
        return lock;
    }

    public String getLockedUntil() {
        return lock == null ? "" : Times.toTheSecond(lock.lockedUntil());
    }

    public CertificateInfo getCurrent() {
        return current;
    }

    public String getPin() {
        return pin;
    }

    public void setPin(String pin) {
        this.pin = pin;
    }

    public String getRepeat() {
        return repeat;
    }

    public void setRepeat(String repeat) {
        this.repeat = repeat;
    }
}
