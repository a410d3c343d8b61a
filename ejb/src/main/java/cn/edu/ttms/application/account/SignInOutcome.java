package cn.edu.ttms.application.account;

import cn.edu.ttms.domain.model.account.Role;
import java.time.Instant;
import java.util.Set;
import java.util.stream.Collectors;

/** The result of one sign-in attempt. */
public record SignInOutcome(Status status, String username, Set<Role> roles, Instant lockedUntil) {

    public enum Status {
        SIGNED_IN,
        /** Unknown username, wrong password, disabled account: the one answer that tells nothing. */
        INVALID,
        /** Answered as INVALID at the door (a lock tells nothing either). */
        LOCKED,
        /** A directory account, and the directory cannot be reached: the person is told so. */
        DIRECTORY_UNAVAILABLE,
        /**
         * The directory knows the person and the password is right, but there is no account here (and
         * none could be opened): the person is told so, having proved their directory password.
         */
        NOT_PROVISIONED
    }

    static SignInOutcome signedIn(String username, Set<Role> roles) {
        return new SignInOutcome(Status.SIGNED_IN, username, roles, null);
    }

    static SignInOutcome invalid(String username) {
        return new SignInOutcome(Status.INVALID, username, Set.of(), null);
    }

    static SignInOutcome locked(String username, Instant until) {
        return new SignInOutcome(Status.LOCKED, username, Set.of(), until);
    }

    static SignInOutcome directoryUnavailable(String username) {
        return new SignInOutcome(Status.DIRECTORY_UNAVAILABLE, username, Set.of(), null);
    }

    static SignInOutcome notProvisioned(String username) {
        return new SignInOutcome(Status.NOT_PROVISIONED, username, Set.of(), null);
    }

    public boolean succeeded() {
        return status == Status.SIGNED_IN;
    }

    /** The security groups the container maps to roles of the same name. */
    public Set<String> groups() {
        return roles.stream().map(Role::name).collect(Collectors.toSet());
    }
}
