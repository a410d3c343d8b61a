package cn.edu.ttms.domain.model.organisation;

import static cn.edu.ttms.domain.model.organisation.Units.unit;
import static cn.edu.ttms.domain.model.organisation.Units.withId;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import org.junit.jupiter.api.Test;

/** The unit tree: which kind holds which, the materialised path, moving a subtree, closing a unit. */
class OrganisationTest {

    private final Organisation province = unit(null, OrganisationKind.PROVINCE, "云南省", 1);
    private final Organisation city = unit(province, OrganisationKind.CITY, "临沧市", 2);
    private final Organisation linxiang = unit(city, OrganisationKind.COUNTY, "临翔区", 4);
    private final Organisation fengqing = unit(city, OrganisationKind.COUNTY, "凤庆县", 5);
    private final Organisation school = unit(linxiang, OrganisationKind.SCHOOL, "临翔区第一完全小学", 9);

    @Test
    void thePathListsTheIdsFromTheRootAndTheDepthCountsTheSteps() {
        assertEquals("/1/", province.path());
        assertEquals("/1/2/4/9/", school.path());
        assertEquals(0, province.depth());
        assertEquals(3, school.depth());
        assertEquals(linxiang, school.parent());
    }

    @Test
    void theHierarchyGoesDownwardOnlyAndInstitutionsStandBesideIt() {
        assertThrows(
                IllegalArgumentException.class,
                () -> Organisation.under(school, OrganisationKind.COUNTY, "学校里的县", null));
        assertThrows(
                IllegalArgumentException.class,
                () -> Organisation.under(province, OrganisationKind.SCHOOL, "省直学校", null),
                "a province holds cities and institutions, not schools");
        assertEquals(
                OrganisationKind.INSTITUTION,
                Organisation.under(linxiang, OrganisationKind.INSTITUTION, "临翔区教师进修学校", null)
                        .kind());
        assertTrue(OrganisationKind.CITY.isBureau());
        assertFalse(OrganisationKind.INSTITUTION.isBureau());
    }

    @Test
    void aNameIsRequiredAndStrippedAndABlankCodeIsNoCode() {
        assertThrows(IllegalArgumentException.class, () -> Organisation.root(OrganisationKind.PROVINCE, " ", "53"));
        Organisation o = Organisation.under(linxiang, OrganisationKind.SCHOOL, "  博尚镇中心完小 ", "  ");
        assertEquals("博尚镇中心完小", o.name());
        assertNull(o.code());
        assertThrows(IllegalArgumentException.class, () -> o.rename(""));
        o.rename(" 博尚完小 ");
        assertEquals("博尚完小", o.name());
    }

    @Test
    void thePathNeedsTheIdAndTheParentsPathFirst() {
        Organisation unsaved = Organisation.under(linxiang, OrganisationKind.SCHOOL, "新学校", null);
        assertEquals("", unsaved.path());
        assertThrows(IllegalStateException.class, unsaved::assignPath);

        Organisation unsavedCounty = Organisation.under(city, OrganisationKind.COUNTY, "新县", null);
        Organisation below = withId(Organisation.under(unsavedCounty, OrganisationKind.SCHOOL, "新县一小", null), 30);
        assertThrows(IllegalStateException.class, below::assignPath, "the parent is not persisted yet");
    }

    @Test
    void aUnitContainsItselfAndItsSubtreeOnly() {
        assertTrue(linxiang.contains(linxiang));
        assertTrue(city.contains(school));
        assertFalse(fengqing.contains(school));
        assertFalse(school.contains(linxiang));
        assertFalse(school.contains(null));
        Organisation unsaved = Organisation.root(OrganisationKind.PROVINCE, "未保存", null);
        assertFalse(unsaved.contains(school), "a unit without a path contains nothing");
    }

    @Test
    void movingAUnitChangesItsPathAndReturnsTheOldPrefixForItsDescendants() {
        String old = school.moveUnder(fengqing);
        assertEquals("/1/2/4/9/", old);
        assertEquals("/1/2/5/9/", school.path());
        assertEquals(fengqing, school.parent());
        assertEquals(3, school.depth());
        assertTrue(fengqing.contains(school));
    }

    @Test
    void aUnitMovesOnlyUnderAKindThatMayHoldIt() {
        assertThrows(IllegalArgumentException.class, () -> city.moveUnder(linxiang), "a county cannot hold a city");
        Organisation institution = unit(linxiang, OrganisationKind.INSTITUTION, "进修学校", 12);
        assertThrows(IllegalArgumentException.class, () -> institution.moveUnder(school));
        assertEquals("/1/2/4/12/", institution.path(), "a refused move changes nothing");
        institution.moveUnder(province);
        assertEquals("/1/12/", institution.path());
        assertEquals(1, institution.depth());
    }

    @Test
    void aClosedUnitStaysButTakesNoNewUnitsAndKeepsItsFirstClosingTime() {
        Instant first = Instant.parse("2026-07-01T00:00:00Z");
        fengqing.close(first);
        fengqing.close(Instant.parse("2026-08-01T00:00:00Z"));
        assertTrue(fengqing.isClosed());
        assertEquals(first, fengqing.closedAt());
        assertThrows(
                IllegalArgumentException.class,
                () -> Organisation.under(fengqing, OrganisationKind.SCHOOL, "新学校", null));
        assertThrows(IllegalArgumentException.class, () -> school.moveUnder(fengqing));
        assertEquals("/1/2/4/9/", school.path());
    }

    @Test
    void theAuditTrailSeesTheUnitInItsOwnScope() {
        assertEquals(4L, school.auditState().get("parent"));
        assertNull(province.auditState().get("parent"));
    }
}
