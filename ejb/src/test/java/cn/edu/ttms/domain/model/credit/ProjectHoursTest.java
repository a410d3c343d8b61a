package cn.edu.ttms.domain.model.credit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import cn.edu.ttms.domain.model.policy.PolicyRules;
import cn.edu.ttms.domain.model.shared.DeliveryForm;
import cn.edu.ttms.domain.model.shared.Hours;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Rules.md §2: hours of a project from its stages. */
class ProjectHoursTest {

    private final ProjectHours hours = new ProjectHours(PolicyRules.lincang2017());

    @Test
    void sixAndAHalfDaysAre39Hours() {
        assertEquals(Hours.of(39), hours.of(Stage.ofDays(DeliveryForm.OFFSITE_CONCENTRATED, "6.5")));
    }

    @Test
    void twoAndAHalfDaysAre15Hours() {
        assertEquals(Hours.of(15), hours.of(Stage.ofDays(DeliveryForm.LOCAL_CONCENTRATED, "2.5")));
    }

    @Test
    void everyConcentratedFormCountsSixHoursADay() {
        for (DeliveryForm form : List.of(
                DeliveryForm.LOCAL_CONCENTRATED,
                DeliveryForm.OFFSITE_CONCENTRATED,
                DeliveryForm.MIXED_CONCENTRATED,
                DeliveryForm.DELIVERED_ON_SITE,
                DeliveryForm.OVERSEAS,
                DeliveryForm.SHADOWING)) {
            assertEquals(Hours.of(12), hours.of(Stage.ofDays(form, "2")), form.name());
        }
    }

    @Test
    void onlineCountsTheActualHours() {
        assertEquals(Hours.of("50.5"), hours.of(Stage.ofActualHours(DeliveryForm.ONLINE, "50.5")));
    }

    @Test
    void onlineIgnoresDaysWhenActualHoursAreKnown() {
        Stage stage = new Stage(DeliveryForm.ONLINE, new BigDecimal("10"), Hours.of(37));
        assertEquals(Hours.of(37), hours.of(stage));
    }

    @Test
    void blendedCountsTheActualHours() {
        assertEquals(Hours.of(40), hours.of(Stage.ofActualHours(DeliveryForm.BLENDED, "40")));
    }

    @Test
    void returnToPostIsOneHourADay() {
        assertEquals(Hours.of(50), hours.of(Stage.ofDays(DeliveryForm.RETURN_TO_POST, "50")));
    }

    @Test
    void chenzhouPrincipalQualificationCourseIs300Hours() {
        List<Stage> stages = List.of(
                Stage.ofDays(DeliveryForm.LOCAL_CONCENTRATED, "5"), // 30 h theory
                Stage.ofDays(DeliveryForm.SHADOWING, "7"), // 42 h shadowing
                Stage.ofDays(DeliveryForm.RETURN_TO_POST, "50"),
                Stage.ofActualHours(DeliveryForm.ONLINE, "178"));
        assertEquals(Hours.of(72), hours.of(stages.subList(0, 2)));
        assertEquals(Hours.of(50), hours.of(stages.get(2)));
        assertEquals(Hours.of(300), hours.of(stages));
    }

    @Test
    void aConcentratedStageNeedsItsDays() {
        InvalidStage e = assertThrows(
                InvalidStage.class, () -> hours.of(Stage.ofActualHours(DeliveryForm.LOCAL_CONCENTRATED, "18")));
        assertEquals("error.stage.daysMissing", e.messageKey());
    }

    @Test
    void anOnlineStageNeedsItsHours() {
        InvalidStage e = assertThrows(InvalidStage.class, () -> hours.of(Stage.ofDays(DeliveryForm.ONLINE, "3")));
        assertEquals("error.stage.actualHoursMissing", e.messageKey());
    }

    @Test
    void badDaysAreRejected() {
        assertThrows(InvalidStage.class, () -> Stage.ofDays(DeliveryForm.OVERSEAS, "-1"));
        assertThrows(InvalidStage.class, () -> Stage.ofDays(DeliveryForm.OVERSEAS, "1.25"));
        assertThrows(InvalidStage.class, () -> new Stage(DeliveryForm.OVERSEAS, null, null));
    }

    @Test
    void anUnusualHoursPerDayRoundsToOneDecimal() {
        PolicyRules odd = PolicyRules.lincang2017().toBuilder()
                .hoursPerDay(DeliveryForm.OVERSEAS, new BigDecimal("6.25"))
                .build();
        assertEquals(Hours.of("9.4"), new ProjectHours(odd).of(Stage.ofDays(DeliveryForm.OVERSEAS, "1.5")));
    }
}
