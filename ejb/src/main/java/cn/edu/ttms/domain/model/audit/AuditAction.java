package cn.edu.ttms.domain.model.audit;

/** What an audit entry records. */
public enum AuditAction {
    CREATE,
    UPDATE,
    DELETE,
    SIGN_IN,
    SIGN_IN_FAILED,
    SIGN_IN_LOCKED,
    SIGN_OUT,
    PASSWORD_CHANGED,
    /** Staff opened a teacher's personal record. */
    VIEW,
    /** Personal data left the system in a file. */
    EXPORT,
    IMPORT,
    /** A wrong signing PIN (counted towards the signing lock). */
    SIGNING_PIN_FAILED,
    /** A signature refused because signing is locked after wrong PINs. */
    SIGNING_LOCKED,
    /** An administrator cleared a signer's signing lock. */
    SIGNING_UNLOCKED,
    /** An import refused whole or failed: nothing was imported. */
    IMPORT_REFUSED,
    /** A password change refused because the current (or one-time) password was wrong. */
    PASSWORD_CHANGE_REFUSED,
    /** An administrator handed out a one-time password (new account or reset). */
    PASSWORD_RESET,
    /** An administrator lifted a sign-in lock. */
    ACCOUNT_UNLOCKED,
    /** A request refused because it would give or reach more than the caller may (roles, units, accounts). */
    ACCESS_REFUSED,
    /** Accounts opened in bulk for the teachers of a unit. */
    ACCOUNTS_OPENED,
    /** A copy of the whole database was written (an administrator's backup of the embedded database). */
    BACKUP;

    public String messageKey() {
        return "audit.action." + name();
    }
}
