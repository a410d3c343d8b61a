package cn.edu.ttms.application.account;

/**
 * The organisation's directory (LDAP), where people who have an account there prove their password.
 * The directory answers only "is this the person?": units and roles are always this application's.
 * An implementation answers within its configured time-outs and never throws.
 */
public interface Directory {

    /** Whether a directory is configured at all; without one, only local accounts sign in. */
    boolean configured();

    /**
     * Whether a person the directory knows, without an account here, gets a TEACHER account on first
     * sign-in when their identity number is that of a teacher in the registry who has no account yet.
     */
    boolean opensTeacherAccounts();

    /**
     * Checks a username and password at the directory. An empty password is refused without asking
     * (an LDAP bind without a password is an anonymous bind, which "succeeds").
     */
    DirectoryAnswer authenticate(String username, char[] password);
}
