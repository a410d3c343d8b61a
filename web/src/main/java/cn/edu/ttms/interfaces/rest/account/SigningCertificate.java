package cn.edu.ttms.interfaces.rest.account;

import cn.edu.ttms.application.signing.CertificateInfo;
import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The caller's signing certificate as the API shows it (never its key). */
@Schema(name = "SigningCertificate")
@JsonbPropertyOrder({"id", "serial", "subject", "issuedAt", "notAfter", "revoked"})
public record SigningCertificate(long id, String serial, String subject, Instant issuedAt, Instant notAfter,
        boolean revoked) {

    static SigningCertificate of(CertificateInfo c) {
        return new SigningCertificate(c.id(), c.serial(), c.subject(), c.issuedAt(), c.notAfter(), c.revoked());
    }
}
