package cn.edu.ttms.infrastructure.signature;

import java.io.IOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import org.bouncycastle.util.encoders.Hex;
import org.erdtman.jcs.JsonCanonicalizer;

/**
 * The exact bytes a signature covers. JSON has many spellings of the same value (key order, spaces,
 * escapes, number forms), so what is signed is its RFC 8785 (JSON Canonicalization Scheme) form: anyone
 * can rebuild the same bytes from the same data with any conforming implementation, and the hash in a
 * listing identifies the data, not one serializer's whims.
 */
public final class CanonicalJson {

    private CanonicalJson() {}

    /**
     * The RFC 8785 canonical form of {@code json}, UTF-8 encoded.
     *
     * @throws IllegalArgumentException when the text is not valid JSON
     */
    public static byte[] canonicalize(String json) {
        try {
            return new JsonCanonicalizer(json).getEncodedUTF8();
        } catch (IOException | RuntimeException e) {
            throw new IllegalArgumentException("not valid JSON: " + e.getMessage(), e);
        }
    }

    /** The SHA-256 of {@code bytes} as 64 lower-case hex digits, as shown next to a snapshot. */
    public static String sha256Hex(byte[] bytes) {
        try {
            return Hex.toHexString(
                    MessageDigest.getInstance("SHA-256", BouncyCastle.PROVIDER).digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from BouncyCastle", e);
        }
    }
}
