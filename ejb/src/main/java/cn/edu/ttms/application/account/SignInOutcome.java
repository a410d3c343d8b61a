package cn.edu.ttms.application.account;

import cn.edu.ttms.domain.model.account.Role;
import java.time.Instant;
import java.util.Set;
import java.util.stream.Collectors;

/** The result of one sign-in attempt. */
public record SignInOutcome(Status status, String username, Set<Role> roles, Instant lockedUntil) {

    public enum Status { SIGNED_IN, INVALID, LOCKED }

    static SignInOutcome signedIn(String username, Set<Role> roles) {
        return new SignInOutcome(Status.SIGNED_IN, username, roles, null);
    }

    static SignInOutcome invalid(String username) {
        return new SignInOutcome(Status.INVALID, username, Set.of(), null);
    }

    static SignInOutcome locked(String username, Instant until) {
        return new SignInOutcome(Status.LOCKED, username, Set.of(), until);
    }

    public boolean succeeded() {
        return status == Status.SIGNED_IN;
    }

    /** The security groups the container maps to roles of the same name. */
    public Set<String> groups() {
        return roles.stream().map(Role::name).collect(Collectors.toSet());
    }
}
