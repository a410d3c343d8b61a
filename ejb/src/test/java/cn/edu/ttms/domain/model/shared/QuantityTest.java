package cn.edu.ttms.domain.model.shared;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** Issue 14, finding 1: every number is range-checked before arithmetic, cheaply for any input. */
class QuantityTest {

    @Test
    void acceptsTheRangeWithItsPlaces() {
        assertTrue(Quantity.HOURS.accepts(new BigDecimal("18")));
        assertTrue(Quantity.HOURS.accepts(new BigDecimal("9999.9")));
        assertTrue(Quantity.HOURS.accepts(new BigDecimal("6.50")), "trailing zeros are not places");
        assertFalse(Quantity.HOURS.accepts(new BigDecimal("6.25")));
        assertFalse(Quantity.HOURS.accepts(new BigDecimal("10000")));
        assertFalse(Quantity.SCORE.accepts(new BigDecimal("-0.1")));
        assertTrue(Quantity.CREDIT_RATE.accepts(new BigDecimal("1.2")));
        assertTrue(Quantity.BUDGET.accepts(new BigDecimal("20000.00")));
        assertFalse(Quantity.BUDGET.accepts(new BigDecimal("0.001")));
    }

    @Test
    void absurdNumbersAreRefusedInAnInstant() {
        for (String absurd : new String[] {"1e999999", "1e100000", "1e-999999", "-1e999999", "1e2147483647"}) {
            BigDecimal value = new BigDecimal(absurd);
            assertTimeoutPreemptively(Duration.ofMillis(200), () -> {
                assertFalse(Quantity.HOURS.accepts(value), absurd);
                NumberOutOfRange e = assertThrows(NumberOutOfRange.class, () -> Quantity.SCORE.check("score", value));
                assertEquals("score", e.field());
                assertTrue(
                        e.args().get(5).toString().length() <= 40,
                        "no million-digit echo: " + e.args().get(5));
            });
        }
    }

    @Test
    void theRefusalNamesFieldRangeAndPlaces() {
        NumberOutOfRange e =
                assertThrows(NumberOutOfRange.class, () -> Quantity.HOURS.check("hours", new BigDecimal("12345")));
        assertEquals("error.number.outOfRange", e.messageKey());
        assertEquals("hours", e.args().get(0));
        assertEquals(Quantity.HOURS, e.args().get(1));
        assertEquals("0", e.args().get(2));
        assertEquals("9999.9", e.args().get(3));
        assertEquals(1, e.args().get(4));
        assertEquals("12345", e.args().get(5));
        assertEquals("hours", e.violations().get(0).field());
    }

    @Test
    void valueObjectsRefuseUntameNumbersToo() {
        assertTimeoutPreemptively(Duration.ofMillis(200), () -> {
            assertThrows(InvalidHours.class, () -> new Hours(new BigDecimal("1e999999")));
            assertThrows(InvalidScore.class, () -> new Score(new BigDecimal("1e-999999")));
            assertThrows(InvalidCreditRate.class, () -> new CreditRate(new BigDecimal("1e100000")));
            assertThrows(InvalidCredits.class, () -> new Credits(new BigDecimal("1e100000")));
            assertEquals("1E+999999", Decimals.shown(new BigDecimal("1e999999")));
        });
    }
}
