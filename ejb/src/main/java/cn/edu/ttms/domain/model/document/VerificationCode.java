package cn.edu.ttms.domain.model.document;

import java.security.SecureRandom;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * The code printed on a document and carried by its QR code: 130 random bits written as 26 characters of
 * the RFC 4648 base-32 alphabet (upper case and digits 2-7: nothing to confuse when typed from paper,
 * and the QR code's compact alphanumeric mode holds it). Unguessable, so that a lookup reveals only
 * documents whose paper one holds.
 */
public final class VerificationCode {

    public static final int LENGTH = 26;
    private static final char[] ALPHABET = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567".toCharArray();
    private static final SecureRandom RANDOM = new SecureRandom();

    private final String value;

    private VerificationCode(String value) {
        this.value = value;
    }

    /** A new code of {@value #LENGTH} × 5 = 130 random bits. */
    public static VerificationCode random() {
        char[] code = new char[LENGTH];
        for (int i = 0; i < LENGTH; i++) {
            code[i] = ALPHABET[RANDOM.nextInt(ALPHABET.length)];
        }
        return new VerificationCode(new String(code));
    }

    /**
     * The code someone typed or scanned: spaces and dashes ignored, any case; empty when it cannot be a
     * code at all (such a lookup is answered like an unknown code).
     */
    public static Optional<VerificationCode> parse(String text) {
        if (text == null || text.length() > 64) {
            return Optional.empty();
        }
        String plain = text.replaceAll("[\\s-]", "").toUpperCase(Locale.ROOT);
        if (plain.length() != LENGTH) {
            return Optional.empty();
        }
        for (char c : plain.toCharArray()) {
            if (!(c >= 'A' && c <= 'Z' || c >= '2' && c <= '7')) {
                return Optional.empty();
            }
        }
        return Optional.of(new VerificationCode(plain));
    }

    public String value() {
        return value;
    }

    /** The code in groups of five, as printed for people to type. */
    public String grouped() {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < value.length(); i += 5) {
            if (i > 0) {
                out.append('-');
            }
            out.append(value, i, Math.min(value.length(), i + 5));
        }
        return out.toString();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof VerificationCode other && value.equals(other.value);
    }

    @Override
    public int hashCode() {
        return Objects.hash(value);
    }

    @Override
    public String toString() {
        return value;
    }
}
