package cn.edu.ttms.application.document;

import java.time.LocalDate;
import java.util.Objects;

/**
 * What every issued document carries at its foot: who issued it and when, and how to check it.
 *
 * @param issuer the issuing unit's name (教育局)
 * @param code the verification code, printed under the QR code
 * @param verificationUrl the page the code opens, printed in words for those who type it
 * @param qrPayload what the QR code holds: the verification URL with the offline signature
 */
public record Issue(String issuer, LocalDate issuedOn, String code, String verificationUrl, String qrPayload) {

    public Issue {
        Objects.requireNonNull(issuer, "issuer");
        Objects.requireNonNull(issuedOn, "issuedOn");
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(verificationUrl, "verificationUrl");
        Objects.requireNonNull(qrPayload, "qrPayload");
    }
}
