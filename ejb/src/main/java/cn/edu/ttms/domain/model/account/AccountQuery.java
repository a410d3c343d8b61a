package cn.edu.ttms.domain.model.account;

import cn.edu.ttms.domain.model.organisation.DataScope;
import cn.edu.ttms.domain.model.organisation.OrganisationKind;
import java.util.Map;
import java.util.Set;

/**
 * Which accounts an administrator's list shows: those in {@code scope} (the caller's subtree),
 * optionally only under {@code unitPath} (a unit filter), whose username or display name
 * contains {@code text}, and that the caller may manage — for each kind of unit, the roles the
 * caller could grant there ({@link RoleGrants#grantable}); an account holding any other role is
 * not shown.
 */
public record AccountQuery(DataScope scope, String unitPath, String text, Map<OrganisationKind, Set<Role>> manageable) {

    public AccountQuery {
        manageable = Map.copyOf(manageable);
    }

    /** The query for a caller holding {@code callerRoles}: what {@link RoleGrants#mayManage} allows, per kind of unit. */
    public static AccountQuery forCaller(Set<Role> callerRoles, DataScope scope, String unitPath, String text) {
        Map<OrganisationKind, Set<Role>> manageable = new java.util.EnumMap<>(OrganisationKind.class);
        for (OrganisationKind kind : OrganisationKind.values()) {
            Set<Role> grantable = RoleGrants.grantable(callerRoles, kind);
            if (!grantable.isEmpty()) {
                manageable.put(kind, grantable);
            }
        }
        return new AccountQuery(scope, unitPath, text, manageable);
    }
}
