package cn.edu.ttms.application.signing;

import cn.edu.ttms.domain.model.account.Role;
import cn.edu.ttms.domain.model.account.UserAccount;
import cn.edu.ttms.domain.model.shared.Invalid;
import cn.edu.ttms.domain.model.signing.NoSigningCertificate;
import cn.edu.ttms.domain.model.signing.SignerCertificate;
import cn.edu.ttms.domain.model.signing.SigningRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.math.BigInteger;
import java.security.KeyPair;
import java.security.PrivateKey;
import java.security.SecureRandom;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Set;

/**
 * Issues and unlocks signer certificates for an account (the work behind {@link SignerCertificates},
 * which decides who may; the demo data uses it for the demo signers).
 */
@ApplicationScoped
public class CertificateIssuer {

    /** The roles that sign in the chain (workflow.md §4). */
    public static final Set<Role> SIGNERS =
            EnumSet.of(Role.PROJECT_LEAD, Role.SCHOOL_ADMIN, Role.BUREAU_REVIEWER, Role.PROVINCE_OFFICER);

    public static final int MIN_PIN = 6;
    private static final Duration VALIDITY = Duration.ofDays(3 * 365);
    private static final SecureRandom RANDOM = new SecureRandom();

    @Inject
    SigningRepository signing;

    @Inject
    SigningAuthorities authorities;

    @Inject
    CertificateAuthorityPort pki;

    @Inject
    KeyVault vault;

    public SignerCertificate issue(UserAccount account, char[] pin) {
        if (pin == null || pin.length < MIN_PIN) {
            throw new Invalid("error.signing.pinTooShort", "the signing PIN needs at least 6 characters", MIN_PIN);
        }
        String path =
                account.organisation() == null ? "/" : account.organisation().path();
        signing.currentOf(account.id()).ifPresent(old -> old.revoke(path, Instant.now()));
        AuthorityKey ca = authorities.active();
        KeyPair keys = vault.newKeyPair();
        BigInteger serial = new BigInteger(63, RANDOM).add(BigInteger.ONE);
        String role = account.roles().stream()
                .filter(SIGNERS::contains)
                .map(Role::name)
                .sorted()
                .findFirst()
                .orElse("SIGNER");
        String organisation = account.organisation() == null
                ? "TTMS"
                : clean(account.organisation().name());
        String subject = "CN=" + clean(account.displayName()) + " (" + account.username() + "), OU=" + role + ", O="
                + organisation + ", C=CN";
        X509Certificate certificate = pki.issue(ca, keys.getPublic(), subject, serial, VALIDITY);
        return signing.store(new SignerCertificate(
                account.id(),
                path,
                authorities.activeId(),
                serial.toString(16),
                certificate.getSubjectX500Principal().getName(),
                pki.der(certificate),
                vault.protect(keys.getPrivate(), pin),
                certificate.getNotAfter().toInstant(),
                Instant.now()));
    }

    /** The account's usable certificate and key, unlocked by the PIN (a wrong PIN is refused). */
    public Unlocked unlock(UserAccount account, char[] pin) {
        SignerCertificate current = signing.currentOf(account.id())
                .filter(c -> c.usableAt(Instant.now()))
                .orElseThrow(NoSigningCertificate::new);
        PrivateKey key = vault.unlock(current.encryptedKey(), pin == null ? new char[0] : pin);
        return new Unlocked(
                current, pki.certificate(current.certificate()), key, authorities.certificateOf(current.authorityId()));
    }

    /** A certificate with its unlocked key and its issuer's certificate, for one signature. */
    public record Unlocked(
            SignerCertificate record, X509Certificate certificate, PrivateKey key, X509Certificate issuer) {}

    /** Characters that would need escaping in a distinguished name are not worth the risk. */
    private static String clean(String text) {
        return text.replaceAll("[,+=\"\\\\<>;#]", " ").strip();
    }
}
