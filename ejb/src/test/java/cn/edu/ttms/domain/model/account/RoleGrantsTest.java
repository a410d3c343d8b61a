package cn.edu.ttms.domain.model.account;

import static cn.edu.ttms.domain.model.organisation.OrganisationKind.CITY;
import static cn.edu.ttms.domain.model.organisation.OrganisationKind.COUNTY;
import static cn.edu.ttms.domain.model.organisation.OrganisationKind.INSTITUTION;
import static cn.edu.ttms.domain.model.organisation.OrganisationKind.PROVINCE;
import static cn.edu.ttms.domain.model.organisation.OrganisationKind.SCHOOL;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.EnumSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class RoleGrantsTest {

    private static final Set<Role> ADMIN = EnumSet.of(Role.ADMIN);
    private static final Set<Role> STAFF = EnumSet.of(Role.BUREAU_STAFF);
    private static final Set<Role> PRINCIPAL = EnumSet.of(Role.SCHOOL_ADMIN);

    @Test
    void anAdministratorGrantsWhatTheUnitKindAllowsAdminIncluded() {
        assertEquals(
                EnumSet.of(Role.ADMIN, Role.BUREAU_STAFF, Role.BUREAU_REVIEWER), RoleGrants.grantable(ADMIN, COUNTY));
        assertTrue(RoleGrants.mayGrant(ADMIN, PROVINCE, EnumSet.of(Role.PROVINCE_OFFICER)));
        assertTrue(RoleGrants.mayGrant(ADMIN, SCHOOL, EnumSet.of(Role.SCHOOL_ADMIN, Role.TEACHER)));
        assertTrue(RoleGrants.mayGrant(ADMIN, INSTITUTION, EnumSet.of(Role.PROJECT_LEAD)));
    }

    @Test
    void noRoleWhereItCannotBeExercised() {
        assertFalse(RoleGrants.mayGrant(ADMIN, COUNTY, EnumSet.of(Role.PROVINCE_OFFICER)));
        assertFalse(RoleGrants.mayGrant(ADMIN, CITY, EnumSet.of(Role.TEACHER)));
        assertFalse(RoleGrants.mayGrant(ADMIN, SCHOOL, EnumSet.of(Role.ADMIN)));
        assertFalse(RoleGrants.mayGrant(ADMIN, SCHOOL, EnumSet.of(Role.BUREAU_STAFF)));
        assertFalse(RoleGrants.mayGrant(ADMIN, INSTITUTION, EnumSet.of(Role.TEACHER)));
    }

    @Test
    void bureauStaffAndPrincipalsOpenTeacherAccountsOnlyAndOnlyAtSchools() {
        for (Set<Role> caller : Set.of(STAFF, PRINCIPAL)) {
            assertEquals(EnumSet.of(Role.TEACHER), RoleGrants.grantable(caller, SCHOOL));
            assertFalse(RoleGrants.mayGrant(caller, SCHOOL, EnumSet.of(Role.TEACHER, Role.SCHOOL_ADMIN)));
            assertFalse(RoleGrants.mayGrant(caller, COUNTY, EnumSet.of(Role.BUREAU_STAFF)));
            assertFalse(RoleGrants.mayGrant(caller, COUNTY, EnumSet.of(Role.ADMIN)));
            assertTrue(RoleGrants.grantable(caller, COUNTY).isEmpty());
        }
    }

    @Test
    void othersGrantNothingAndAnEmptyListIsNoGrant() {
        for (Role r : EnumSet.of(
                Role.TEACHER, Role.PROJECT_LEAD, Role.INSTITUTION_STAFF, Role.BUREAU_REVIEWER, Role.PROVINCE_OFFICER)) {
            for (var kind : cn.edu.ttms.domain.model.organisation.OrganisationKind.values()) {
                assertTrue(RoleGrants.grantable(EnumSet.of(r), kind).isEmpty(), r + " at " + kind);
            }
        }
        assertFalse(RoleGrants.mayGrant(ADMIN, COUNTY, EnumSet.noneOf(Role.class)));
    }

    @Test
    void staffManageTeacherAccountsButNeverAColleaguesOrAnAdministrators() {
        assertTrue(RoleGrants.mayManage(STAFF, SCHOOL, EnumSet.of(Role.TEACHER)));
        assertFalse(RoleGrants.mayManage(STAFF, SCHOOL, EnumSet.of(Role.SCHOOL_ADMIN)));
        assertFalse(RoleGrants.mayManage(STAFF, SCHOOL, EnumSet.of(Role.SCHOOL_ADMIN, Role.TEACHER)));
        assertFalse(RoleGrants.mayManage(STAFF, COUNTY, EnumSet.of(Role.BUREAU_STAFF)));
        assertTrue(RoleGrants.mayManage(ADMIN, COUNTY, EnumSet.of(Role.ADMIN)));
    }
}
