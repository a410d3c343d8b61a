package cn.edu.ttms.infrastructure.security;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class PasswordHashingTest {

    /**
     * Demo@2026 as Jakarta Security's Pbkdf2PasswordHash wrote it before (10,000 iterations, salt 0..15),
     * computed independently with Python's {@code hashlib.pbkdf2_hmac('sha256', …, 10000, 32)}.
     */
    private static final String WRITTEN_BEFORE =
            "PBKDF2WithHmacSHA256:10000:AAECAwQFBgcICQoLDA0ODw==:NCs1b50I9+Msw3vLxldmiBfJv1vuF+zFAaUEeDYPKj8=";

    private final PasswordHashing hashing = new PasswordHashing();

    @Test
    void aHashOfTenThousandIterationsStillVerifiesAndIsFlaggedForRehash() {
        assertTrue(hashing.matches("Demo@2026".toCharArray(), WRITTEN_BEFORE));
        assertFalse(hashing.matches("Demo@2027".toCharArray(), WRITTEN_BEFORE));
        assertTrue(hashing.needsRehash(WRITTEN_BEFORE));
    }

    @Test
    void aNewHashUsesTodaysOwaspCountCarriesItAndNeedsNoRehash() {
        String hash = hashing.hash("Probe2026pass".toCharArray());

        assertTrue(hash.startsWith("PBKDF2WithHmacSHA256:600000:"), hash);
        assertTrue(hashing.matches("Probe2026pass".toCharArray(), hash));
        assertFalse(hashing.matches("Probe2026pasS".toCharArray(), hash));
        assertFalse(hashing.needsRehash(hash));
        assertNotEquals(hash, hashing.hash("Probe2026pass".toCharArray()), "a fresh salt each time");
    }

    @Test
    void aHashWrittenByTheOldCountHereIsFlaggedToo() {
        String old = new PasswordHashing(10_000).hash("Probe2026pass".toCharArray());

        assertTrue(old.startsWith("PBKDF2WithHmacSHA256:10000:"), old);
        assertTrue(hashing.matches("Probe2026pass".toCharArray(), old));
        assertTrue(hashing.needsRehash(old));
    }

    @Test
    void somethingThatIsNotAHashNeverMatchesAndIsReplaced() {
        for (String junk : new String[] {
            null,
            "",
            "plain",
            "MD5:1:AA==:AA==",
            "PBKDF2WithHmacSHA256:x:AA==:AA==",
            "PBKDF2WithHmacSHA256:1000:%%%:AA=="
        }) {
            assertFalse(hashing.matches("x".toCharArray(), junk), String.valueOf(junk));
            assertTrue(hashing.needsRehash(junk), String.valueOf(junk));
        }
    }
}
