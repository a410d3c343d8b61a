package cn.edu.ttms.domain.model.policy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.edu.ttms.domain.model.shared.Cycle;
import cn.edu.ttms.domain.model.shared.DeliveryForm;
import cn.edu.ttms.domain.model.shared.Grade;
import cn.edu.ttms.domain.model.shared.Level;
import cn.edu.ttms.domain.model.shared.Module;
import cn.edu.ttms.domain.model.shared.Score;
import java.math.BigDecimal;
import java.time.Month;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class PolicyRulesTest {

    private final PolicyRules lincang = PolicyRules.lincang2017();

    private static BigDecimal d(String value) {
        return new BigDecimal(value);
    }

    private static List<String> keys(List<PolicyViolation> violations) {
        return violations.stream().map(PolicyViolation::messageKey).toList();
    }

    @Test
    void defaultHoldsTheRateRangesOfArticle10() {
        assertEquals("1–1.5", lincang.levelRateRange(Level.COUNTY).toString());
        assertEquals("1–3", lincang.levelRateRange(Level.NATIONAL).toString());
        assertEquals("0.5–1", lincang.levelRateRange(Level.SCHOOL).toString());
        assertEquals(
                "0.5–1",
                lincang.rateRangeFor(Level.PROVINCIAL, DeliveryForm.ONLINE).toString());
        assertEquals(
                "1–2.5",
                lincang.rateRangeFor(Level.PROVINCIAL, DeliveryForm.BLENDED).toString());
    }

    @Test
    void defaultHoldsTheMinimumsOfRulesSection1() {
        Minimums cycle = lincang.cycleMinimums();
        Minimums year = lincang.yearMinimums();
        assertEquals(0, d("360").compareTo(cycle.required(Requirement.TOTAL_HOURS)));
        assertEquals(0, d("240").compareTo(cycle.required(Requirement.COUNTY_OR_ABOVE_HOURS)));
        assertEquals(0, d("24").compareTo(year.required(Requirement.SCHOOL_BASED_HOURS)));
        assertEquals(0, d("72").compareTo(year.required(Requirement.TOTAL_CREDITS)));
        assertEquals(0, d("120").compareTo(cycle.moduleCredits(Module.COMPETENCE)));
        assertEquals(0, d("6").compareTo(year.moduleCredits(Module.CLASS_MANAGEMENT)));
        assertEquals(0, d("0.6").compareTo(lincang.selfSelectedShare()));
    }

    @Test
    void defaultHoldsTheOtherSwitchesAndTables() {
        assertFalse(lincang.failedResultsCountHours());
        assertFalse(lincang.inductionHoursCount());
        assertEquals(0, d("120").compareTo(lincang.inductionHours().value()));
        assertEquals(0, d("60").compareTo(lincang.inductionPracticalHours().value()));
        assertEquals(
                0,
                d("8").compareTo(lincang.lecturingFactors()
                        .factorFor(Level.PROVINCIAL)
                        .get()));
        assertTrue(lincang.lecturingFactors().factorFor(Level.SCHOOL).isEmpty());
        assertTrue(lincang.activityConversions().isEmpty());
        assertEquals(Set.of(Month.MARCH, Month.SEPTEMBER), lincang.publicationMonths());
        assertEquals(
                0, d("6").compareTo(lincang.hoursPerDay(DeliveryForm.SHADOWING).get()));
        assertEquals(
                0,
                d("1").compareTo(
                                lincang.hoursPerDay(DeliveryForm.RETURN_TO_POST).get()));
        assertTrue(lincang.hoursPerDay(DeliveryForm.ONLINE).isEmpty());
        assertTrue(lincang.hoursPerDay(DeliveryForm.BLENDED).isEmpty());
    }

    @Test
    void defaultUsesTheMonotonicCoefficients() {
        assertEquals(0, d("0.25").compareTo(lincang.coefficient(Grade.EXCELLENT)));
        assertEquals(0, d("0.2").compareTo(lincang.coefficient(Grade.GOOD)));
        assertEquals(0, d("0.15").compareTo(lincang.coefficient(Grade.FAIR)));
        assertEquals(0, d("0.1").compareTo(lincang.coefficient(Grade.PASS)));
        assertEquals(0, BigDecimal.ZERO.compareTo(lincang.coefficient(Grade.FAIL)));
    }

    @Test
    void bandsAreHalfOpen() {
        assertEquals(Grade.GOOD, lincang.gradeOf(Score.of("89.5")));
        assertEquals(Grade.EXCELLENT, lincang.gradeOf(Score.of("90")));
        assertEquals(Grade.EXCELLENT, lincang.gradeOf(Score.of("100")));
        assertEquals(Grade.FAIL, lincang.gradeOf(Score.of("59.9")));
        assertEquals(Grade.PASS, lincang.gradeOf(Score.of("60")));
        assertEquals(Grade.FAIL, lincang.gradeOf(Score.of("0")));
    }

    @Test
    void theLiteralReadingOfArticle10IsExpressible() {
        PolicyRules literal = lincang.toBuilder()
                .coefficient(Grade.EXCELLENT, d("0.1"))
                .coefficient(Grade.GOOD, d("0.15"))
                .coefficient(Grade.FAIR, d("0.2"))
                .coefficient(Grade.PASS, d("0.25"))
                .build();
        assertEquals(0, d("0.1").compareTo(literal.coefficient(Grade.EXCELLENT)));
        assertEquals(0, d("0.25").compareTo(literal.coefficient(Grade.PASS)));
        assertNotEquals(lincang, literal);
    }

    @Test
    void aRebuiltPolicyEqualsTheOriginal() {
        PolicyRules copy = lincang.toBuilder().build();
        assertEquals(lincang, copy);
        assertEquals(lincang.hashCode(), copy.hashCode());
        PolicyRules sameWithOtherScale =
                lincang.toBuilder().coefficient(Grade.EXCELLENT, d("0.250")).build();
        assertEquals(lincang, sameWithOtherScale);
    }

    @Test
    void aGapBetweenBandsIsReported() {
        List<PolicyViolation> violations =
                lincang.toBuilder().gradeBand(Grade.PASS, d("61"), d("70")).validate();
        assertEquals(List.of(PolicyViolation.of("policy.gradeBands.gap", d("60"), d("61"))), violations);
        InvalidPolicy e = assertThrows(
                InvalidPolicy.class,
                () -> lincang.toBuilder()
                        .gradeBand(Grade.PASS, d("61"), d("70"))
                        .build());
        assertEquals(violations, e.violations());
        assertEquals("error.policy.invalid", e.messageKey());
    }

    @Test
    void overlappingBandsAreReported() {
        List<PolicyViolation> violations =
                lincang.toBuilder().gradeBand(Grade.GOOD, d("80"), d("91")).validate();
        assertEquals(List.of("policy.gradeBands.overlap"), keys(violations));
        assertEquals(List.of(d("90"), d("91")), violations.get(0).args());
    }

    @Test
    void bandsMustReach100AndStartAt0() {
        PolicyRulesBuilder b =
                lincang.toBuilder().gradeBand(Grade.EXCELLENT, d("90"), d("99")).gradeBand(Grade.FAIL, d("1"), d("60"));
        assertEquals(List.of("policy.gradeBands.gap", "policy.gradeBands.gap"), keys(b.validate()));
    }

    @Test
    void aMissingGradeIsReported() {
        List<String> keys =
                keys(lincang.toBuilder().withoutGradeBand(Grade.FAIL).validate());
        assertTrue(keys.contains("policy.gradeBand.missing"), keys.toString());
        assertTrue(keys.contains("policy.gradeBands.gap"), keys.toString());
    }

    @Test
    void everyProblemIsReportedAtOnce() {
        PolicyRulesBuilder b = lincang.toBuilder()
                .levelRateRange(Level.COUNTY, d("1.5"), d("1"))
                .formRateRange(DeliveryForm.ONLINE, d("-0.5"), d("1"))
                .coefficient(Grade.GOOD, d("-0.2"))
                .minimum(RequirementPeriod.YEAR, Requirement.TOTAL_HOURS, d("-72"))
                .moduleMinimum(RequirementPeriod.CYCLE, Module.ETHICS, d("-30"))
                .lecturingFactor(Level.SCHOOL, d("-1"))
                .selfSelectedShare(d("1.2"))
                .cycle(2016, 0)
                .hoursPerDay(DeliveryForm.OVERSEAS, d("0"))
                .inductionMinimums(d("120"), d("121"))
                .activityConversion(" ", d("-1"), null)
                .publicationMonths();
        assertEquals(
                List.of(
                        "policy.rateRange.reversed",
                        "policy.rateRange.negative",
                        "policy.coefficient.negative",
                        "policy.hoursPerDay.notPositive",
                        "policy.cycle.lengthNotPositive",
                        "policy.minimum.moduleNegative",
                        "policy.minimum.negative",
                        "policy.selfSelectedShare.outOfRange",
                        "policy.induction.practicalAboveTotal",
                        "policy.lecturingFactor.negative",
                        "policy.activity.typeBlank",
                        "policy.activity.negative",
                        "policy.activity.moduleMissing",
                        "policy.publicationMonths.empty"),
                keys(b.validate()));
        assertEquals(
                14, assertThrows(InvalidPolicy.class, b::build).violations().size());
    }

    @Test
    void theReversedRangeViolationNamesTheLevelAndBothEnds() {
        PolicyViolation v = lincang.toBuilder()
                .levelRateRange(Level.COUNTY, d("1.5"), d("1"))
                .validate()
                .get(0);
        assertEquals(List.of(Level.COUNTY, d("1.5"), d("1")), v.args());
    }

    @Test
    void anEmptyBuilderListsWhatIsMissing() {
        List<String> keys = keys(PolicyRules.builder().validate());
        assertTrue(keys.contains("policy.rateRange.missing"));
        assertTrue(keys.contains("policy.gradeBand.missing"));
        assertTrue(keys.contains("policy.coefficient.missing"));
        assertTrue(keys.contains("policy.minimum.missing"));
        assertTrue(keys.contains("policy.minimum.moduleMissing"));
        assertTrue(keys.contains("policy.cycle.lengthNotPositive"));
    }

    @Test
    void aCoefficientForFailIsRefused() {
        assertEquals(
                List.of("policy.coefficient.forFail"),
                keys(lincang.toBuilder().coefficient(Grade.FAIL, d("0.05")).validate()));
    }

    @Test
    void partsValidateOnTheirOwnToo() {
        assertThrows(InvalidPolicy.class, () -> new RateRange(Level.COUNTY, d("2"), d("1")));
        assertThrows(InvalidPolicy.class, () -> new GradeBand(Grade.GOOD, d("90"), d("80")));
        assertThrows(
                InvalidPolicy.class, () -> new GradeBands(List.of(new GradeBand(Grade.EXCELLENT, d("0"), d("100")))));
    }

    @Test
    void cyclesRunOnFixedCalendarYears() {
        assertEquals(new Cycle(2026, 2030), lincang.cycleStartingIn(2026));
        assertEquals(new Cycle(2021, 2025), lincang.cycleContaining(2024));
        InvalidCycleStart e = assertThrows(InvalidCycleStart.class, () -> lincang.cycleStartingIn(2027));
        assertEquals(List.of(2027, 2026, 2030), e.args());
    }

    @Test
    void activityConversionsAreData() {
        PolicyRules withStudio = lincang.toBuilder()
                .activityConversion("STUDIO_YEARLY_TASKS", d("10"), Module.COMPETENCE)
                .build();
        ActivityConversion c =
                withStudio.activityConversion("STUDIO_YEARLY_TASKS").get();
        assertEquals(Module.COMPETENCE, c.module());
        assertEquals(1, withStudio.activityConversions().size());
        assertEquals(withStudio, withStudio.toBuilder().build());
    }
}
