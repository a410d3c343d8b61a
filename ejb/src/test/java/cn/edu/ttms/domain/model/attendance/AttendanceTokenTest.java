package cn.edu.ttms.domain.model.attendance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Base64;
import org.junit.jupiter.api.Test;

/** The attendance QR code's token: signed, bound to its session, and good for two minutes only. */
class AttendanceTokenTest {

    private static final byte[] SECRET = "0123456789abcdef0123456789abcdef".getBytes(StandardCharsets.US_ASCII);
    private static final Instant NOW = Instant.parse("2027-11-15T01:30:00.250Z");

    private static Clock at(Instant instant) {
        return Clock.fixed(instant, ZoneOffset.UTC);
    }

    @Test
    void aFreshTokenVerifiesToItsSessionAndExpiryAndIsUrlSafe() {
        AttendanceToken issued = AttendanceToken.issue(4711, at(NOW));
        assertEquals(Instant.parse("2027-11-15T01:32:00Z"), issued.expiresAt(), "120 s, in whole seconds");
        String text = issued.sign(SECRET);
        assertEquals(64, text.length());
        assertTrue(text.matches("[A-Za-z0-9_-]+"), "base64url without padding: " + text);
        assertEquals(issued, AttendanceToken.verify(text, SECRET, at(NOW)));
        assertEquals(
                4711,
                AttendanceToken.verify(text, SECRET, at(NOW.plusSeconds(119))).sessionId());
    }

    @Test
    void aTamperedTokenIsRefusedAsInvalid() {
        String text = AttendanceToken.issue(4711, at(NOW)).sign(SECRET);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            String changed = text.substring(0, i) + (c == 'A' ? 'B' : 'A') + text.substring(i + 1);
            AttendanceRefused e = assertThrows(
                    AttendanceRefused.class, () -> AttendanceToken.verify(changed, SECRET, at(NOW)), "character " + i);
            assertEquals("error.attendance.badToken", e.messageKey());
        }
        for (String garbage :
                new String[] {"", "   ", "not a token", text.substring(0, 63), text + "A", "%%%%", null}) {
            assertEquals(
                    "error.attendance.badToken",
                    assertThrows(AttendanceRefused.class, () -> AttendanceToken.verify(garbage, SECRET, at(NOW)))
                            .messageKey(),
                    String.valueOf(garbage));
        }
        byte[] other = "another secret of 32 bytes here!".getBytes(StandardCharsets.US_ASCII);
        assertEquals(
                "error.attendance.badToken",
                assertThrows(AttendanceRefused.class, () -> AttendanceToken.verify(text, other, at(NOW)))
                        .messageKey(),
                "signed with another secret");
    }

    @Test
    void aTokenExpiresOnceItsSecondHasPassed() {
        String text = AttendanceToken.issue(4711, at(NOW)).sign(SECRET);
        Instant expiry = Instant.parse("2027-11-15T01:32:00Z");
        assertEquals(
                4711,
                AttendanceToken.verify(text, SECRET, at(expiry.plusMillis(999))).sessionId(),
                "still good within its last second");
        AttendanceRefused e = assertThrows(
                AttendanceRefused.class, () -> AttendanceToken.verify(text, SECRET, at(expiry.plusSeconds(1))));
        assertEquals("error.attendance.expired", e.messageKey());
        assertThrows(AttendanceRefused.class, () -> AttendanceToken.verify(text, SECRET, at(NOW.plusSeconds(3600))));
    }

    @Test
    void aTokenBelongsToItsOwnSessionAndCannotBeMovedToAnother() {
        String mine = AttendanceToken.issue(4711, at(NOW)).sign(SECRET);
        String other = AttendanceToken.issue(4712, at(NOW)).sign(SECRET);
        assertNotEquals(mine, other);
        assertEquals(4712, AttendanceToken.verify(other, SECRET, at(NOW)).sessionId());

        // the other session's id with this session's signature: refused
        byte[] raw = Base64.getUrlDecoder().decode(mine);
        byte[] theirs = Base64.getUrlDecoder().decode(other);
        System.arraycopy(theirs, 0, raw, 0, 8);
        String moved = Base64.getUrlEncoder().withoutPadding().encodeToString(raw);
        assertEquals(
                "error.attendance.badToken",
                assertThrows(AttendanceRefused.class, () -> AttendanceToken.verify(moved, SECRET, at(NOW)))
                        .messageKey());

        // a later expiry with the old signature: refused
        byte[] stretched = Base64.getUrlDecoder().decode(mine);
        stretched[15]++;
        assertEquals(
                "error.attendance.badToken",
                assertThrows(
                                AttendanceRefused.class,
                                () -> AttendanceToken.verify(
                                        Base64.getUrlEncoder().withoutPadding().encodeToString(stretched),
                                        SECRET,
                                        at(NOW)))
                        .messageKey());
    }

    @Test
    void aShortSecretIsAConfigurationErrorNotAToken() {
        AttendanceToken token = AttendanceToken.issue(1, at(NOW));
        assertThrows(IllegalStateException.class, () -> token.sign(new byte[8]));
        assertFalse(token.expiredAt(NOW));
        assertTrue(token.expiredAt(NOW.plusSeconds(121)));
    }
}
