package cn.edu.ttms.domain.model.shared;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class ValueObjectsTest {

    @Test
    void hoursAreHeldWithOneDecimal() {
        assertEquals(new BigDecimal("18.0"), Hours.of(18).value());
        assertEquals(Hours.of("39"), Hours.of("39.00"));
        assertEquals(Hours.of("6.5").hashCode(), Hours.of("6.50").hashCode());
    }

    @Test
    void negativeHoursAreRejected() {
        InvalidHours e = assertThrows(InvalidHours.class, () -> Hours.of("-1"));
        assertEquals("error.hours.invalid", e.messageKey());
        assertEquals(new BigDecimal("-1"), e.args().get(0));
    }

    @Test
    void hoursWithTwoDecimalsAreRejected() {
        assertThrows(InvalidHours.class, () -> Hours.of("12.25"));
    }

    @Test
    void scoreAbove100IsRejected() {
        InvalidScore e = assertThrows(InvalidScore.class, () -> Score.of("100.1"));
        assertEquals("error.score.invalid", e.messageKey());
        assertTrue(e.getMessage().contains("between 0 and 100"), e.getMessage());
    }

    @Test
    void scoreWithTwoDecimalsIsRejected() {
        InvalidScore e = assertThrows(InvalidScore.class, () -> Score.of("89.55"));
        assertTrue(e.getMessage().contains("one decimal"), e.getMessage());
    }

    @Test
    void negativeScoreIsRejected() {
        assertThrows(InvalidScore.class, () -> Score.of("-0.1"));
    }

    @Test
    void scoreTrailingZerosAreNotDecimals() {
        assertEquals(Score.of("85.5"), Score.of("85.50"));
        assertEquals(new BigDecimal("100.0"), Score.of(100).value());
    }

    @Test
    void creditsRoundOnceHalfUpToTwoPlaces() {
        assertEquals(new BigDecimal("21.56"), Credits.of("21.5625").rounded().value());
        assertEquals(new BigDecimal("0.01"), Credits.of("0.005").rounded().value());
        assertEquals(new BigDecimal("0.00"), Credits.of("0.0049").rounded().value());
    }

    @Test
    void creditsEqualityIsNumeric() {
        assertEquals(Credits.of("21.6"), Credits.of("21.60"));
        assertEquals(Credits.of("21.6").hashCode(), Credits.of("21.600").hashCode());
        assertNotEquals(Credits.of("4.3125"), Credits.of("4.31"));
    }

    @Test
    void creditsShowAtLeastTwoDecimalsAndNeverLoseAny() {
        assertEquals("4.32", Credits.of("4.320").forDisplay().toPlainString());
        assertEquals("4.3125", Credits.of("4.3125").forDisplay().toPlainString());
        assertEquals("96.00", Credits.of("96").forDisplay().toPlainString());
    }

    @Test
    void negativeCreditsAreRejected() {
        assertThrows(InvalidCredits.class, () -> Credits.of("-0.01"));
    }

    @Test
    void negativeCreditRateIsRejected() {
        assertThrows(InvalidCreditRate.class, () -> CreditRate.of("-1"));
        assertEquals(CreditRate.of("1.2"), CreditRate.of("1.20"));
        assertEquals(Credits.of("21.60"), CreditRate.of("1.2").times(Hours.of(18)));
    }

    @Test
    void countyOrAboveIsEveryLevelButSchool() {
        for (Level level : Level.values()) {
            assertEquals(level != Level.SCHOOL, level.countyOrAbove(), level.name());
        }
    }

    @Test
    void userFacingConstantsHaveStableBundleKeys() {
        assertEquals("level.COUNTY", Level.COUNTY.messageKey());
        assertEquals("deliveryForm.RETURN_TO_POST", DeliveryForm.RETURN_TO_POST.messageKey());
        assertEquals("grade.EXCELLENT", Grade.EXCELLENT.messageKey());
        assertEquals("module.CLASS_MANAGEMENT", Module.CLASS_MANAGEMENT.messageKey());
        assertEquals("selection.SELF_SELECTED", Selection.SELF_SELECTED.messageKey());
        assertFalse(Grade.FAIL.passed());
    }

    @Test
    void cycleListsItsYears() {
        Cycle cycle = new Cycle(2026, 2030);
        assertEquals(5, cycle.length());
        assertEquals(2030, cycle.years().get(4));
        assertTrue(cycle.contains(2026));
        assertFalse(cycle.contains(2031));
        assertThrows(IllegalArgumentException.class, () -> new Cycle(2030, 2026));
    }
}
