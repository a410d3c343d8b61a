package cn.edu.ttms.application.account;

import cn.edu.ttms.domain.model.account.Role;
import java.util.Set;

/**
 * An account to open: in a unit, with roles, for a TEACHER account possibly linked to the teacher's
 * record; {@code directory} when the person signs in at the configured directory (no password here).
 */
public record NewAccount(
        String username, String displayName, long organisationId, Set<Role> roles, Long teacherId, boolean directory) {

    public NewAccount {
        roles = roles == null ? Set.of() : Set.copyOf(roles);
    }
}
