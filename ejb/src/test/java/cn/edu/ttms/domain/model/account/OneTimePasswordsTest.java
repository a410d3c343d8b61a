package cn.edu.ttms.domain.model.account;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class OneTimePasswordsTest {

    @Test
    void aOneTimePasswordIsSixteenCharactersWithoutLookAlikesInGroupsOfFour() {
        String otp = OneTimePasswords.generate();
        assertTrue(otp.matches("[A-HJKMNP-Z2-9]{4}(-[A-HJKMNP-Z2-9]{4}){3}"), otp);
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < 1000; i++) {
            seen.add(OneTimePasswords.generate());
        }
        assertEquals(1000, seen.size());
    }

    @Test
    void itMatchesAsTypedWithoutDashesInLowerCaseOrWithBlanks() {
        String otp = OneTimePasswords.generate();
        String stored = OneTimePasswords.hash(otp);
        assertTrue(OneTimePasswords.matches(otp.toCharArray(), stored));
        assertTrue(OneTimePasswords.matches(otp.replace("-", "").toLowerCase().toCharArray(), stored));
        assertTrue(OneTimePasswords.matches((" " + otp.replace("-", " ") + " ").toCharArray(), stored));
    }

    @Test
    void anotherPasswordOrAMalformedStoredValueDoesNotMatch() {
        String otp = OneTimePasswords.generate();
        String stored = OneTimePasswords.hash(otp);
        char[] other = (otp.charAt(0) == 'A' ? "B" + otp.substring(1) : "A" + otp.substring(1)).toCharArray();
        assertFalse(OneTimePasswords.matches(other, stored));
        assertFalse(OneTimePasswords.matches(otp.toCharArray(), "otp-sha256:%%%:%%%"));
        assertFalse(OneTimePasswords.matches(otp.toCharArray(), "PBKDF2WithHmacSHA256:1:AA==:AA=="));
        assertFalse(OneTimePasswords.matches(otp.toCharArray(), null));
        assertFalse(OneTimePasswords.matches(null, stored));
    }

    @Test
    void theSamePasswordIsStoredDifferentlyEachTime() {
        String otp = OneTimePasswords.generate();
        assertNotEquals(OneTimePasswords.hash(otp), OneTimePasswords.hash(otp));
    }
}
