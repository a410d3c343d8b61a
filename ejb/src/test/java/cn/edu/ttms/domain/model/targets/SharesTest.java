package cn.edu.ttms.domain.model.targets;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

/** Shares in percent as the statistics show them: one place, half up, 0 of nothing is 0. */
class SharesTest {

    @Test
    void aShareHasOneDecimalPlaceRoundedHalfUp() {
        assertEquals(new BigDecimal("33.3"), Shares.percent(1, 3));
        assertEquals(new BigDecimal("66.7"), Shares.percent(2, 3));
        assertEquals(new BigDecimal("0.1"), Shares.percent(1, 1999), "0.05 rounds up");
        assertEquals(new BigDecimal("100.0"), Shares.percent(360, 360));
        assertEquals(new BigDecimal("20.0"), Shares.percent(72, 360), "the sources' 20 % of 360 teachers");
    }

    @Test
    void aUnitWithoutTeachersHasTrainedNobodyNotAnError() {
        assertEquals(new BigDecimal("0.0"), Shares.percent(0, 0));
        assertThrows(IllegalArgumentException.class, () -> Shares.percent(-1, 3));
    }

    @Test
    void aTargetIsMetWhenTheActualReachesIt() {
        assertTrue(Shares.met(new BigDecimal("3"), new BigDecimal("3.0")));
        assertFalse(Shares.met(new BigDecimal("20"), new BigDecimal("19.9")));
        assertNull(Shares.met(null, new BigDecimal("19.9")), "no target, nothing to meet");
        assertNull(Shares.met(new BigDecimal("95"), null), "no actual known");
    }

    @Test
    void attainmentIsThePlacesRecognisedAgainstTheTarget() {
        assertEquals(new BigDecimal("50.0"), Shares.attained(150, 300));
        assertEquals(new BigDecimal("125.0"), Shares.attained(50, 40));
        assertNull(Shares.attained(5, null));
        assertNull(Shares.attained(5, 0));
    }
}
