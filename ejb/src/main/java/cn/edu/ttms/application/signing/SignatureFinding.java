package cn.edu.ttms.application.signing;

import cn.edu.ttms.domain.model.result.SignatureMeaning;
import java.math.BigInteger;
import java.time.Instant;

/**
 * What checking one signature found ({@link Signatures#verify}). The descriptive fields are filled in
 * as far as the signature could be read even when it is invalid, so that a reviewer sees who claims to
 * have signed what.
 *
 * @param valid whether the signature covers the content and chains to the trust anchor
 * @param problem null when valid; otherwise a short English reason
 * @param signerSubject the signer certificate's subject (RFC 2253), or null if not found
 * @param signerSerial the signer certificate's serial number, or null if not found
 * @param signingTime the signed signing time, or null if absent
 * @param meaning the signed meaning, or null if absent or unknown
 * @param timeStamp the time of an RFC 3161 time-stamp over the signature, or null if none
 */
public record SignatureFinding(
        boolean valid,
        String problem,
        String signerSubject,
        BigInteger signerSerial,
        Instant signingTime,
        SignatureMeaning meaning,
        Instant timeStamp) {}
