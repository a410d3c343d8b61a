package cn.edu.ttms.domain.model.targets;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import cn.edu.ttms.domain.model.organisation.Organisation;
import cn.edu.ttms.domain.model.organisation.OrganisationKind;
import cn.edu.ttms.domain.model.organisation.Units;
import cn.edu.ttms.domain.model.shared.DomainException;
import cn.edu.ttms.domain.model.shared.NumberOutOfRange;
import cn.edu.ttms.domain.model.targets.TrainingTarget.CategoryPlaces;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** A bureau's yearly targets (issue 19, item 3): ranges checked before anything changes, the field named. */
class TrainingTargetTest {

    private static final Instant AT = Instant.parse("2026-03-01T08:00:00Z");

    private final Organisation province = Units.unit(null, OrganisationKind.PROVINCE, "云南省", 1);
    private final Organisation city = Units.unit(province, OrganisationKind.CITY, "临沧市", 2);
    private final Organisation school = Units.unit(city, OrganisationKind.SCHOOL, "临沧市第一中学", 3);

    private TrainingTarget kunmingStyle() {
        TrainingTarget t = new TrainingTarget(city, 2026);
        t.revise(
                List.of(new CategoryPlaces("骨干教师培训", 300), new CategoryPlaces(" 校长培训 ", 40)),
                new BigDecimal("3"),
                new BigDecimal("20"),
                new BigDecimal("95.5"),
                "city",
                AT);
        return t;
    }

    @Test
    void keepsEveryFigureAndTheCategoryNamesStripped() {
        TrainingTarget t = kunmingStyle();
        assertEquals(Map.of("骨干教师培训", 300, "校长培训", 40), t.places());
        assertEquals(new BigDecimal("3"), t.keyTeacherCityPercent());
        assertEquals(new BigDecimal("20"), t.keyTeacherCountyPercent());
        assertEquals(new BigDecimal("95.5"), t.compliancePercent());
        assertEquals("city", t.updatedBy());
        assertEquals(city.path(), t.unitPath());
    }

    @Test
    void aFigureLeftOutIsNoTarget() {
        TrainingTarget t = new TrainingTarget(city, 2026);
        t.revise(null, null, new BigDecimal("20"), null, "city", AT);
        assertEquals(Map.of(), t.places());
        assertNull(t.keyTeacherCityPercent());
        assertNull(t.compliancePercent());
    }

    @Test
    void aPercentAboveAHundredIsRefusedNamingTheFieldAndChangesNothing() {
        TrainingTarget t = kunmingStyle();
        NumberOutOfRange e = assertThrows(
                NumberOutOfRange.class,
                () -> t.revise(List.of(), new BigDecimal("3"), new BigDecimal("100.1"), null, "x", AT));
        assertEquals("keyTeacherCountyPercent", e.field());
        assertEquals(new BigDecimal("20"), t.keyTeacherCountyPercent());
        assertEquals(2, t.places().size(), "the places stay as they were");
        assertEquals("city", t.updatedBy());
    }

    @Test
    void negativeHugeAndOverPreciseNumbersAreRefused() {
        TrainingTarget t = new TrainingTarget(city, 2026);
        assertEquals(
                "compliancePercent",
                assertThrows(NumberOutOfRange.class, () -> t.revise(null, null, null, new BigDecimal("-1"), "x", AT))
                        .field());
        assertEquals(
                "compliancePercent",
                assertThrows(
                                NumberOutOfRange.class,
                                () -> t.revise(null, null, null, new BigDecimal("1e999999"), "x", AT))
                        .field());
        assertEquals(
                "keyTeacherCityPercent",
                assertThrows(NumberOutOfRange.class, () -> t.revise(null, new BigDecimal("3.25"), null, null, "x", AT))
                        .field());
    }

    @Test
    void placesOutOfRangeOrMissingNameTheirRow() {
        TrainingTarget t = new TrainingTarget(city, 2026);
        assertEquals(
                "categories[1].places",
                assertThrows(
                                NumberOutOfRange.class,
                                () -> t.revise(
                                        List.of(new CategoryPlaces("A", 1), new CategoryPlaces("B", -5)),
                                        null,
                                        null,
                                        null,
                                        "x",
                                        AT))
                        .field());
        assertEquals(
                "categories[0].places",
                assertThrows(
                                InvalidTarget.class,
                                () -> t.revise(List.of(new CategoryPlaces("A", null)), null, null, null, "x", AT))
                        .field());
        assertEquals(
                "categories[0].category",
                assertThrows(
                                InvalidTarget.class,
                                () -> t.revise(List.of(new CategoryPlaces(" ", 3)), null, null, null, "x", AT))
                        .field());
        InvalidTarget twice = assertThrows(
                InvalidTarget.class,
                () -> t.revise(
                        List.of(new CategoryPlaces("A", 1), new CategoryPlaces(" A", 2)), null, null, null, "x", AT));
        assertEquals("categories[1].category", twice.field());
        assertEquals(Map.of(), t.places());
    }

    @Test
    void onlyABureauSetsTargetsAndOnlyForAPlausibleYear() {
        assertThrows(DomainException.class, () -> new TrainingTarget(school, 2026));
        assertEquals(
                "year",
                assertThrows(InvalidTarget.class, () -> new TrainingTarget(city, 1999))
                        .field());
        assertEquals(
                "year",
                assertThrows(InvalidTarget.class, () -> new TrainingTarget(city, 2101))
                        .field());
    }

    @Test
    void theAuditStateHoldsEveryFigure() {
        Map<String, Object> state = kunmingStyle().auditState();
        assertEquals(Map.of("校长培训", 40, "骨干教师培训", 300), state.get("places"));
        assertEquals(new BigDecimal("95.5"), state.get("compliancePercent"));
        assertEquals(2026, state.get("year"));
    }
}
