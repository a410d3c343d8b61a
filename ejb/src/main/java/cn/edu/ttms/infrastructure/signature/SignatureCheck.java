package cn.edu.ttms.infrastructure.signature;

import cn.edu.ttms.domain.model.result.SignatureMeaning;
import java.math.BigInteger;
import java.time.Instant;

/**
 * What checking one signature found. A bad signature is an ordinary outcome (someone edited the
 * snapshot, or brought a certificate from elsewhere), so it is reported here rather than thrown; the
 * descriptive fields are filled in as far as the signature could be read even when it is invalid, so
 * that a reviewer sees who claims to have signed what.
 *
 * @param valid whether the signature covers the content and chains to the trust anchor
 * @param problem null when valid; otherwise a short English reason such as
 *     {@code content does not match the signature}
 * @param signerSubject the signer certificate's subject (RFC 2253), or null if not found
 * @param signerSerial the signer certificate's serial number, or null if not found
 * @param signingTime the signed signing-time attribute (to the second), or null if absent
 * @param meaning the signed meaning (确认, 审核通过, 认定), or null if absent or unknown
 * @param timeStamp the time of an RFC 3161 time-stamp over the signature, or null if none
 */
public record SignatureCheck(
        boolean valid,
        String problem,
        String signerSubject,
        BigInteger signerSerial,
        Instant signingTime,
        SignatureMeaning meaning,
        Instant timeStamp) {

    /** An input that could not even be read as a signature. */
    static SignatureCheck unreadable(String problem) {
        return new SignatureCheck(false, problem, null, null, null, null, null);
    }
}
