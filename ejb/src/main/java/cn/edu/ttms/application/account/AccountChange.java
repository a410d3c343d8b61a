package cn.edu.ttms.application.account;

import cn.edu.ttms.domain.model.account.Role;
import java.util.Set;

/**
 * What an administrator sets on an account: the whole of it again ({@code PUT}); {@code version},
 * when given, is the one that was read, and a newer one is refused naming who changed it.
 */
public record AccountChange(String displayName, long organisationId, Set<Role> roles, boolean enabled, Long version) {

    public AccountChange {
        roles = roles == null ? Set.of() : Set.copyOf(roles);
    }
}
