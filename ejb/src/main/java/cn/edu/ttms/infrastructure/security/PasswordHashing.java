package cn.edu.ttms.infrastructure.security;

import cn.edu.ttms.domain.model.account.PasswordHasher;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.security.enterprise.identitystore.Pbkdf2PasswordHash;
import java.util.Map;

/**
 * The container's PBKDF2 hash with the project's parameters, in one place so that the accounts
 * written by the application and the identity store that checks them always agree.
 */
@ApplicationScoped
public class PasswordHashing implements PasswordHasher {

    /** HMAC-SHA256 with 10,000 iterations: HTTP Basic hashes on every API call, so keep it affordable. */
    public static final Map<String, String> PARAMETERS = Map.of(
            "Pbkdf2PasswordHash.Algorithm", "PBKDF2WithHmacSHA256",
            "Pbkdf2PasswordHash.Iterations", "10000",
            "Pbkdf2PasswordHash.SaltSizeBytes", "16",
            "Pbkdf2PasswordHash.KeySizeBytes", "32");

    /** A fresh hasher per call: {@code initialize} mutates the (dependent) bean, so it is not shared. */
    @Inject
    Instance<Pbkdf2PasswordHash> hashes;

    @Override
    public String hash(char[] password) {
        Pbkdf2PasswordHash hash = hashes.get();
        try {
            hash.initialize(PARAMETERS);
            return hash.generate(password);
        } finally {
            hashes.destroy(hash);
        }
    }

    @Override
    public boolean matches(char[] password, String stored) {
        Pbkdf2PasswordHash hash = hashes.get();
        try {
            hash.initialize(PARAMETERS);
            return hash.verify(password, stored);
        } finally {
            hashes.destroy(hash);
        }
    }
}
