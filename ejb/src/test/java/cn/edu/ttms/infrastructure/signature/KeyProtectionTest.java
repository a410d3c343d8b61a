package cn.edu.ttms.infrastructure.signature;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.edu.ttms.domain.model.signing.WrongSigningPin;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.PrivateKey;
import java.security.cert.X509Certificate;
import org.bouncycastle.asn1.nist.NISTObjectIdentifiers;
import org.bouncycastle.asn1.pkcs.EncryptedPrivateKeyInfo;
import org.bouncycastle.asn1.pkcs.EncryptionScheme;
import org.bouncycastle.asn1.pkcs.KeyDerivationFunc;
import org.bouncycastle.asn1.pkcs.PBES2Parameters;
import org.bouncycastle.asn1.pkcs.PBKDF2Params;
import org.bouncycastle.asn1.pkcs.PKCSObjectIdentifiers;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class KeyProtectionTest {

    private static final char[] PIN = "246810".toCharArray();

    @Test
    void theRightPinUnlocksTheKey() {
        PrivateKey key = TestPki.SIGNER_KEYS.getPrivate();

        PrivateKey unlocked = KeyProtection.decrypt(KeyProtection.encrypt(key, PIN), PIN);

        assertArrayEquals(key.getEncoded(), unlocked.getEncoded());
    }

    @Test
    void aWrongPinIsWrongSigningPin() {
        byte[] encrypted = KeyProtection.encrypt(TestPki.SIGNER_KEYS.getPrivate(), PIN);

        WrongSigningPin wrong =
                assertThrows(WrongSigningPin.class, () -> KeyProtection.decrypt(encrypted, "246811".toCharArray()));
        assertEquals("error.signing.wrongPin", wrong.messageKey());
        assertThrows(WrongSigningPin.class, () -> KeyProtection.decrypt(encrypted, new char[0]));
    }

    @Test
    void theKeyIsAStandardPbes2Pkcs8WithAes256AndPbkdf2HmacSha256() {
        byte[] encrypted = KeyProtection.encrypt(TestPki.SIGNER_KEYS.getPrivate(), PIN);

        EncryptedPrivateKeyInfo info = EncryptedPrivateKeyInfo.getInstance(encrypted);
        assertEquals(
                PKCSObjectIdentifiers.id_PBES2, info.getEncryptionAlgorithm().getAlgorithm());
        PBES2Parameters pbes2 =
                PBES2Parameters.getInstance(info.getEncryptionAlgorithm().getParameters());
        KeyDerivationFunc kdf = pbes2.getKeyDerivationFunc();
        assertEquals(PKCSObjectIdentifiers.id_PBKDF2, kdf.getAlgorithm());
        PBKDF2Params pbkdf2 = PBKDF2Params.getInstance(kdf.getParameters());
        assertTrue(pbkdf2.getIterationCount().intValue() >= 100_000);
        assertEquals(PKCSObjectIdentifiers.id_hmacWithSHA256, pbkdf2.getPrf().getAlgorithm());
        EncryptionScheme scheme = pbes2.getEncryptionScheme();
        assertEquals(NISTObjectIdentifiers.id_aes256_CBC, scheme.getAlgorithm());
        assertFalse(
                java.util.Arrays.equals(encrypted, KeyProtection.encrypt(TestPki.SIGNER_KEYS.getPrivate(), PIN)),
                "a fresh salt and IV each time");
    }

    @Test
    void openSslDecryptsTheKeyWithThePin(@TempDir Path dir) throws Exception {
        Files.write(dir.resolve("key.der"), KeyProtection.encrypt(TestPki.SIGNER_KEYS.getPrivate(), PIN));

        OpenSsl.Run wrong = OpenSsl.run(
                dir, "pkcs8", "-inform", "DER", "-in", "key.der", "-passin", "pass:000000", "-out", "plain.pem");
        OpenSsl.Run right = OpenSsl.run(
                dir,
                "pkcs8",
                "-inform",
                "DER",
                "-in",
                "key.der",
                "-passin",
                "pass:" + new String(PIN),
                "-out",
                "plain.pem");

        assertTrue(wrong.exit() != 0);
        assertEquals(0, right.exit(), right.stderr());
        assertTrue(Files.readString(dir.resolve("plain.pem")).contains("BEGIN PRIVATE KEY"));
    }

    @Test
    void bytesThatAreNoEncryptedKeyAreATechnicalFault() {
        assertThrows(IllegalArgumentException.class, () -> KeyProtection.decrypt(new byte[] {1, 2, 3}, PIN));
    }

    @Test
    void certificatesSurviveDerAndBecomePem() {
        X509Certificate certificate = TestPki.SIGNER;

        assertEquals(certificate, Certificates.certificate(Certificates.der(certificate)));
        String pem = Certificates.pem(certificate);
        assertTrue(pem.startsWith("-----BEGIN CERTIFICATE-----"), pem);
        assertTrue(pem.strip().endsWith("-----END CERTIFICATE-----"), pem);
        assertTrue(pem.endsWith("\n"));
        assertThrows(IllegalArgumentException.class, () -> Certificates.certificate(TestPki.utf8("nonsense")));
    }
}
