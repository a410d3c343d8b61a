package cn.edu.ttms.application.document;

import cn.edu.ttms.application.signing.CertificateAuthorityPort;
import cn.edu.ttms.application.signing.KeyVault;
import cn.edu.ttms.application.signing.SigningAuthorities;
import cn.edu.ttms.domain.model.organisation.Organisation;
import cn.edu.ttms.domain.model.signing.SigningRepository;
import cn.edu.ttms.domain.model.signing.UnitSeal;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.math.BigInteger;
import java.security.KeyPair;
import java.security.SecureRandom;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.time.Instant;

/**
 * Issues a unit its seal, in a transaction of its own: two documents issued at once for a unit without
 * a seal both try, the unique key keeps one, and the other reads it ({@link DocumentSeals}).
 */
@Stateless
@PermitAll
public class SealCreation {

    private static final Duration VALIDITY = Duration.ofDays(5 * 365);
    private static final SecureRandom RANDOM = new SecureRandom();

    @Inject
    SigningRepository signing;

    @Inject
    SigningAuthorities authorities;

    @Inject
    CertificateAuthorityPort pki;

    @Inject
    KeyVault vault;

    /**
     * A new seal for the unit; one that has expired (or is about to) is retired first. In a transaction of
     * its own, and the seal is returned rather than read again by the caller, whose transaction (MariaDB's
     * repeatable read) would not see it.
     */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public UnitSeal create(Organisation unit, String subjectName) {
        var current = signing.sealOf(unit.id());
        if (current.isPresent() && current.get().usableAt(Instant.now().plusSeconds(60))) {
            return current.get(); // issued meanwhile by another request
        }
        current.ifPresent(old -> {
            old.revoke(unit.path(), Instant.now());
            signing.flush();
        });
        KeyPair keys = vault.newKeyPair();
        BigInteger serial = new BigInteger(63, RANDOM).add(BigInteger.ONE);
        String subject = "CN=" + clean(subjectName) + ", OU=DOCUMENT_SEAL, O=" + clean(unit.name()) + ", C=CN";
        X509Certificate certificate = pki.issue(authorities.active(), keys.getPublic(), subject, serial, VALIDITY);
        return signing.store(new UnitSeal(
                unit.id(),
                unit.path(),
                authorities.activeId(),
                serial.toString(16),
                certificate.getSubjectX500Principal().getName(),
                pki.der(certificate),
                authorities.protect(keys.getPrivate()),
                certificate.getNotAfter().toInstant(),
                Instant.now()));
    }

    /** The unit's seal as committed now (after another request won the race to create it). */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public UnitSeal committed(long unitId) {
        return signing.sealOf(unitId).orElseThrow(() -> new IllegalStateException("no seal for unit " + unitId));
    }

    /** Characters that would need escaping in a distinguished name are not worth the risk. */
    private static String clean(String text) {
        return text.replaceAll("[,+=\"\\\\<>;#]", " ").strip();
    }
}
