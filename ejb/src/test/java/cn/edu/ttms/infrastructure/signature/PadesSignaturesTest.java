package cn.edu.ttms.infrastructure.signature;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.List;
import org.bouncycastle.asn1.ess.SigningCertificateV2;
import org.bouncycastle.asn1.pkcs.PKCSObjectIdentifiers;
import org.bouncycastle.cms.CMSProcessableByteArray;
import org.bouncycastle.cms.CMSSignedData;
import org.bouncycastle.cms.SignerInformation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The CMS of a PDF document signature, checked by OpenSSL and by its attributes (PAdES B-B). */
class PadesSignaturesTest {

    private static final byte[] SIGNED_RANGES = TestPki.utf8("%PDF-1.7 … the signed byte ranges of a document …");

    private static byte[] sign() {
        return PadesSignatures.sign(
                SIGNED_RANGES, TestPki.SIGNER_KEYS.getPrivate(), List.of(TestPki.SIGNER, TestPki.CA.certificate()));
    }

    @Test
    void openSslVerifiesItAgainstTheAuthorityAndRejectsAChangedByte(@TempDir Path dir) throws Exception {
        Files.write(dir.resolve("sig.der"), sign());
        Files.writeString(dir.resolve("ca.pem"), Certificates.pem(TestPki.CA.certificate()), StandardCharsets.US_ASCII);
        Files.write(dir.resolve("ranges.bin"), SIGNED_RANGES);
        Files.write(dir.resolve("changed.bin"), TestPki.flipped(SIGNED_RANGES, 3));

        OpenSsl.Run valid = verify(dir, "ranges.bin");
        OpenSsl.Run changed = verify(dir, "changed.bin");

        assertEquals(0, valid.exit(), valid.stderr());
        assertTrue(valid.stderr().contains("Verification successful"), valid.stderr());
        assertNotEquals(0, changed.exit(), changed.stderr());
    }

    @Test
    void itCarriesTheSigningCertificateV2AndNoSigningTime() throws Exception {
        CMSSignedData cms = new CMSSignedData(new CMSProcessableByteArray(SIGNED_RANGES), sign());
        SignerInformation signer = cms.getSignerInfos().getSigners().iterator().next();

        assertTrue(cms.isDetachedSignature());
        assertEquals("2.16.840.1.101.3.4.2.1", signer.getDigestAlgOID(), "SHA-256");
        assertEquals(null, signer.getSignedAttributes().get(PKCSObjectIdentifiers.pkcs_9_at_signingTime));
        SigningCertificateV2 certificate = SigningCertificateV2.getInstance(signer.getSignedAttributes()
                .get(PKCSObjectIdentifiers.id_aa_signingCertificateV2)
                .getAttrValues()
                .getObjectAt(0));
        assertArrayEquals(
                MessageDigest.getInstance("SHA-256").digest(TestPki.SIGNER.getEncoded()),
                certificate.getCerts()[0].getCertHash());
        assertEquals(
                TestPki.SIGNER.getSerialNumber(),
                certificate.getCerts()[0].getIssuerSerial().getSerial().getValue());
        assertEquals(2, cms.getCertificates().getMatches(null).size());
        assertEquals(3, signer.getSignedAttributes().size(), "content type, message digest, signing certificate");
    }

    private static OpenSsl.Run verify(Path dir, String content) throws Exception {
        return OpenSsl.run(
                dir,
                "cms",
                "-verify",
                "-binary",
                "-inform",
                "DER",
                "-in",
                "sig.der",
                "-content",
                content,
                "-CAfile",
                "ca.pem",
                "-purpose",
                "any",
                "-out",
                "/dev/null");
    }
}
