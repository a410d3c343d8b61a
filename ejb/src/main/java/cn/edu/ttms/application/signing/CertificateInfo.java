package cn.edu.ttms.application.signing;

import cn.edu.ttms.domain.model.signing.SignerCertificate;
import java.io.Serializable;
import java.time.Instant;

/** A signer's certificate as the "signing PIN" page and the API show it (never the key). */
public record CertificateInfo(
        long id, String serial, String subject, Instant issuedAt, Instant notAfter, boolean revoked)
        implements Serializable {

    static CertificateInfo of(SignerCertificate c) {
        return new CertificateInfo(c.id(), c.serial(), c.subject(), c.createdAt(), c.notAfter(), c.revoked());
    }
}
