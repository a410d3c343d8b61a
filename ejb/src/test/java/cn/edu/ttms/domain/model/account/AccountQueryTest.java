package cn.edu.ttms.domain.model.account;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.edu.ttms.domain.model.organisation.DataScope;
import cn.edu.ttms.domain.model.organisation.OrganisationKind;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class AccountQueryTest {

    @Test
    void bureauStaffAndPrincipalsListTeacherAccountsAtSchoolsOnly() {
        for (Role role : EnumSet.of(Role.BUREAU_STAFF, Role.SCHOOL_ADMIN)) {
            AccountQuery q = AccountQuery.forCaller(EnumSet.of(role), DataScope.subtree("/1/2/"), null, "li");
            assertEquals(Map.of(OrganisationKind.SCHOOL, Set.of(Role.TEACHER)), q.manageable(), role.name());
        }
    }

    @Test
    void anAdministratorListsWhatEachKindOfUnitAllows() {
        AccountQuery q = AccountQuery.forCaller(EnumSet.of(Role.ADMIN), DataScope.subtree("/1/"), "/1/2/", null);
        for (OrganisationKind kind : OrganisationKind.values()) {
            assertEquals(RoleGrants.exercisableAt(kind), q.manageable().get(kind), kind.name());
        }
        assertEquals("/1/2/", q.unitPath());
    }

    @Test
    void othersListNothing() {
        assertTrue(AccountQuery.forCaller(
                        EnumSet.of(Role.TEACHER, Role.PROVINCE_OFFICER), DataScope.subtree("/1/"), null, null)
                .manageable()
                .isEmpty());
    }
}
