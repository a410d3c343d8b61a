package cn.edu.ttms.domain.model.account;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Locale;

/**
 * The passwords an administrator hands out for a new or reset account: 16 characters from an
 * alphabet without look-alikes (no I, L, O, 0, 1), printed in groups of four, typed with or without
 * the dashes and in either case.
 *
 * <p>Stored as a salted SHA-256, not with the deliberately slow PBKDF2 of chosen passwords: a
 * one-time password is random (about 79 bits), so nothing is gained by slowing down a guess, while
 * PBKDF2 at 600,000 iterations would make opening 50,000 teacher accounts take hours (the same
 * reasoning as for password-reset tokens; docs/decisions.md, "Accounts"). It lasts until the person
 * sets their own password, which is then hashed with PBKDF2, or until it expires.
 */
public final class OneTimePasswords {

    static final String ALPHABET = "ABCDEFGHJKMNPQRSTUVWXYZ23456789";
    static final int LENGTH = 16;
    private static final String PREFIX = "otp-sha256";
    private static final SecureRandom RANDOM = new SecureRandom();

    private OneTimePasswords() {}

    /** A fresh one-time password, e.g. {@code K7QM-P2XW-R9TD-H4NB}. */
    public static String generate() {
        StringBuilder s = new StringBuilder(LENGTH + 3);
        for (int i = 0; i < LENGTH; i++) {
            if (i > 0 && i % 4 == 0) {
                s.append('-');
            }
            s.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
        }
        return s.toString();
    }

    /** The stored form: {@code otp-sha256:salt:digest} (Base64). */
    public static String hash(String oneTimePassword) {
        byte[] salt = new byte[16];
        RANDOM.nextBytes(salt);
        return PREFIX + ":" + Base64.getEncoder().encodeToString(salt) + ":"
                + Base64.getEncoder().encodeToString(digest(salt, normalise(oneTimePassword.toCharArray())));
    }

    /** Whether what was typed is the one-time password behind {@code stored}; false for anything malformed. */
    public static boolean matches(char[] typed, String stored) {
        if (typed == null || stored == null) {
            return false;
        }
        String[] parts = stored.split(":");
        if (parts.length != 3 || !PREFIX.equals(parts[0])) {
            return false;
        }
        try {
            byte[] salt = Base64.getDecoder().decode(parts[1]);
            byte[] expected = Base64.getDecoder().decode(parts[2]);
            return MessageDigest.isEqual(expected, digest(salt, normalise(typed)));
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    /** Upper case, without dashes and blanks: what a person copies from the sheet may differ in those. */
    static String normalise(char[] typed) {
        StringBuilder s = new StringBuilder(typed.length);
        for (char c : typed) {
            if (c != '-' && !Character.isWhitespace(c)) {
                s.append(c);
            }
        }
        return s.toString().toUpperCase(Locale.ROOT);
    }

    private static byte[] digest(byte[] salt, String normalised) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            sha.update(salt);
            return sha.digest(normalised.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
