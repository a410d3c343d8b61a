package cn.edu.ttms.application.account;

import cn.edu.ttms.domain.model.account.Role;
import cn.edu.ttms.domain.model.account.UserAccount;
import cn.edu.ttms.domain.model.organisation.OrganisationKind;
import java.io.Serializable;
import java.time.Instant;
import java.util.List;

/** An account as an administrator sees it: never a password or its hash. */
public record AccountView(
        long id,
        String username,
        String displayName,
        long organisationId,
        String organisationName,
        OrganisationKind organisationKind,
        List<Role> roles,
        boolean enabled,
        boolean locked,
        Long teacherId,
        boolean passwordChangeRequired,
        boolean directory,
        long version)
        implements Serializable {

    public static AccountView of(UserAccount a, Instant now) {
        return new AccountView(
                a.id(),
                a.username(),
                a.displayName(),
                a.organisation().id(),
                a.organisation().name(),
                a.organisation().kind(),
                a.roles().stream().sorted().toList(),
                a.enabled(),
                a.isLockedAt(now),
                a.teacherId(),
                a.passwordChangeRequired(),
                a.directoryUser(),
                a.version());
    }

    public boolean holds(Role role) {
        return roles.contains(role);
    }
}
