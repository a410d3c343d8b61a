package cn.edu.ttms.application.document;

import cn.edu.ttms.application.signing.CertificateAuthorityPort;
import cn.edu.ttms.application.signing.SigningAuthorities;
import cn.edu.ttms.domain.model.signing.SigningRepository;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.math.BigInteger;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.TreeMap;

/**
 * The authority's published certificate and revocation list (issue 18, item 5): public, so that anyone
 * checking a signature can tell a revoked signer's or seal's certificate.
 */
@Stateless
@PermitAll
public class RevocationList {

    /** Verifiers fetch it again after a day; a revocation shows on the next request in any case. */
    private static final Duration NEXT_UPDATE = Duration.ofDays(1);

    @Inject
    SigningRepository signing;

    @Inject
    SigningAuthorities authorities;

    @Inject
    CertificateAuthorityPort pki;

    /** The CRL of the active authority, DER-encoded; its number is the time of issue in seconds. */
    public byte[] crl() {
        long authority = authorities.activeId();
        Map<BigInteger, Instant> revoked = new TreeMap<>();
        for (SigningRepository.Revoked r : signing.revokedUnder(authority)) {
            revoked.put(new BigInteger(r.serial(), 16), r.at());
        }
        Instant now = Instant.now();
        return pki.crl(
                authorities.active(), revoked, BigInteger.valueOf(now.getEpochSecond()), now, now.plus(NEXT_UPDATE));
    }

    /** The authority's certificate as PEM: the trust anchor verifiers install. */
    public String certificate() {
        return pki.pem(authorities.active().certificate());
    }
}
