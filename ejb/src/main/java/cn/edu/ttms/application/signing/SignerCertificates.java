package cn.edu.ttms.application.signing;

import cn.edu.ttms.application.scope.CurrentCaller;
import cn.edu.ttms.domain.model.account.UserAccount;
import cn.edu.ttms.domain.model.account.UserAccountRepository;
import cn.edu.ttms.domain.model.signing.SigningLocked;
import cn.edu.ttms.domain.model.signing.SigningRepository;
import cn.edu.ttms.domain.model.signing.WrongSigningPin;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.Optional;

/**
 * A signer's own certificate (issue "Results…", item 2): they set a signing PIN — separate from the
 * sign-in password — and receive a key pair and an X.509 certificate from the deployment's
 * authority; the private key is kept encrypted under the PIN, so every signature needs the PIN.
 * Setting a new PIN issues a new certificate and revokes the old one (its signatures stay valid).
 *
 * <p>Every PIN a person types goes through here, and so through the signing lock (issue 14,
 * finding 3): wrong PINs are counted and audited by {@link SigningPinAttempts}, and while signing is
 * locked neither a signature (even with the right PIN) nor a new PIN is accepted — a new PIN would
 * otherwise sidestep the lock.
 */
@Stateless
@RolesAllowed({"PROJECT_LEAD", "SCHOOL_ADMIN", "BUREAU_REVIEWER", "PROVINCE_OFFICER"})
public class SignerCertificates {

    @Inject
    CurrentCaller caller;

    @Inject
    UserAccountRepository accounts;

    @Inject
    SigningRepository signing;

    @Inject
    CertificateIssuer issuer;

    @Inject
    SigningPinAttempts attempts;

    public Optional<CertificateInfo> mine() {
        return signing.currentOf(account().id()).map(CertificateInfo::of);
    }

    /** The caller's wrong PINs in a row and until when their signing is (or was last) locked. */
    public PinLockState myLock() {
        return attempts.stateOf(account().id());
    }

    public CertificateInfo enrol(char[] pin) {
        UserAccount account = account();
        SigningPinAttempts.Signer signer = signer(account);
        refuseWhileLocked(signer);
        CertificateInfo issued = CertificateInfo.of(issuer.issue(account, pin));
        attempts.recordSuccess(signer);
        return issued;
    }

    public CertificateIssuer.Unlocked unlock(char[] pin) {
        UserAccount account = account();
        SigningPinAttempts.Signer signer = signer(account);
        refuseWhileLocked(signer);
        CertificateIssuer.Unlocked unlocked;
        try {
            unlocked = issuer.unlock(account, pin);
        } catch (WrongSigningPin wrong) {
            PinLockState now = attempts.recordFailure(signer);
            if (now.lockedUntil() != null) {
                throw new SigningLocked(now.failures(), now.lockedUntil());
            }
            throw wrong;
        }
        attempts.recordSuccess(signer);
        return unlocked;
    }

    private void refuseWhileLocked(SigningPinAttempts.Signer signer) {
        attempts.lockOf(signer).ifPresent(lock -> {
            throw new SigningLocked(lock.failures(), lock.lockedUntil());
        });
    }

    private static SigningPinAttempts.Signer signer(UserAccount account) {
        return new SigningPinAttempts.Signer(
                account.id(),
                account.username(),
                account.organisation() == null ? "/" : account.organisation().path());
    }

    private UserAccount account() {
        return accounts.findByUsername(caller.get().username())
                .orElseThrow(() ->
                        new IllegalStateException("no account " + caller.get().username()));
    }
}
