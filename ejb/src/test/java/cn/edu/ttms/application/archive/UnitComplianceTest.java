package cn.edu.ttms.application.archive;

import static org.junit.jupiter.api.Assertions.assertEquals;

import cn.edu.ttms.domain.model.compliance.RequirementRow;
import cn.edu.ttms.domain.model.policy.Requirement;
import cn.edu.ttms.domain.model.shared.Module;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The compliance list a column per requirement and rolled up by school (issue 17, item 7). */
class UnitComplianceTest {

    private static RequirementRow row(Requirement requirement, Module module, int required, int actual) {
        BigDecimal shortfall = BigDecimal.valueOf(Math.max(0, required - actual));
        boolean met = actual >= required;
        return new RequirementRow(
                requirement,
                module,
                BigDecimal.valueOf(required),
                BigDecimal.valueOf(actual),
                BigDecimal.valueOf(actual),
                shortfall,
                shortfall,
                met,
                met);
    }

    private static UnitCompliance.TeacherStanding teacher(String name, String school, int hours, int ethics) {
        List<RequirementRow> rows = List.of(
                row(Requirement.MODULE_CREDITS, Module.ETHICS, 6, ethics),
                row(Requirement.TOTAL_HOURS, null, 72, hours));
        return new UnitCompliance.TeacherStanding(
                name.hashCode(), name, school, rows.stream().allMatch(RequirementRow::met), rows);
    }

    private static final UnitCompliance COUNTY = new UnitCompliance(
            1,
            "临翔区",
            2026,
            2030,
            null,
            4,
            1,
            List.of(
                    teacher("甲", "二小", 72, 6),
                    teacher("乙", "一小", 10, 6),
                    teacher("丙", "一小", 10, 0),
                    teacher("丁", "二小", 72, 2)));

    @Test
    void columnsFollowThePolicysOrderOfRequirements() {
        assertEquals(
                List.of(
                        new UnitCompliance.Column(Requirement.TOTAL_HOURS, null),
                        new UnitCompliance.Column(Requirement.MODULE_CREDITS, Module.ETHICS)),
                COUNTY.columns());
    }

    @Test
    void eachSchoolCountsItsTeachersTheCompliantAndTheFailuresPerRequirement() {
        List<UnitCompliance.SchoolTally> schools = COUNTY.bySchool();
        assertEquals(
                List.of("一小", "二小"),
                schools.stream().map(UnitCompliance.SchoolTally::school).toList());
        UnitCompliance.SchoolTally first = schools.get(0);
        assertEquals(2, first.teachers());
        assertEquals(0, first.compliant());
        assertEquals(List.of(2, 1), first.failing(), "both short of hours, one of ethics credits");
        UnitCompliance.SchoolTally second = schools.get(1);
        assertEquals(1, second.compliant());
        assertEquals(List.of(0, 1), second.failing());
        assertEquals(new BigDecimal("50.0"), second.rate());
        assertEquals(
                COUNTY.teachers(),
                schools.stream().mapToInt(UnitCompliance.SchoolTally::teachers).sum(),
                "the schools add up to the unit");
    }

    @Test
    void theRateIsRoundedDownSoThatAlmostAllIsNotAll() {
        assertEquals(new BigDecimal("99.9"), UnitCompliance.rate(1999, 2000));
        assertEquals(new BigDecimal("33.3"), UnitCompliance.rate(1, 3));
        assertEquals(new BigDecimal("0.0"), UnitCompliance.rate(0, 0));
    }

    @Test
    void aSchoolsStandingsAreItsTeachersOnly() {
        assertEquals(
                List.of("乙", "丙"),
                COUNTY.standingsOf("一小").stream()
                        .map(UnitCompliance.TeacherStanding::name)
                        .toList());
        assertEquals(4, COUNTY.standingsOf(null).size());
        assertEquals(List.of(), COUNTY.standings().get(0).shortfalls(), "甲 falls short in nothing");
    }
}
