package cn.edu.ttms.interfaces.rest.account;

import cn.edu.ttms.application.signing.CertificateInfo;
import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The caller's signing certificate as the API shows it (never its key). */
@Schema(name = "SigningCertificate")
@JsonbPropertyOrder({"id", "serial", "subject", "issuedAt", "notAfter", "revoked", "signingLock"})
public record SigningCertificate(
        long id,
        String serial,
        String subject,
        Instant issuedAt,
        Instant notAfter,
        boolean revoked,
        @Schema(description = "错误 PIN 次数与签名锁定（仅 GET）") SigningLock signingLock) {

    static SigningCertificate of(CertificateInfo c) {
        return new SigningCertificate(c.id(), c.serial(), c.subject(), c.issuedAt(), c.notAfter(), c.revoked(), null);
    }

    static SigningCertificate of(CertificateInfo c, cn.edu.ttms.application.signing.PinLockState lock) {
        return new SigningCertificate(
                c.id(),
                c.serial(),
                c.subject(),
                c.issuedAt(),
                c.notAfter(),
                c.revoked(),
                new SigningLock(lock.failures(), lock.lockedUntil(), lock.isLocked()));
    }

    /** The wrong signing PINs in a row, and until when signing is (or was last) locked. */
    @Schema(name = "SigningLockState")
    @JsonbPropertyOrder({"failedAttempts", "lockedUntil", "locked"})
    public record SigningLock(
            int failedAttempts,

            @jakarta.json.bind.annotation.JsonbNillable @Schema(nullable = true)
            Instant lockedUntil,

            boolean locked) {}
}
