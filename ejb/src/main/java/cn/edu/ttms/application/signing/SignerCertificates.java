package cn.edu.ttms.application.signing;

import cn.edu.ttms.application.scope.CurrentCaller;
import cn.edu.ttms.domain.model.account.UserAccount;
import cn.edu.ttms.domain.model.account.UserAccountRepository;
import cn.edu.ttms.domain.model.signing.SigningRepository;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.Optional;

/**
 * A signer's own certificate (issue "Results…", item 2): they set a signing PIN — separate from the
 * sign-in password — and receive a key pair and an X.509 certificate from the deployment's
 * authority; the private key is kept encrypted under the PIN, so every signature needs the PIN.
 * Setting a new PIN issues a new certificate and revokes the old one (its signatures stay valid).
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

    public Optional<CertificateInfo> mine() {
        return signing.currentOf(account().id()).map(CertificateInfo::of);
    }

    public CertificateInfo enrol(char[] pin) {
        return CertificateInfo.of(issuer.issue(account(), pin));
    }

    public CertificateIssuer.Unlocked unlock(char[] pin) {
        return issuer.unlock(account(), pin);
    }

    private UserAccount account() {
        return accounts.findByUsername(caller.get().username())
                .orElseThrow(() -> new IllegalStateException("no account " + caller.get().username()));
    }
}
