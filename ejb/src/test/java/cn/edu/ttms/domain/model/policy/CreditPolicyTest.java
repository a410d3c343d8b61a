package cn.edu.ttms.domain.model.policy;

import static cn.edu.ttms.domain.model.organisation.Units.unit;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.edu.ttms.domain.model.organisation.Organisation;
import cn.edu.ttms.domain.model.organisation.OrganisationKind;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/**
 * Versions of a credit policy: a version's period is half-open and ends where its successor starts; only
 * the current version is followed; a jurisdiction covers its unit and everything under it.
 */
class CreditPolicyTest {

    private static final PolicyRules LINCANG = PolicyRules.lincang2017();
    private static final LocalDate JAN_2017 = LocalDate.of(2017, 1, 1);

    private final Organisation province = unit(null, OrganisationKind.PROVINCE, "云南省", 1);
    private final Organisation city = unit(province, OrganisationKind.CITY, "临沧市", 2);
    private final Organisation linxiang = unit(city, OrganisationKind.COUNTY, "临翔区", 4);

    private CreditPolicy cityLine() {
        return CreditPolicy.first(" 临沧市学分管理办法 ", city, LINCANG, JAN_2017, null, "首版", "admin");
    }

    @Test
    void aFirstVersionIsNumberOneAndInForceFromItsStartWithoutEnd() {
        CreditPolicy v1 = cityLine();
        assertEquals("临沧市学分管理办法", v1.name());
        assertEquals(1, v1.versionNo());
        assertNull(v1.effectiveTo());
        assertFalse(v1.inForceOn(JAN_2017.minusDays(1)));
        assertTrue(v1.inForceOn(JAN_2017));
        assertTrue(v1.inForceOn(LocalDate.of(2099, 12, 31)));
        assertSame(LINCANG, v1.rules());
        assertEquals("admin", v1.createdBy());
    }

    @Test
    void aPolicyNeedsANameAStartAndRules() {
        assertThrows(
                IllegalArgumentException.class,
                () -> CreditPolicy.first(" ", city, LINCANG, JAN_2017, null, null, "admin"));
        assertThrows(
                NullPointerException.class, () -> CreditPolicy.first("办法", city, LINCANG, null, null, null, "admin"));
        assertThrows(
                NullPointerException.class, () -> CreditPolicy.first("办法", city, null, JAN_2017, null, null, "admin"));
    }

    @Test
    void theNextVersionStartsWhereThePreviousNowEndsWithNoGapAndNoOverlap() {
        CreditPolicy v1 = cityLine();
        LocalDate from = LocalDate.of(2026, 9, 1);
        CreditPolicy v2 = CreditPolicy.nextVersionOf(v1, LINCANG, from, "学时调整", "admin");

        assertEquals(2, v2.versionNo());
        assertEquals(v1.name(), v2.name());
        assertSame(city, v2.jurisdiction());
        assertEquals(from, v1.effectiveTo());
        LocalDate lastDayOfV1 = from.minusDays(1);
        assertTrue(v1.inForceOn(lastDayOfV1) && !v2.inForceOn(lastDayOfV1));
        assertTrue(!v1.inForceOn(from) && v2.inForceOn(from), "the end date is exclusive");
    }

    @Test
    void onlyTheCurrentVersionIsFollowedAndOnlyByALaterStart() {
        CreditPolicy v1 = cityLine();
        assertThrows(
                IllegalArgumentException.class,
                () -> CreditPolicy.nextVersionOf(v1, LINCANG, JAN_2017, null, "admin"),
                "not on the same day");
        assertNull(v1.effectiveTo(), "a refused version leaves the previous one open");
        CreditPolicy.nextVersionOf(v1, LINCANG, LocalDate.of(2026, 9, 1), null, "admin");
        assertThrows(
                IllegalStateException.class,
                () -> CreditPolicy.nextVersionOf(v1, LINCANG, LocalDate.of(2027, 1, 1), null, "admin"));
    }

    @Test
    void aJurisdictionCoversItsSubtreeAndNoJurisdictionCoversEverything() {
        CreditPolicy county = CreditPolicy.first("临翔区办法", linxiang, LINCANG, JAN_2017, 7L, null, "linxiang");
        assertTrue(county.appliesTo("/1/2/4/"));
        assertTrue(county.appliesTo("/1/2/4/9/"));
        assertFalse(county.appliesTo("/1/2/"), "not the city above it");
        assertFalse(county.appliesTo("/1/2/5/"));
        assertEquals(7L, county.basedOnId());

        CreditPolicy everywhere = CreditPolicy.first("全省办法", null, LINCANG, JAN_2017, null, null, "admin");
        assertTrue(everywhere.appliesTo("/1/2/4/9/"));
    }

    @Test
    void theNearestJurisdictionIsTheDeepest() {
        assertEquals(
                -1,
                CreditPolicy.first("全省办法", null, LINCANG, JAN_2017, null, null, "admin")
                        .jurisdictionDepth());
        assertEquals(1, cityLine().jurisdictionDepth());
        assertEquals(
                2,
                CreditPolicy.first("临翔区办法", linxiang, LINCANG, JAN_2017, null, null, "linxiang")
                        .jurisdictionDepth());
    }
}
