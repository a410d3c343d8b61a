package cn.edu.ttms.application.signing;

import cn.edu.ttms.domain.model.result.SignatureMeaning;
import java.security.PrivateKey;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.List;

/**
 * Electronic signatures as detached CMS SignedData (RFC 5652), which standard tools check
 * ({@code openssl cms -verify}): what the application asks of the infrastructure that makes and checks them.
 */
public interface Signatures {

    /**
     * The DER of a detached CMS signature over {@code content}, carrying the signer's certificate and
     * its chain, the signing time (to the second) and the meaning as signed attributes, and an RFC 3161
     * time-stamp when the deployment names a time-stamp authority ({@code app.signing.tsa-url}).
     */
    byte[] sign(
            byte[] content,
            PrivateKey key,
            X509Certificate signer,
            List<X509Certificate> chain,
            Instant signingTime,
            SignatureMeaning meaning);

    /**
     * Checks a detached signature over {@code content} against the authority trusted for it. A bad or
     * foreign signature is an ordinary finding, never an exception.
     */
    SignatureFinding verify(byte[] content, byte[] cms, X509Certificate trustAnchor);

    /**
     * The README of an export: the {@code openssl cms -verify} command for each signature.
     *
     * @param signatureAndSnapshotFiles one entry per signature, {@code "signature.der|snapshot.json"}
     */
    String readme(List<String> signatureAndSnapshotFiles, String caFile);
}
