package cn.edu.ttms.domain.model.credit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import cn.edu.ttms.domain.model.policy.PolicyRules;
import cn.edu.ttms.domain.model.shared.CreditRate;
import cn.edu.ttms.domain.model.shared.CreditRateOutOfRange;
import cn.edu.ttms.domain.model.shared.DeliveryForm;
import cn.edu.ttms.domain.model.shared.Grade;
import cn.edu.ttms.domain.model.shared.Hours;
import cn.edu.ttms.domain.model.shared.Level;
import cn.edu.ttms.domain.model.shared.Score;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

/** examples.md E1–E9, under the default policy (Lincang 2017, monotonic coefficients). */
class WorkedExamplesTest {

    private final CreditCalculator lincang = new CreditCalculator(PolicyRules.lincang2017());

    private static CreditResult calculate(
            CreditCalculator calculator, Level level, DeliveryForm form, String hours, String rate, String score) {
        return calculator.calculate(level, form, Hours.of(hours), CreditRate.of(rate), Score.of(score));
    }

    /** Exact value and scale: the JSON shows what these give. */
    private static void assertAmounts(CreditResult r, String base, String performance, String credits) {
        assertEquals(new BigDecimal(base), r.baseCredits().forDisplay(), "base");
        assertEquals(new BigDecimal(performance), r.performanceCredits().forDisplay(), "performance");
        assertEquals(new BigDecimal(credits), r.credits().value(), "credits");
    }

    @Test
    void e1CountyThreeDaysLocalGood() {
        Hours hours = lincang.hoursOf(List.of(Stage.ofDays(DeliveryForm.LOCAL_CONCENTRATED, "3")));
        assertEquals(Hours.of(18), hours);
        CreditResult r = lincang.calculate(
                Level.COUNTY, DeliveryForm.LOCAL_CONCENTRATED, hours, CreditRate.of("1.2"), Score.of(85));
        assertEquals(Grade.GOOD, r.grade());
        assertAmounts(r, "21.60", "4.32", "25.92");
        assertEquals(Hours.of(18), r.countedHours());
    }

    @Test
    void e2NationalTenDaysOffsiteExcellent() {
        Hours hours = lincang.hoursOf(List.of(Stage.ofDays(DeliveryForm.OFFSITE_CONCENTRATED, "10")));
        CreditResult r = lincang.calculate(
                Level.NATIONAL, DeliveryForm.OFFSITE_CONCENTRATED, hours, CreditRate.of("2.5"), Score.of(92));
        assertEquals(Grade.EXCELLENT, r.grade());
        assertAmounts(r, "150.00", "37.50", "187.50");
    }

    @Test
    void e3ProvincialOnlineTakesTheOnlineRange() {
        CreditResult r = calculate(lincang, Level.PROVINCIAL, DeliveryForm.ONLINE, "50", "0.8", "65");
        assertEquals(Grade.PASS, r.grade());
        assertAmounts(r, "40.00", "4.00", "44.00");
    }

    @Test
    void e4MunicipalFailEarnsNothingAndCountsNoHours() {
        Hours hours = lincang.hoursOf(List.of(Stage.ofDays(DeliveryForm.OFFSITE_CONCENTRATED, "6.5")));
        assertEquals(Hours.of(39), hours);
        CreditResult r = lincang.calculate(
                Level.MUNICIPAL, DeliveryForm.OFFSITE_CONCENTRATED, hours, CreditRate.of("1.5"), Score.of(59));
        assertEquals(Grade.FAIL, r.grade());
        assertAmounts(r, "0.00", "0.00", "0.00");
        assertEquals(Hours.ZERO, r.countedHours());
        assertEquals(Hours.of(39), r.hours());
    }

    @Test
    void e5CountyRateAboveRangeIsRejectedNamingTheRange() {
        CreditRateOutOfRange e = assertThrows(
                CreditRateOutOfRange.class,
                () -> calculate(lincang, Level.COUNTY, DeliveryForm.LOCAL_CONCENTRATED, "18", "1.6", "85"));
        assertEquals("COUNTY projects take 1–1.5 credits per hour; 1.6 is outside that range", e.getMessage());
        assertEquals("error.creditRate.outOfRange", e.messageKey());
        assertEquals(
                List.of(Level.COUNTY, new BigDecimal("1"), new BigDecimal("1.5"), new BigDecimal("1.6")), e.args());
    }

    @Test
    void e6SchoolBasedFair() {
        CreditResult r = calculate(lincang, Level.SCHOOL, DeliveryForm.LOCAL_CONCENTRATED, "24", "0.75", "78");
        assertEquals(Grade.FAIR, r.grade());
        assertAmounts(r, "18.00", "2.70", "20.70");
    }

    @Test
    void e7LecturingTwelveHoursInAProvincialProject() {
        assertEquals(
                new BigDecimal("96.00"),
                lincang.lecturingCredits(Level.PROVINCIAL, Hours.of(12)).value());
    }

    @Test
    void e8RoundsOnceHalfUp() {
        Hours hours = lincang.hoursOf(List.of(Stage.ofDays(DeliveryForm.LOCAL_CONCENTRATED, "2.5")));
        assertEquals(Hours.of(15), hours);
        CreditResult r = lincang.calculate(
                Level.COUNTY, DeliveryForm.LOCAL_CONCENTRATED, hours, CreditRate.of("1.15"), Score.of(90));
        assertEquals(Grade.EXCELLENT, r.grade());
        assertAmounts(r, "17.25", "4.3125", "21.56");
    }

    @Test
    void e9LiteralCoefficientOrder() {
        PolicyRules literal = PolicyRules.lincang2017().toBuilder()
                .coefficient(Grade.EXCELLENT, new BigDecimal("0.1"))
                .coefficient(Grade.GOOD, new BigDecimal("0.15"))
                .coefficient(Grade.FAIR, new BigDecimal("0.2"))
                .coefficient(Grade.PASS, new BigDecimal("0.25"))
                .build();
        CreditResult r = calculate(
                new CreditCalculator(literal), Level.COUNTY, DeliveryForm.LOCAL_CONCENTRATED, "18", "1.2", "85");
        assertEquals(Grade.GOOD, r.grade());
        assertAmounts(r, "21.60", "3.24", "24.84");
    }
}
