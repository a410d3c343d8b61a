package cn.edu.ttms.application.account;

import java.util.Objects;

/**
 * What the directory said to a username and password.
 *
 * @param status what it means for the sign-in
 * @param displayName the person's name as the directory holds it (only when authenticated; may be null)
 * @param identityNumber the identity number attribute, when configured and present (only when authenticated)
 * @param reason why it was refused or not reachable, for the audit trail only (never shown to the person)
 */
public record DirectoryAnswer(Status status, String displayName, String identityNumber, String reason) {

    public enum Status {
        /** The directory knows the username and the password is right. */
        AUTHENTICATED,
        /** A wrong password or a username the directory does not know: the same answer for both. */
        REFUSED,
        /** Down, too slow, or misconfigured: nothing can be said about the password. */
        UNAVAILABLE
    }

    public DirectoryAnswer {
        Objects.requireNonNull(status, "status");
    }

    public static DirectoryAnswer authenticated(String displayName, String identityNumber) {
        return new DirectoryAnswer(Status.AUTHENTICATED, displayName, identityNumber, null);
    }

    public static DirectoryAnswer refused(String reason) {
        return new DirectoryAnswer(Status.REFUSED, null, null, reason);
    }

    public static DirectoryAnswer unavailable(String reason) {
        return new DirectoryAnswer(Status.UNAVAILABLE, null, null, reason);
    }
}
