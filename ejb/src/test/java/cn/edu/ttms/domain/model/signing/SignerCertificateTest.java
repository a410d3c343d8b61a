package cn.edu.ttms.domain.model.signing;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import org.junit.jupiter.api.Test;

/** A signer's certificate is usable until the instant it expires, unless revoked; its bytes are its own. */
class SignerCertificateTest {

    private static final Instant ISSUED = Instant.parse("2026-01-01T00:00:00Z");
    private static final Instant NOT_AFTER = Instant.parse("2028-01-01T00:00:00Z");

    private static SignerCertificate issued(byte[] der, byte[] key) {
        return new SignerCertificate(42, "/1/2/", 1, "4242", "CN=张三", der, key, NOT_AFTER, ISSUED);
    }

    @Test
    void usableUpToButNotAtItsExpiry() {
        SignerCertificate c = issued(new byte[] {1}, new byte[] {2});
        assertTrue(c.usableAt(ISSUED));
        assertTrue(c.usableAt(NOT_AFTER.minusMillis(1)));
        assertFalse(c.usableAt(NOT_AFTER));
    }

    @Test
    void aRevokedCertificateIsNeverUsableAgainAndTheRevocationIsAuditedWhereTheAccountIsNow() {
        SignerCertificate c = issued(new byte[] {1}, new byte[] {2});
        c.revoke("/1/2/4/", Instant.parse("2026-06-01T00:00:00Z"));
        assertFalse(c.usableAt(ISSUED));
        assertEquals(true, c.auditState().get("revoked"));
        assertEquals(NOT_AFTER.toString(), c.auditState().get("notAfter"));
        assertFalse(c.auditState().containsKey("encryptedKey"), "the key never goes into the audit trail");
    }

    @Test
    void theCertificateAndKeyBytesAreCopiedInAndOut() {
        byte[] der = {1, 2, 3};
        byte[] key = {9, 9};
        SignerCertificate c = issued(der, key);
        der[0] = 0;
        key[0] = 0;
        assertArrayEquals(new byte[] {1, 2, 3}, c.certificate());
        assertArrayEquals(new byte[] {9, 9}, c.encryptedKey());
        c.certificate()[0] = 0;
        assertArrayEquals(new byte[] {1, 2, 3}, c.certificate());
    }
}
