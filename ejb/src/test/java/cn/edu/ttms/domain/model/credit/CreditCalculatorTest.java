package cn.edu.ttms.domain.model.credit;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.edu.ttms.domain.model.policy.ActivityConversion;
import cn.edu.ttms.domain.model.policy.PolicyRules;
import cn.edu.ttms.domain.model.shared.CreditRate;
import cn.edu.ttms.domain.model.shared.CreditRateOutOfRange;
import cn.edu.ttms.domain.model.shared.Credits;
import cn.edu.ttms.domain.model.shared.DeliveryForm;
import cn.edu.ttms.domain.model.shared.Grade;
import cn.edu.ttms.domain.model.shared.Hours;
import cn.edu.ttms.domain.model.shared.Level;
import cn.edu.ttms.domain.model.shared.Module;
import cn.edu.ttms.domain.model.shared.Score;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class CreditCalculatorTest {

    private final CreditCalculator lincang = new CreditCalculator(PolicyRules.lincang2017());

    private CreditResult county(String rate, String score) {
        return lincang.calculate(
                Level.COUNTY, DeliveryForm.LOCAL_CONCENTRATED, Hours.of(18), CreditRate.of(rate), Score.of(score));
    }

    @Test
    void rateBelowTheRangeIsRejectedToo() {
        CreditRateOutOfRange e = assertThrows(CreditRateOutOfRange.class, () -> county("0.9", "85"));
        assertTrue(e.getMessage().startsWith("COUNTY projects take 1–1.5 credits per hour"));
        assertEquals(new BigDecimal("1"), e.min());
        assertEquals(new BigDecimal("1.5"), e.max());
        assertEquals(Level.COUNTY, e.level());
    }

    @Test
    void rangeEndsAreAllowed() {
        assertEquals(Credits.of("19.80"), county("1", "65").credits());
        assertEquals(Credits.of("29.70"), county("1.5", "65").credits());
    }

    @Test
    void onlineRateOutsideTheOnlineRangeNamesTheForm() {
        CreditRateOutOfRange e = assertThrows(
                CreditRateOutOfRange.class,
                () -> lincang.calculate(
                        Level.NATIONAL, DeliveryForm.ONLINE, Hours.of(50), CreditRate.of("2"), Score.of(85)));
        assertEquals("ONLINE projects take 0.5–1 credits per hour; 2 is outside that range", e.getMessage());
        assertEquals(DeliveryForm.ONLINE, e.rangeOwner());
        assertEquals(Level.NATIONAL, e.level());
    }

    @Test
    void rateIsCheckedEvenForAFailedResult() {
        assertThrows(CreditRateOutOfRange.class, () -> county("1.6", "30"));
    }

    @Test
    void gradeBoundariesFollowTheHalfOpenBands() {
        assertEquals(Grade.GOOD, county("1", "89.9").grade());
        assertEquals(Grade.EXCELLENT, county("1", "90").grade());
        assertEquals(Grade.FAIL, county("1", "59.9").grade());
        assertEquals(Grade.PASS, county("1", "60").grade());
    }

    @Test
    void failedHoursCountWhenThePolicySwitchSaysSo() {
        PolicyRules lenient = PolicyRules.lincang2017().toBuilder()
                .failedResultsCountHours(true)
                .build();
        CreditResult r = new CreditCalculator(lenient)
                .calculate(
                        Level.MUNICIPAL,
                        DeliveryForm.OFFSITE_CONCENTRATED,
                        Hours.of(39),
                        CreditRate.of("1.5"),
                        Score.of(59));
        assertEquals(Hours.of(39), r.countedHours());
        assertTrue(r.credits().isZero());
    }

    @Test
    void lecturingInASchoolProjectHasNoFactor() {
        NoLecturingFactor e =
                assertThrows(NoLecturingFactor.class, () -> lincang.lecturingCredits(Level.SCHOOL, Hours.of(4)));
        assertEquals("error.lecturing.noFactor", e.messageKey());
        assertEquals(Level.SCHOOL, e.args().get(0));
        assertTrue(e.getMessage().contains("no lecturing factor for SCHOOL"), e.getMessage());
    }

    @Test
    void lecturingFactorsByLevel() {
        assertEquals(Credits.of("100.00"), lincang.lecturingCredits(Level.NATIONAL, Hours.of(10)));
        assertEquals(Credits.of("15.00"), lincang.lecturingCredits(Level.MUNICIPAL, Hours.of("2.5")));
        assertEquals(Credits.of("6.00"), lincang.lecturingCredits(Level.COUNTY, Hours.of("1.5")));
    }

    @Test
    void otherActivitiesConvertOnlyByTheTable() {
        UnknownActivity e = assertThrows(UnknownActivity.class, () -> lincang.convertActivity("STUDIO_YEARLY_TASKS"));
        assertEquals("STUDIO_YEARLY_TASKS", e.args().get(0));
        PolicyRules withStudio = PolicyRules.lincang2017().toBuilder()
                .activityConversion("STUDIO_YEARLY_TASKS", new BigDecimal("12"), Module.COMPETENCE)
                .build();
        ActivityConversion c = new CreditCalculator(withStudio).convertActivity("STUDIO_YEARLY_TASKS");
        assertEquals(Credits.of("12"), c.credits());
        assertEquals(Module.COMPETENCE, c.module());
    }

    @Test
    void checkRateAloneServesProjectPublishing() {
        assertDoesNotThrow(() -> lincang.checkRate(Level.NATIONAL, DeliveryForm.OVERSEAS, CreditRate.of("3")));
        assertThrows(
                CreditRateOutOfRange.class,
                () -> lincang.checkRate(Level.SCHOOL, DeliveryForm.LOCAL_CONCENTRATED, CreditRate.of("1.01")));
    }

    @Test
    void aFailedResultCannotCarryCredits() {
        assertThrows(
                IllegalArgumentException.class,
                () -> new CreditResult(Grade.FAIL, Hours.of(6), Hours.ZERO, Credits.of("6"), Credits.ZERO));
    }
}
