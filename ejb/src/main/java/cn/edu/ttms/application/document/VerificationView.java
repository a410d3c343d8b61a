package cn.edu.ttms.application.document;

import cn.edu.ttms.domain.model.document.DocumentKind;
import cn.edu.ttms.domain.model.document.DocumentStatus;
import cn.edu.ttms.domain.model.document.RevocationReason;
import java.math.BigDecimal;
import java.time.Instant;

/**
 * What the public verification says about a document, and nothing more: whether it stands, what it
 * certifies, the holder masked.
 *
 * @param revokedAt null while valid
 * @param revocationReason the category only, null while valid
 */
public record VerificationView(
        String code,
        DocumentStatus status,
        DocumentKind kind,
        Instant issuedAt,
        String issuer,
        String holderName,
        String holderIdentityNumber,
        BigDecimal hours,
        BigDecimal credits,
        Instant revokedAt,
        RevocationReason revocationReason) {}
