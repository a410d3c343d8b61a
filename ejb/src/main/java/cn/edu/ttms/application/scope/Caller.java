package cn.edu.ttms.application.scope;

import cn.edu.ttms.domain.model.account.Role;
import cn.edu.ttms.domain.model.organisation.DataScope;
import java.util.EnumSet;
import java.util.Set;

/** The signed-in account behind a request, reduced to what decisions need. */
public record Caller(
        String username,
        Set<Role> roles,
        long organisationId,
        String organisationPath,
        Long teacherId,
        boolean enabled,
        boolean passwordChangeRequired) {

    /** A caller in good standing (tests and internal callers). */
    public Caller(String username, Set<Role> roles, long organisationId, String organisationPath, Long teacherId) {
        this(username, roles, organisationId, organisationPath, teacherId, true, false);
    }

    private static final Set<Role> SUBTREE_ROLES =
            EnumSet.of(Role.ADMIN, Role.PROVINCE_OFFICER, Role.BUREAU_STAFF, Role.BUREAU_REVIEWER, Role.SCHOOL_ADMIN);

    /** The widest scope the roles give: the organisation's subtree for staff, oneself for a teacher. */
    public DataScope scope() {
        if (roles.stream().anyMatch(SUBTREE_ROLES::contains)) {
            return DataScope.subtree(organisationPath);
        }
        if (roles.contains(Role.TEACHER) && teacherId != null) {
            return DataScope.self(teacherId);
        }
        return DataScope.none();
    }

    /** Whether the caller's unit is a top unit of the tree (no unit above it: its path has one id). */
    public boolean atTopUnit() {
        return organisationPath != null && organisationPath.matches("/[0-9]+/");
    }

    public boolean holds(Role role) {
        return roles.contains(role);
    }
}
