package cn.edu.ttms.interfaces.web.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Remembers, for a minute, that a username and password sent with HTTP Basic were valid, so that an
 * integration sending many requests does not pay the deliberately slow password hash (PBKDF2) on
 * every one — that cost would otherwise decide the API's throughput under a rush. Only a salted
 * SHA-256 of the password is kept, in memory, with the account's version as it was then: a password
 * changed, a lock-out or a disabled account — on this node or another of a cluster — moves the version
 * on, and the entry no longer answers (the caller reads the version on each request, one indexed query).
 */
@ApplicationScoped
public class ApiCredentialCache {

    static final long TTL_MILLIS = 60_000;

    private static final int MAX_ENTRIES = 10_000;

    private final byte[] salt = new byte[16];
    private final Map<String, Entry> entries = new ConcurrentHashMap<>();

    private record Entry(byte[] digest, CredentialValidationResult result, long stamp, long expires) {}

    public ApiCredentialCache() {
        new SecureRandom().nextBytes(salt);
    }

    /** The remembered result, when the password matches and the account's version is still {@code stamp}. */
    public Optional<CredentialValidationResult> lookup(String username, String password, long stamp) {
        Entry e = entries.get(username);
        if (e == null
                || e.stamp() != stamp
                || e.expires() < System.currentTimeMillis()
                || !MessageDigest.isEqual(e.digest(), digest(password))) {
            return Optional.empty();
        }
        return Optional.of(e.result());
    }

    public void remember(String username, String password, CredentialValidationResult result, long stamp) {
        if (entries.size() >= MAX_ENTRIES) {
            long now = System.currentTimeMillis();
            entries.values().removeIf(x -> x.expires() < now);
        }
        if (entries.size() < MAX_ENTRIES) {
            entries.put(username, new Entry(digest(password), result, stamp, System.currentTimeMillis() + TTL_MILLIS));
        }
    }

    public void forget(String username) {
        entries.remove(username);
    }

    /** The old password stops working on the API at once, not after the minute. */
    void onPasswordChanged(@jakarta.enterprise.event.Observes cn.edu.ttms.application.account.PasswordChanged event) {
        forget(event.username());
    }

    /** Roles, unit, a disabled account or a reset password take effect on the API at once. */
    void onAccountChanged(@jakarta.enterprise.event.Observes cn.edu.ttms.application.account.AccountChanged event) {
        forget(event.username());
    }

    private byte[] digest(String password) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            sha.update(salt);
            return sha.digest(password.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
