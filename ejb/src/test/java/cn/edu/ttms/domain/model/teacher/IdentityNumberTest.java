package cn.edu.ttms.domain.model.teacher;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Check characters below are worked by hand: S = Σ digit × weight with the weights 7 9 10 5 8 4 2 1
 * 6 3 7 9 10 5 8 4 2, and S mod 11 = 0 1 2 3 4 5 6 7 8 9 10 gives 1 0 X 9 8 7 6 5 4 3 2.
 */
class IdentityNumberTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 24);

    /**
     * The example of GB 11643-1999 itself, a woman born 1949-12-31 in Beijing's 朝阳区: 1×7 + 1×9 + 0×10
     * + 1×5 + 0×8 + 5×4 + 1×2 + 9×1 + 4×6 + 9×3 + 1×7 + 2×9 + 3×10 + 1×5 + 0×8 + 0×4 + 2×2 = 167; 167
     * mod 11 = 2 → X.
     */
    private static final String BEIJING_WOMAN = "11010519491231002X";

    /**
     * 临翔区, 1985-03-15, sequence 123 (odd: a man): 5×7 + 3×9 + 0×10 + 9×5 + 0×8 + 2×4 + 1×2 + 9×1 +
     * 8×6 + 5×3 + 0×7 + 3×9 + 1×10 + 5×5 + 1×8 + 2×4 + 3×2 = 273; 273 mod 11 = 9 → 3.
     */
    private static final String LINXIANG_MAN = "530902198503151233";

    /**
     * 凤庆县, 1978-08-06, sequence 004 (even: a woman): 35 + 27 + 0 + 45 + 16 + 4 + 2 + 9 + 42 + 24 + 0
     * + 72 + 0 + 30 + 0 + 0 + 8 = 314; 314 mod 11 = 6 → 6.
     */
    private static final String FENGQING_WOMAN = "530921197808060046";

    /**
     * 临翔区, 1992-03-01, sequence 125 (a man): 35 + 27 + 0 + 45 + 0 + 8 + 2 + 9 + 54 + 6 + 0 + 27 + 0 +
     * 5 + 8 + 8 + 10 = 244; 244 mod 11 = 2 → X.
     */
    private static final String LINXIANG_MAN_X = "53090219920301125X";

    @Test
    void acceptsNumbersWorkedByHand() {
        for (String valid : List.of(BEIJING_WOMAN, LINXIANG_MAN, FENGQING_WOMAN, LINXIANG_MAN_X)) {
            assertEquals(valid, IdentityNumber.of(valid, TODAY).value());
            assertTrue(IdentityNumber.isValid(valid), valid);
        }
    }

    @Test
    void readsBirthDateGenderAndRegion() {
        IdentityNumber man = IdentityNumber.of(LINXIANG_MAN, TODAY);
        assertEquals(LocalDate.of(1985, 3, 15), man.birthDate());
        assertEquals(Gender.MALE, man.gender());
        assertEquals("530902", man.regionCode());

        IdentityNumber woman = IdentityNumber.of(FENGQING_WOMAN, TODAY);
        assertEquals(LocalDate.of(1978, 8, 6), woman.birthDate());
        assertEquals(Gender.FEMALE, woman.gender());
        assertEquals("530921", woman.regionCode());
        assertEquals(Gender.FEMALE, IdentityNumber.of(BEIJING_WOMAN, TODAY).gender());
    }

    @Test
    void showsOnlyRegionAndLastFour() {
        IdentityNumber id = IdentityNumber.of(LINXIANG_MAN_X, TODAY);
        assertEquals("125X", id.suffix());
        assertEquals("530902********125X", id.masked());
        assertEquals("530902********125X", id.toString());
    }

    @Test
    void lowerCaseXIsNormalised() {
        IdentityNumber id = IdentityNumber.of("11010519491231002x", TODAY);
        assertEquals(BEIJING_WOMAN, id.value());
        assertEquals(IdentityNumber.of(BEIJING_WOMAN, TODAY), id);
        assertTrue(IdentityNumber.isValid("11010519491231002x"));
    }

    @Test
    void surroundingSpacesAndFullWidthDigitsAreNormalised() {
        assertEquals(
                LINXIANG_MAN, IdentityNumber.of(" ５３０９０２１９８５０３１５１２３３ ", TODAY).value());
    }

    @Test
    void valueEquality() {
        assertEquals(IdentityNumber.of(LINXIANG_MAN, TODAY), IdentityNumber.of(LINXIANG_MAN, TODAY));
        assertEquals(
                IdentityNumber.of(LINXIANG_MAN, TODAY).hashCode(),
                IdentityNumber.of(LINXIANG_MAN, TODAY).hashCode());
        assertNotEquals(IdentityNumber.of(LINXIANG_MAN, TODAY), IdentityNumber.of(FENGQING_WOMAN, TODAY));
    }

    @Test
    void wrongCheckDigitNamesTheExpectedOne() {
        InvalidIdentityNumber e =
                assertThrows(InvalidIdentityNumber.class, () -> IdentityNumber.of("530902198503151234", TODAY));
        assertEquals(InvalidIdentityNumber.Reason.CHECK_DIGIT, e.reason());
        assertEquals("error.identityNumber.checkDigit", e.messageKey());
        assertEquals(List.of("3", "4"), e.args());
        assertFalse(IdentityNumber.isValid("530902198503151234"));
    }

    @Test
    void swappedNeighbouringDigitsAreCaught() {
        assertFalse(IdentityNumber.isValid("530902198503151323"));
    }

    @Test
    void february30IsNotADate() {
        // 53092219900230123 has a right check character (S = 266, mod 11 = 2 → X): only the date fails.
        InvalidIdentityNumber e =
                assertThrows(InvalidIdentityNumber.class, () -> IdentityNumber.of("53092219900230123X", TODAY));
        assertEquals(InvalidIdentityNumber.Reason.BIRTH_DATE, e.reason());
        assertEquals("error.identityNumber.birthDate", e.messageKey());
        assertEquals(List.of("19900230"), e.args());
    }

    @Test
    void february29OnlyInLeapYears() {
        // 2000-02-29, sequence 124: S = 226, mod 11 = 6 → 6.
        assertEquals(
                LocalDate.of(2000, 2, 29),
                IdentityNumber.of("530902200002291246", TODAY).birthDate());
    }

    @Test
    void futureBirthDateIsRefused() {
        // 2099-01-01, sequence 123: S = 236, mod 11 = 5 → 7.
        InvalidIdentityNumber e =
                assertThrows(InvalidIdentityNumber.class, () -> IdentityNumber.of("530902209901011237", TODAY));
        assertEquals(InvalidIdentityNumber.Reason.BIRTH_DATE, e.reason());
        assertFalse(IdentityNumber.isValid("530902209901011237"));
    }

    @Test
    void birthDateOnTodayIsAccepted() {
        IdentityNumber born = IdentityNumber.withCheckDigit("53090220261124001");
        assertEquals(born, IdentityNumber.of(born.value(), LocalDate.of(2026, 11, 24)));
        assertThrows(InvalidIdentityNumber.class, () -> IdentityNumber.of(born.value(), LocalDate.of(2026, 11, 23)));
    }

    @Test
    void yearsBefore1900AreRefused() {
        // The standard's other example, born 1880-01-01: S = 195, mod 11 = 8 → 4; valid check, old
        // date.
        InvalidIdentityNumber e =
                assertThrows(InvalidIdentityNumber.class, () -> IdentityNumber.of("440524188001010014", TODAY));
        assertEquals(InvalidIdentityNumber.Reason.BIRTH_DATE, e.reason());
        // 1900-01-01, sequence 001: S = 142, mod 11 = 10 → 2.
        assertEquals(
                LocalDate.of(1900, 1, 1),
                IdentityNumber.of("530902190001010012", TODAY).birthDate());
    }

    @Test
    void seventeenCharactersAreTheWrongLength() {
        InvalidIdentityNumber e =
                assertThrows(InvalidIdentityNumber.class, () -> IdentityNumber.of("53090219850315123", TODAY));
        assertEquals(InvalidIdentityNumber.Reason.FORMAT, e.reason());
        assertEquals("error.identityNumber.format", e.messageKey());
        assertEquals(List.of("17"), e.args());
    }

    @Test
    void lettersAreRefused() {
        for (String bad : List.of("5309021985O3151233", "53090219850315123Y", "X30902198503151233")) {
            InvalidIdentityNumber e =
                    assertThrows(InvalidIdentityNumber.class, () -> IdentityNumber.of(bad, TODAY), bad);
            assertEquals(InvalidIdentityNumber.Reason.FORMAT, e.reason());
            assertFalse(IdentityNumber.isValid(bad));
        }
    }

    @Test
    void nullAndBlankAreTheWrongLength() {
        assertEquals(
                List.of("0"),
                assertThrows(InvalidIdentityNumber.class, () -> IdentityNumber.of(null, TODAY))
                        .args());
        assertFalse(IdentityNumber.isValid(null));
        assertFalse(IdentityNumber.isValid("   "));
    }

    @Test
    void messagesDoNotCarryTheNumber() {
        InvalidIdentityNumber e =
                assertThrows(InvalidIdentityNumber.class, () -> IdentityNumber.of("530902198503151234", TODAY));
        assertFalse(e.getMessage().contains("530902198503151"), e.getMessage());
    }

    @Test
    void withCheckDigitCompletesTheNumber() {
        assertEquals(
                LINXIANG_MAN, IdentityNumber.withCheckDigit("53090219850315123").value());
        assertEquals(
                BEIJING_WOMAN,
                IdentityNumber.withCheckDigit("11010519491231002").value());
        assertThrows(InvalidIdentityNumber.class, () -> IdentityNumber.withCheckDigit("5309021985031512"));
        assertThrows(InvalidIdentityNumber.class, () -> IdentityNumber.withCheckDigit("53092219900230123"));
    }

    // ---------------------------------------------------------------- read as stored (issue 14, finding 4)

    /** The number of the finding: 凤庆县, 1967-09-17, whose first 17 digits call for X, stored with 0. */
    private static final String FENGQING_BAD_CHECK = "530921196709171740";

    @Test
    void aStoredNumberIsTakenAsItIsAndFlaggedNotRefused() {
        assertThrows(InvalidIdentityNumber.class, () -> IdentityNumber.of(FENGQING_BAD_CHECK, TODAY));
        IdentityNumber stored = IdentityNumber.stored(FENGQING_BAD_CHECK);
        assertFalse(stored.valid());
        assertEquals(FENGQING_BAD_CHECK, stored.value(), "never corrected: verification compares it as stored");
        assertEquals("1740", stored.suffix());
        assertEquals("530921********1740", stored.masked());
        assertEquals(LocalDate.of(1967, 9, 17), stored.birthDate());
        assertEquals(Gender.FEMALE, stored.gender(), "sequence 174: even");
        assertEquals("530921********1740", stored.toString(), "still masked in logs");
    }

    @Test
    void aStoredValidNumberIsValidAndEqualToTheParsedOne() {
        for (String valid : List.of(BEIJING_WOMAN, LINXIANG_MAN, FENGQING_WOMAN, LINXIANG_MAN_X)) {
            IdentityNumber stored = IdentityNumber.stored(valid);
            assertTrue(stored.valid(), valid);
            assertEquals(IdentityNumber.of(valid, TODAY), stored);
        }
    }

    @Test
    void aStoredBirthDateIsNotJudgedInTheFutureAgain() {
        // 2030-01-01, sequence 001: 35+27+0+45+0+8+4+0+18+0+0+9+0+5+0+0+2 = 153; 153 mod 11 = 10 → 2
        String bornLater = "530902203001010012";
        assertThrows(InvalidIdentityNumber.class, () -> IdentityNumber.of(bornLater, TODAY));
        assertTrue(IdentityNumber.stored(bornLater).valid(), "valid when written, valid when read");
    }

    @Test
    void anyStoredTextIsReadWithoutFailing() {
        for (String odd : List.of(
                "",
                "12",
                "5309021985",
                "53090219850230123X",
                "53090219850315123x",
                "ABCDEFGHIJKLMNOPQR",
                "5309021985031512335")) {
            IdentityNumber stored = IdentityNumber.stored(odd);
            assertFalse(stored.valid(), odd);
            assertEquals(odd, stored.value());
            assertEquals(odd.substring(Math.max(0, odd.length() - 4)), stored.suffix(), odd);
            assertTrue(stored.masked().endsWith(stored.suffix()), odd);
            assertEquals(odd.length(), stored.masked().length(), "nothing but the suffix shown: " + odd);
            stored.birthDate();
            stored.gender();
            stored.regionCode();
        }
        assertEquals(null, IdentityNumber.stored("53090219850230123X").birthDate(), "30 February");
        assertEquals(null, IdentityNumber.stored("ABCDEFGHIJKLMNOPQR").gender());
        assertEquals(
                "530902********123x",
                IdentityNumber.stored("53090219850315123x").masked(),
                "a stored lower-case x is flagged, not normalised");
    }
}
