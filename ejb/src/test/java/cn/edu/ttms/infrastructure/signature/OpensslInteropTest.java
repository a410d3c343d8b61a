package cn.edu.ttms.infrastructure.signature;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.edu.ttms.domain.model.result.SignatureMeaning;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The signatures are only worth something if a standard tool agrees with {@link CmsSignatures#verify}. */
class OpensslInteropTest {

    private static void write(Path dir, byte[] content, byte[] cms, X509Certificate ca) throws Exception {
        Files.write(dir.resolve("snapshot.json"), content);
        Files.write(dir.resolve("sig.der"), cms);
        Files.writeString(dir.resolve("ca.pem"), Certificates.pem(ca), StandardCharsets.US_ASCII);
    }

    private static OpenSsl.Run verify(Path dir) throws Exception {
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
                "snapshot.json",
                "-CAfile",
                "ca.pem",
                "-purpose",
                "any",
                "-out",
                "/dev/null");
    }

    private static byte[] sign(TimeStampClient tsa) {
        return CmsSignatures.sign(
                TestPki.SNAPSHOT,
                TestPki.SIGNER_KEYS.getPrivate(),
                TestPki.SIGNER,
                List.of(TestPki.CA.certificate()),
                TestPki.secondsAgo(5),
                SignatureMeaning.CONFIRM,
                tsa);
    }

    @Test
    void openSslVerifiesTheSignature(@TempDir Path dir) throws Exception {
        write(dir, TestPki.SNAPSHOT, sign(null), TestPki.CA.certificate());

        OpenSsl.Run run = verify(dir);

        assertEquals(0, run.exit(), run.stderr());
        assertTrue(run.stderr().contains("Verification successful"), run.stderr());
    }

    @Test
    void openSslRejectsContentWithOneFlippedByte(@TempDir Path dir) throws Exception {
        write(
                dir,
                TestPki.flipped(TestPki.SNAPSHOT, TestPki.SNAPSHOT.length / 2),
                sign(null),
                TestPki.CA.certificate());

        OpenSsl.Run run = verify(dir);

        assertNotEquals(0, run.exit());
        assertTrue(!run.stderr().contains("Verification successful"), run.stderr());
    }

    @Test
    void openSslRejectsASignerFromAnotherAuthority(@TempDir Path dir) throws Exception {
        CertificateAuthority impostor = TestPki.impostor();
        KeyPair keys = SigningKeys.generate();
        X509Certificate forged = impostor.issue(keys.getPublic(), "CN=张三", BigInteger.ONE, Duration.ofDays(1));
        write(
                dir,
                TestPki.SNAPSHOT,
                CmsSignatures.sign(
                        TestPki.SNAPSHOT,
                        keys.getPrivate(),
                        forged,
                        List.of(impostor.certificate()),
                        TestPki.secondsAgo(5),
                        SignatureMeaning.CONFIRM),
                TestPki.CA.certificate());

        assertNotEquals(0, verify(dir).exit());
    }

    @Test
    void openSslVerifiesATimeStampedSignature(@TempDir Path dir) throws Exception {
        try (LocalTimeStampAuthority tsa = new LocalTimeStampAuthority()) {
            write(dir, TestPki.SNAPSHOT, sign(new HttpTimeStampClient(tsa.url())), TestPki.CA.certificate());
        }

        OpenSsl.Run run = verify(dir);

        assertEquals(0, run.exit(), run.stderr());
        OpenSsl.Run print = OpenSsl.run(dir, "cms", "-cmsout", "-print", "-inform", "DER", "-in", "sig.der");
        assertTrue(print.stdout().contains("id-smime-aa-timeStampToken"), print.stdout());
    }

    @Test
    void openSslVerifiesASignerOfAnImportedRsaAuthority(@TempDir Path dir) throws Exception {
        char[] password = "x".toCharArray();
        CertificateAuthority original = TestPki.rsaAuthority("CN=RSA 根证书, O=某市教育局, C=CN");
        CertificateAuthority rsa = TestPki.importPkcs12(
                TestPki.pkcs12("ca", original.privateKey(), password, original.certificate()), password);
        KeyPair keys = SigningKeys.generate();
        X509Certificate signer =
                rsa.issue(keys.getPublic(), "CN=审核人, O=某市教育局, C=CN", BigInteger.TEN, Duration.ofDays(1));
        byte[] cms = CmsSignatures.sign(
                TestPki.SNAPSHOT,
                keys.getPrivate(),
                signer,
                List.of(rsa.certificate()),
                TestPki.secondsAgo(5),
                SignatureMeaning.APPROVE);
        write(dir, TestPki.SNAPSHOT, cms, original.certificate());

        OpenSsl.Run run = verify(dir);

        assertEquals(0, run.exit(), run.stderr());
        assertTrue(CmsSignatures.verify(TestPki.SNAPSHOT, cms, original.certificate())
                .valid());
    }

    @Test
    void openSslPrintsTheSignedTimeAndMeaning(@TempDir Path dir) throws Exception {
        write(dir, TestPki.SNAPSHOT, sign(null), TestPki.CA.certificate());

        OpenSsl.Run print = OpenSsl.run(dir, "cms", "-cmsout", "-print", "-inform", "DER", "-in", "sig.der");

        assertEquals(0, print.exit(), print.stderr());
        assertTrue(print.stdout().contains("signingTime"), print.stdout());
        assertTrue(
                print.stdout().contains("id-smime-aa-ets-commitmentType (1.2.840.113549.1.9.16.2.16)"),
                "the name the README tells readers to look for\n" + print.stdout());
        assertTrue(print.stdout().contains("id-smime-cti-ets-proofOfOrigin"), print.stdout());
        assertTrue(
                print.stdout().contains(":确认") || print.stdout().contains("\\xE7\\xA1\\xAE\\xE8\\xAE\\xA4"),
                print.stdout());
    }

    @Test
    void anExpiredSignerVerifiesAtItsSigningTimeAsTheReadmeSays(@TempDir Path dir) throws Exception {
        KeyPair keys = SigningKeys.generate();
        // issued already expired: valid from five minutes ago (clock skew) until two minutes ago
        X509Certificate brief =
                TestPki.CA.issue(keys.getPublic(), "CN=短期证书", BigInteger.valueOf(5), Duration.ofMinutes(-2));
        java.time.Instant at = TestPki.secondsAgo(180);
        write(
                dir,
                TestPki.SNAPSHOT,
                CmsSignatures.sign(
                        TestPki.SNAPSHOT,
                        keys.getPrivate(),
                        brief,
                        List.of(TestPki.CA.certificate()),
                        at,
                        SignatureMeaning.CONFIRM),
                TestPki.CA.certificate());

        OpenSsl.Run now = verify(dir);
        OpenSsl.Run then = OpenSsl.run(
                dir,
                "cms",
                "-verify",
                "-binary",
                "-inform",
                "DER",
                "-in",
                "sig.der",
                "-content",
                "snapshot.json",
                "-CAfile",
                "ca.pem",
                "-purpose",
                "any",
                "-out",
                "/dev/null",
                "-attime",
                String.valueOf(at.getEpochSecond()));

        assertNotEquals(0, now.exit());
        assertTrue(now.stderr().contains("certificate has expired"), now.stderr());
        assertEquals(0, then.exit(), then.stderr());
        assertTrue(
                CmsSignatures.verify(
                                TestPki.SNAPSHOT, Files.readAllBytes(dir.resolve("sig.der")), TestPki.CA.certificate())
                        .valid(),
                "valid at the signing time is what counts");
    }
}
