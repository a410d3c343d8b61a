package cn.edu.ttms.domain.model.project;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.edu.ttms.domain.model.credit.InvalidStage;
import cn.edu.ttms.domain.model.shared.DeliveryForm;
import cn.edu.ttms.domain.model.shared.Hours;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** A stage of a project: numbered from 1, never negative trainees, and what the credit rules need of it. */
class ProjectStageTest {

    private static final LocalDate MON = LocalDate.of(2026, 4, 6);

    private static ProjectStage online(Hours hours, LocalDate from, LocalDate to, String place) {
        return new ProjectStage(1, DeliveryForm.ONLINE, "网络研修", null, null, null, 100, hours, from, to, place);
    }

    @Test
    void stagesAreNumberedFromOneAndHaveNoNegativeTrainees() {
        assertThrows(
                IllegalArgumentException.class,
                () -> new ProjectStage(0, DeliveryForm.ONLINE, null, null, null, null, 10));
        assertThrows(
                IllegalArgumentException.class,
                () -> new ProjectStage(1, DeliveryForm.ONLINE, null, null, null, null, -1));
        assertThrows(NullPointerException.class, () -> new ProjectStage(1, null, null, null, null, null, 10));
        assertEquals(
                0,
                new ProjectStage(1, DeliveryForm.ONLINE, null, null, null, null, 0).trainees(),
                "a stage may be planned before its places are known");
    }

    @Test
    void theTotalDaysAreThePartsSumWhenOnlyThePartsAreGiven() {
        assertEquals(
                d("5"), new ProjectStage(1, DeliveryForm.LOCAL_CONCENTRATED, null, null, d("5"), null, 10).daysTotal());
        assertEquals(
                d("6.5"),
                new ProjectStage(1, DeliveryForm.OFFSITE_CONCENTRATED, null, d("4.5"), d("2"), null, 10).daysTotal());
        assertEquals(
                d("7"),
                new ProjectStage(1, DeliveryForm.LOCAL_CONCENTRATED, null, d("2"), d("3"), d("7"), 10).daysTotal(),
                "a total given is kept (the checks say whether it fits)");
        assertNull(new ProjectStage(1, DeliveryForm.ONLINE, null, null, null, null, 10).daysTotal());
        assertNull(ProjectStage.totalOf(new BigDecimal("1e999999"), null), "not summed: refused by the checks");
        assertTrue(new ProjectStage(1, DeliveryForm.LOCAL_CONCENTRATED, null, d("2"), d("3"), d("4"), 10)
                .daysInconsistent());
        assertTrue(new ProjectStage(1, DeliveryForm.LOCAL_CONCENTRATED, null, d("5"), null, d("4"), 10)
                .daysInconsistent());
        assertFalse(
                new ProjectStage(1, DeliveryForm.LOCAL_CONCENTRATED, null, d("3"), null, d("4"), 10).daysInconsistent(),
                "one part smaller than the total: the other part is unknown");
        assertFalse(
                new ProjectStage(1, DeliveryForm.LOCAL_CONCENTRATED, null, null, null, d("4"), 10).daysInconsistent());
    }

    private static BigDecimal d(String value) {
        return new BigDecimal(value);
    }

    @Test
    void aStageWithNeitherDaysNorHoursGivesTheCreditRulesNothingToCount() {
        ProjectStage empty = new ProjectStage(1, DeliveryForm.LOCAL_CONCENTRATED, null, null, null, null, 10);
        InvalidStage e = assertThrows(InvalidStage.class, empty::toCreditStage);
        assertEquals("error.stage.nothingRecorded", e.messageKey());
        assertNull(empty.hours());
    }

    @Test
    void theFormsActualHoursAreKeptAndABlankPlaceIsNoPlace() {
        ProjectStage s = online(Hours.of("10.5"), null, null, "  ");
        assertEquals(Hours.of("10.5"), s.hours());
        assertNull(s.place());
        assertEquals(
                "临翔区教师进修学校", online(Hours.of(10), null, null, " 临翔区教师进修学校 ").place());
    }

    @Test
    void datesRunBackwardsOnlyWhenBothAreGivenAndTheEndIsEarlier() {
        assertTrue(online(Hours.of(10), MON, MON.minusDays(1), null).datesReversed());
        assertFalse(online(Hours.of(10), MON, MON, null).datesReversed(), "a one-day stage");
        assertFalse(online(Hours.of(10), MON, null, null).datesReversed());
    }

    @Test
    void moduleAndCourseKeepWhatTheyAreGiven() {
        ProjectModule m = new ProjectModule(cn.edu.ttms.domain.model.shared.Module.ETHICS, Hours.of(12));
        assertEquals(Hours.of(12), m.share().hours());
        assertThrows(NullPointerException.class, () -> new ProjectModule(null, Hours.of(12)));
        ProjectCourse c = new ProjectCourse(1, null, CourseKind.REQUIRED, Hours.of(3), true);
        assertEquals("", c.title(), "an untitled course is empty, not null");
        assertEquals(new BigDecimal("3.0"), c.hours().value());
        assertThrows(NullPointerException.class, () -> new ProjectCourse(1, "讲座", null, Hours.of(3), false));
    }
}
