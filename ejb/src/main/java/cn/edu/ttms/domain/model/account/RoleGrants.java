package cn.edu.ttms.domain.model.account;

import cn.edu.ttms.domain.model.organisation.OrganisationKind;
import java.util.EnumSet;
import java.util.Set;

/**
 * Who may give which roles where (delegated administration along the tree, issue 15). An
 * administrator manages the accounts of their own unit and everything below it; bureau staff and
 * school administrators open and reset teachers' accounts there. Nobody grants a role that cannot be
 * exercised at the unit (a county has no PROVINCE_OFFICER, a school no BUREAU_STAFF), and only an
 * ADMIN grants ADMIN. Whether the unit lies in the caller's subtree is the data scope's question,
 * answered before this one (404 outside it).
 */
public final class RoleGrants {

    private RoleGrants() {}

    /** The roles that mean something at a unit of this kind. */
    public static Set<Role> exercisableAt(OrganisationKind kind) {
        return switch (kind) {
            case PROVINCE -> EnumSet.of(Role.ADMIN, Role.PROVINCE_OFFICER, Role.BUREAU_STAFF, Role.BUREAU_REVIEWER);
            case CITY, COUNTY -> EnumSet.of(Role.ADMIN, Role.BUREAU_STAFF, Role.BUREAU_REVIEWER);
            case SCHOOL -> EnumSet.of(Role.SCHOOL_ADMIN, Role.TEACHER);
            case INSTITUTION -> EnumSet.of(Role.INSTITUTION_STAFF, Role.PROJECT_LEAD);
        };
    }

    /** What a caller holding {@code callerRoles} may grant at a unit of {@code kind} inside their subtree. */
    public static Set<Role> grantable(Set<Role> callerRoles, OrganisationKind kind) {
        Set<Role> grantable = EnumSet.noneOf(Role.class);
        if (callerRoles.contains(Role.ADMIN)) {
            grantable.addAll(exercisableAt(kind));
        }
        if ((callerRoles.contains(Role.BUREAU_STAFF) || callerRoles.contains(Role.SCHOOL_ADMIN))
                && kind == OrganisationKind.SCHOOL) {
            grantable.add(Role.TEACHER);
        }
        return grantable;
    }

    /** Whether every one of {@code roles} may be granted by the caller at such a unit. */
    public static boolean mayGrant(Set<Role> callerRoles, OrganisationKind kind, Set<Role> roles) {
        return !roles.isEmpty() && grantable(callerRoles, kind).containsAll(roles);
    }

    /**
     * Whether the caller may see and manage an account as it is now: it holds only roles the
     * caller could have given it there. Bureau staff therefore see teachers' accounts, never a
     * colleague's or an administrator's.
     */
    public static boolean mayManage(Set<Role> callerRoles, OrganisationKind kind, Set<Role> accountRoles) {
        return mayGrant(callerRoles, kind, accountRoles);
    }

    /** Whether the caller administers more than teachers' accounts (sees every account of the subtree it may manage). */
    public static boolean administersStaff(Set<Role> callerRoles) {
        return callerRoles.contains(Role.ADMIN);
    }

    /** Whether the caller may only open and reset TEACHER accounts. */
    public static boolean teachersOnly(Set<Role> callerRoles) {
        return !callerRoles.contains(Role.ADMIN)
                && (callerRoles.contains(Role.BUREAU_STAFF) || callerRoles.contains(Role.SCHOOL_ADMIN));
    }
}
