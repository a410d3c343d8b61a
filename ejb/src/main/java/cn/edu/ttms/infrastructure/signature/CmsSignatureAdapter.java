package cn.edu.ttms.infrastructure.signature;

import cn.edu.ttms.application.signing.SignatureFinding;
import cn.edu.ttms.application.signing.Signatures;
import cn.edu.ttms.domain.model.result.SignatureMeaning;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.net.URI;
import java.security.PrivateKey;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * {@link Signatures} by {@link CmsSignatures}, time-stamped by the authority {@code app.signing.tsa-url}
 * names (none when unset), and {@link SignatureExport}'s README.
 */
@ApplicationScoped
public class CmsSignatureAdapter implements Signatures {

    @Inject
    @ConfigProperty(name = "app.signing.tsa-url")
    Optional<String> tsaUrl;

    @Override
    public byte[] sign(
            byte[] content,
            PrivateKey key,
            X509Certificate signer,
            List<X509Certificate> chain,
            Instant signingTime,
            SignatureMeaning meaning) {
        return CmsSignatures.sign(
                content,
                key,
                signer,
                chain,
                signingTime,
                meaning,
                tsaUrl.map(String::strip)
                        .filter(s -> !s.isEmpty())
                        .map(u -> new HttpTimeStampClient(URI.create(u)))
                        .orElse(null));
    }

    @Override
    public SignatureFinding verify(byte[] content, byte[] cms, X509Certificate trustAnchor) {
        SignatureCheck c = CmsSignatures.verify(content, cms, trustAnchor);
        return new SignatureFinding(
                c.valid(),
                c.problem(),
                c.signerSubject(),
                c.signerSerial(),
                c.signingTime(),
                c.meaning(),
                c.timeStamp());
    }

    @Override
    public String readme(List<String> signatureAndSnapshotFiles, String caFile) {
        return SignatureExport.readme(signatureAndSnapshotFiles, caFile);
    }
}
