package cn.edu.ttms.infrastructure.signature;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.cert.CertificateFactory;
import java.security.cert.X509CRL;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The authority's revocation list and its plain signatures (issue 18): what verifiers check with the
 * CA certificate alone, here with the JDK and with OpenSSL.
 */
class RevocationListTest {

    @TempDir
    Path dir;

    @Test
    void theCrlListsTheRevokedSerialsAndVerifiesWithTheAuthority() throws Exception {
        Instant revokedAt = Instant.parse("2026-05-01T08:00:00Z");
        byte[] der = TestPki.CA.crl(
                Map.of(BigInteger.valueOf(4242), revokedAt),
                BigInteger.valueOf(7),
                Instant.now(),
                Instant.now().plusSeconds(86_400));
        X509CRL crl = (X509CRL) CertificateFactory.getInstance("X.509").generateCRL(new ByteArrayInputStream(der));
        crl.verify(TestPki.CA.certificate().getPublicKey());
        assertNotNull(crl.getRevokedCertificate(BigInteger.valueOf(4242)));
        assertEquals(
                revokedAt,
                crl.getRevokedCertificate(BigInteger.valueOf(4242))
                        .getRevocationDate()
                        .toInstant());
        assertNull(crl.getRevokedCertificate(BigInteger.valueOf(4243)), "only what was revoked");
        assertTrue(crl.isRevoked(TestPki.SIGNER), "the signer of serial 4242");

        Files.write(dir.resolve("ca.crl"), der);
        Files.writeString(dir.resolve("ca.pem"), Certificates.pem(TestPki.CA.certificate()));
        OpenSsl.Run run = OpenSsl.run(dir, "crl", "-inform", "DER", "-in", "ca.crl", "-CAfile", "ca.pem", "-noout");
        assertTrue((run.stdout() + run.stderr()).contains("verify OK"), run.toString());
    }

    @Test
    void aPlainSignatureChecksWithOpensslAndTheCertificateAlone() throws Exception {
        byte[] message = "TTMS-V1|ABCDEFGHIJKLMNOPQRSTUVWXYZ|3FA2|18|32.4".getBytes(StandardCharsets.UTF_8);
        Files.write(dir.resolve("message"), message);
        Files.write(dir.resolve("signature"), TestPki.CA.signRaw(message));
        Files.writeString(dir.resolve("ca.pem"), Certificates.pem(TestPki.CA.certificate()));
        OpenSsl.run(dir, "x509", "-in", "ca.pem", "-pubkey", "-noout", "-out", "ca.pub");
        OpenSsl.Run ok = OpenSsl.run(dir, "dgst", "-sha256", "-verify", "ca.pub", "-signature", "signature", "message");
        assertTrue(ok.stdout().contains("Verified OK"), ok.toString());

        Files.write(
                dir.resolve("message"),
                "TTMS-V1|ABCDEFGHIJKLMNOPQRSTUVWXYZ|3FA2|18|99".getBytes(StandardCharsets.UTF_8));
        OpenSsl.Run changed =
                OpenSsl.run(dir, "dgst", "-sha256", "-verify", "ca.pub", "-signature", "signature", "message");
        assertTrue((changed.stdout() + changed.stderr()).contains("Verification failure"), changed.toString());
    }
}
