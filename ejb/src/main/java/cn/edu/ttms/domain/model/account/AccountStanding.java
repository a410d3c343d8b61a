package cn.edu.ttms.domain.model.account;

import java.util.Set;

/**
 * What a request needs to know of the account behind it — its roles, its organisation and the
 * teacher it belongs to, whether it is still enabled and whether it must first choose a password —
 * read in one statement, without building the account itself.
 */
public record AccountStanding(
        String username,
        Set<Role> roles,
        long organisationId,
        String organisationPath,
        Long teacherId,
        boolean enabled,
        boolean passwordChangeRequired) {

    public AccountStanding {
        roles = Set.copyOf(roles);
    }
}
