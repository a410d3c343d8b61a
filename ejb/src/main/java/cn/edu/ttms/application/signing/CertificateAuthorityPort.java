package cn.edu.ttms.application.signing;

import java.io.InputStream;
import java.math.BigInteger;
import java.security.PublicKey;
import java.security.cert.X509Certificate;
import java.time.Duration;

/**
 * X.509 for the deployment's authority: creating or importing it, issuing signers' certificates, and
 * moving certificates between the forms stored (DER), exported (PEM) and computed with.
 */
public interface CertificateAuthorityPort {

    /** A new self-signed root that issues end-entity certificates only. */
    AuthorityKey create(String subjectDn, Duration validity);

    /** A bureau's existing authority from PKCS#12; refused (a domain exception) when it cannot be one. */
    AuthorityKey fromPkcs12(InputStream pkcs12, char[] password);

    /** A document-signing certificate for {@code key}, issued by {@code authority}. */
    X509Certificate issue(
            AuthorityKey authority, PublicKey key, String subjectDn, BigInteger serial, Duration validity);

    byte[] der(X509Certificate certificate);

    /** The certificate a DER encoding holds. */
    X509Certificate certificate(byte[] der);

    /** The certificate as a PEM block, ending with a newline. */
    String pem(X509Certificate certificate);

    /**
     * The authority's revocation list, DER-encoded.
     *
     * @param revoked serial numbers and when each certificate was revoked
     */
    byte[] crl(
            AuthorityKey authority,
            java.util.Map<BigInteger, java.time.Instant> revoked,
            BigInteger number,
            java.time.Instant thisUpdate,
            java.time.Instant nextUpdate);

    /** A signature of {@code message} with the authority's key that its certificate alone verifies. */
    byte[] signRaw(AuthorityKey authority, byte[] message);
}
