package cn.edu.ttms.domain.model.plan;

import static cn.edu.ttms.domain.model.organisation.Units.unit;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import cn.edu.ttms.domain.model.organisation.Organisation;
import cn.edu.ttms.domain.model.organisation.OrganisationKind;
import cn.edu.ttms.domain.model.shared.Level;
import org.junit.jupiter.api.Test;

/** A bureau's annual plan: only a bureau has one, its level follows the bureau's, and it is named by default. */
class AnnualPlanTest {

    private final Organisation province = unit(null, OrganisationKind.PROVINCE, "云南省", 1);
    private final Organisation city = unit(province, OrganisationKind.CITY, "临沧市", 2);
    private final Organisation county = unit(city, OrganisationKind.COUNTY, "临翔区", 4);

    @Test
    void thePlansLevelIsTheBureausLevel() {
        assertEquals(Level.PROVINCIAL, new AnnualPlan(2027, province, null, null).level());
        assertEquals(Level.MUNICIPAL, new AnnualPlan(2027, city, null, null).level());
        assertEquals(Level.COUNTY, new AnnualPlan(2027, county, null, null).level());
        assertEquals("/1/2/4/", new AnnualPlan(2027, county, null, null).ownerPath());
    }

    @Test
    void onlyABureauHasAPlan() {
        Organisation school = unit(county, OrganisationKind.SCHOOL, "临翔区第一完全小学", 9);
        Organisation institution = unit(city, OrganisationKind.INSTITUTION, "临沧市教师发展中心", 3);
        assertThrows(IllegalArgumentException.class, () -> new AnnualPlan(2027, school, null, null));
        assertThrows(IllegalArgumentException.class, () -> new AnnualPlan(2027, institution, null, null));
        assertThrows(NullPointerException.class, () -> new AnnualPlan(2027, null, null, null));
    }

    @Test
    void theYearLiesBetween2000And2100() {
        assertEquals(2000, new AnnualPlan(2000, city, null, null).year());
        assertEquals(2100, new AnnualPlan(2100, city, null, null).year());
        assertThrows(IllegalArgumentException.class, () -> new AnnualPlan(1999, city, null, null));
        assertThrows(IllegalArgumentException.class, () -> new AnnualPlan(2101, city, null, null));
    }

    @Test
    void aPlanWithoutANameIsNamedAfterItsYearAndBureau() {
        assertEquals("2027年临沧市教师培训计划", new AnnualPlan(2027, city, "  ", null).name());
        assertEquals("临沧市2027年计划", new AnnualPlan(2027, city, " 临沧市2027年计划 ", "plan.xlsx").name());
        assertEquals("plan.xlsx", new AnnualPlan(2027, city, null, "plan.xlsx").source());
    }
}
