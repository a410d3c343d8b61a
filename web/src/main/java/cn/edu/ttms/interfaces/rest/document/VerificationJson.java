package cn.edu.ttms.interfaces.rest.document;

import cn.edu.ttms.application.document.VerificationView;
import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.math.BigDecimal;
import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** {@code GET /api/v1/verifications/{code}} (api.md): what a document certifies, the holder masked. */
@Schema(name = "DocumentVerification")
@JsonbPropertyOrder({"code", "status", "kind", "issuedAt", "issuer", "holder", "totals", "revocation"})
public record VerificationJson(
        String code,
        @Schema(enumeration = {"VALID", "REVOKED"}) String status,
        @Schema(enumeration = {"TRANSCRIPT", "CERTIFICATE"}) String kind,
        Instant issuedAt,
        String issuer,
        Holder holder,
        Totals totals,
        @Schema(description = "only when REVOKED") Revocation revocation) {

    /** The holder as the paper shows them, masked: 李* and 530902********125X. */
    @JsonbPropertyOrder({"name", "identityNumber"})
    public record Holder(String name, String identityNumber) {}

    /** Recognised hours and credits the document states. */
    @JsonbPropertyOrder({"hours", "credits"})
    public record Totals(BigDecimal hours, BigDecimal credits) {}

    /** When and why (the category only). */
    @JsonbPropertyOrder({"at", "reason"})
    public record Revocation(
            Instant at,

            @Schema(enumeration = {"RESULT_VOIDED", "BATCH_RETURNED"})
            String reason) {}

    public static VerificationJson of(VerificationView v) {
        return new VerificationJson(
                v.code(),
                v.status().name(),
                v.kind().name(),
                v.issuedAt(),
                v.issuer(),
                new Holder(v.holderName(), v.holderIdentityNumber()),
                new Totals(
                        cn.edu.ttms.domain.model.shared.Decimals.canonical(v.hours()),
                        cn.edu.ttms.domain.model.shared.Decimals.canonical(v.credits())),
                v.revokedAt() == null
                        ? null
                        : new Revocation(
                                v.revokedAt(),
                                v.revocationReason() == null
                                        ? null
                                        : v.revocationReason().name()));
    }
}
