package cn.edu.ttms.infrastructure.security;

import cn.edu.ttms.domain.model.account.PasswordHasher;
import jakarta.enterprise.context.ApplicationScoped;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Set;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;

/**
 * PBKDF2 password hashes, in one place so that the accounts written by the application and the
 * identity store that checks them always agree.
 *
 * <p>The stored form is that of Jakarta Security's {@code Pbkdf2PasswordHash}: {@code
 * algorithm:iterations:salt:hash} (Base64), so each hash carries its own parameters and the hashes
 * the container wrote before (10,000 iterations) still verify. {@link #needsRehash} tells the
 * sign-in to replace such a hash with one at {@link #ITERATIONS} while it holds the password.
 *
 * <p>Plain JDK code rather than the container's bean: the same algorithm, and testable without a
 * server. HTTP Basic does not pay this cost on every call: the web module remembers a verified
 * password for a minute (ApiCredentialCache).
 */
@ApplicationScoped
public class PasswordHashing implements PasswordHasher {

    public static final String ALGORITHM = "PBKDF2WithHmacSHA256";

    /** OWASP Password Storage Cheat Sheet, PBKDF2-HMAC-SHA256 (docs/benchmarks.md: the cost here). */
    public static final int ITERATIONS = 600_000;

    private static final int SALT_BYTES = 16;
    private static final int KEY_BYTES = 32;
    private static final Set<String> ALGORITHMS =
            Set.of("PBKDF2WithHmacSHA224", "PBKDF2WithHmacSHA256", "PBKDF2WithHmacSHA384", "PBKDF2WithHmacSHA512");

    private final SecureRandom random = new SecureRandom();
    private final int iterations;

    public PasswordHashing() {
        this(ITERATIONS);
    }

    /** With another count: tests and the benchmark write hashes as they were before. */
    public PasswordHashing(int iterations) {
        this.iterations = iterations;
    }

    @Override
    public String hash(char[] password) {
        byte[] salt = new byte[SALT_BYTES];
        random.nextBytes(salt);
        Base64.Encoder base64 = Base64.getEncoder();
        return ALGORITHM + ":" + iterations + ":" + base64.encodeToString(salt) + ":"
                + base64.encodeToString(pbkdf2(ALGORITHM, password, salt, iterations, KEY_BYTES));
    }

    @Override
    public boolean matches(char[] password, String stored) {
        Stored hash = Stored.parse(stored);
        if (hash == null) {
            pbkdf2(ALGORITHM, password, new byte[SALT_BYTES], iterations, KEY_BYTES);
            return false;
        }
        boolean equal = MessageDigest.isEqual(
                hash.key(), pbkdf2(hash.algorithm(), password, hash.salt(), hash.iterations(), hash.key().length));
        if (hash.iterations() < iterations) {
            // the rest of today's cost, so that an account with an old hash answers no faster than an
            // unknown username (which is checked against a decoy at today's count)
            pbkdf2(ALGORITHM, password, hash.salt(), iterations - hash.iterations(), KEY_BYTES);
        }
        return equal;
    }

    @Override
    public boolean needsRehash(String stored) {
        Stored hash = Stored.parse(stored);
        return hash == null
                || hash.iterations() < iterations
                || !ALGORITHM.equals(hash.algorithm())
                || hash.key().length < KEY_BYTES;
    }

    private static byte[] pbkdf2(String algorithm, char[] password, byte[] salt, int iterations, int keyBytes) {
        try {
            PBEKeySpec spec = new PBEKeySpec(password, salt, iterations, keyBytes * 8);
            try {
                return SecretKeyFactory.getInstance(algorithm)
                        .generateSecret(spec)
                        .getEncoded();
            } finally {
                spec.clearPassword();
            }
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(algorithm, e);
        }
    }

    /** A stored hash taken apart; {@code null} from {@link #parse} when it is not one. */
    private record Stored(String algorithm, int iterations, byte[] salt, byte[] key) {

        static Stored parse(String stored) {
            if (stored == null) {
                return null;
            }
            String[] parts = stored.split(":");
            if (parts.length != 4 || !ALGORITHMS.contains(parts[0])) {
                return null;
            }
            try {
                int iterations = Integer.parseInt(parts[1]);
                byte[] salt = Base64.getDecoder().decode(parts[2]);
                byte[] key = Base64.getDecoder().decode(parts[3]);
                return iterations < 1 || salt.length == 0 || key.length == 0
                        ? null
                        : new Stored(parts[0], iterations, salt, key);
            } catch (IllegalArgumentException e) {
                return null;
            }
        }
    }
}
