package cn.edu.ttms.infrastructure.persistence.jpa;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/**
 * The child a school's standing rows count for in a unit's figures: its path cut after the child of the unit it lies
 * under, as the SQL cut it before (SUBSTRING up to the next '/'); the unit's own path stays as it is (no child).
 */
class StandingChildOfTest {

    @Test
    void aSchoolCountsForTheChildOfTheUnitItLiesUnder() {
        assertEquals("/1/2/", JdbcComplianceStandingRepository.childOf("/1/2/30/400/", "/1/"));
        assertEquals("/1/2/30/", JdbcComplianceStandingRepository.childOf("/1/2/30/400/", "/1/2/"));
        assertEquals("/1/2/30/400/", JdbcComplianceStandingRepository.childOf("/1/2/30/400/", "/1/2/30/"));
    }

    @Test
    void theUnitsOwnRowsAreNoChild() {
        assertEquals("/1/2/", JdbcComplianceStandingRepository.childOf("/1/2/", "/1/2/"));
    }
}
