package cn.edu.ttms.domain.model.attendance;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Objects;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * What the QR code of an attendance session carries: the session, the second it expires, and an
 * HMAC-SHA256 over both with the server's secret, so that nobody can make one for another session or
 * stretch its life. Written as base64url without padding: 8 bytes of session id, 8 bytes of expiry
 * (epoch second), 32 bytes of signature, 64 characters in all.
 *
 * <p>A code is good until its expiry second has passed. Codes live {@link #LIFETIME}; the adviser's
 * page shows a new one before the old one expires, so a photo of the code sent to someone at home is
 * useless within two minutes.
 */
public record AttendanceToken(long sessionId, Instant expiresAt) {

    /** How long a code is accepted after it is made. */
    public static final Duration LIFETIME = Duration.ofSeconds(120);

    private static final String ALGORITHM = "HmacSHA256";
    /** Signed along with the fields, so that a signature made with the same secret for anything else never fits. */
    private static final byte[] PURPOSE = "ttms.attendance.v1".getBytes(StandardCharsets.US_ASCII);

    private static final int FIELDS = 16;
    private static final int SIGNATURE = 32;
    private static final int MIN_SECRET = 16;

    public AttendanceToken {
        Objects.requireNonNull(expiresAt, "expiresAt");
        expiresAt = Instant.ofEpochSecond(expiresAt.getEpochSecond()); // whole seconds: what the code carries
    }

    /** A code for a session, good for {@link #LIFETIME} from now. */
    public static AttendanceToken issue(long sessionId, Clock clock) {
        return new AttendanceToken(sessionId, clock.instant().plus(LIFETIME));
    }

    /** The code's text: fields and signature, base64url without padding. */
    public String sign(byte[] secret) {
        ByteBuffer out = ByteBuffer.allocate(FIELDS + SIGNATURE);
        byte[] fields = fields(sessionId, expiresAt.getEpochSecond());
        out.put(fields).put(mac(secret, fields));
        return Base64.getUrlEncoder().withoutPadding().encodeToString(out.array());
    }

    /**
     * Reads a code and checks its signature, then its expiry.
     *
     * @throws AttendanceRefused {@code badToken} for anything not signed with this secret (tampered,
     *         cut short, garbage), {@code expired} for a genuine code whose second has passed
     */
    public static AttendanceToken verify(String token, byte[] secret, Clock clock) {
        byte[] raw;
        try {
            raw = Base64.getUrlDecoder().decode(token == null ? "" : token.strip());
        } catch (IllegalArgumentException e) {
            throw AttendanceRefused.badToken();
        }
        if (raw.length != FIELDS + SIGNATURE) {
            throw AttendanceRefused.badToken();
        }
        ByteBuffer in = ByteBuffer.wrap(raw);
        byte[] fields = new byte[FIELDS];
        byte[] signature = new byte[SIGNATURE];
        in.get(fields).get(signature);
        if (!MessageDigest.isEqual(mac(secret, fields), signature)) { // constant time
            throw AttendanceRefused.badToken();
        }
        ByteBuffer values = ByteBuffer.wrap(fields);
        AttendanceToken read = new AttendanceToken(values.getLong(), Instant.ofEpochSecond(values.getLong()));
        if (read.expiredAt(clock.instant())) {
            throw AttendanceRefused.expired();
        }
        return read;
    }

    /** Whether the code is no longer accepted at {@code now}: its expiry second has passed. */
    public boolean expiredAt(Instant now) {
        return now.getEpochSecond() > expiresAt.getEpochSecond();
    }

    private static byte[] fields(long sessionId, long expiry) {
        return ByteBuffer.allocate(FIELDS).putLong(sessionId).putLong(expiry).array();
    }

    private static byte[] mac(byte[] secret, byte[] fields) {
        if (secret == null || secret.length < MIN_SECRET) {
            throw new IllegalStateException("the attendance secret must have at least " + MIN_SECRET + " bytes");
        }
        try {
            Mac mac = Mac.getInstance(ALGORITHM);
            mac.init(new SecretKeySpec(secret, ALGORITHM));
            mac.update(PURPOSE);
            return mac.doFinal(fields);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every Java platform", e);
        }
    }
}
