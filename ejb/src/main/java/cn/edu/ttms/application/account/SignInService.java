package cn.edu.ttms.application.account;

import cn.edu.ttms.application.audit.AuditTrail;
import cn.edu.ttms.domain.model.account.OneTimePasswords;
import cn.edu.ttms.domain.model.account.PasswordHasher;
import cn.edu.ttms.domain.model.account.SignInLockout;
import cn.edu.ttms.domain.model.account.UserAccount;
import cn.edu.ttms.domain.model.account.UserAccountRepository;
import cn.edu.ttms.domain.model.audit.AuditAction;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.Optional;

/**
 * Checks a username and password for the identity store, with the growing lock-out of
 * {@link SignInLockout}, and records every attempt in the audit trail. The bookkeeping uses
 * single-row updates so that concurrent requests of one account never collide on its version.
 *
 * <p>The outcome is only for the audit trail and the tests: callers answer the person or system at
 * the door the same for an unknown username, a wrong password and a locked account (and each of
 * them costs one hash at today's count), so that neither the answer nor its time reveals whether a
 * username exists (docs/decisions.md, "Sign-in and accounts"). A correct password replaces a hash
 * written with fewer iterations.
 */
@Stateless
@PermitAll
public class SignInService {

    /** Hashed once so that an unknown username costs as much time as a wrong password. */
    private static volatile String decoyHash;

    @Inject
    UserAccountRepository accounts;

    @Inject
    PasswordHasher passwords;

    @Inject
    AuditTrail audit;

    public SignInOutcome signIn(String username, char[] password, Channel channel) {
        Instant now = Instant.now();
        Optional<UserAccount> found = username == null ? Optional.empty() : accounts.findByUsername(username.strip());
        if (found.isEmpty() || !found.get().enabled()) {
            passwords.matches(password, decoy());
            audit.recordAs(safe(username), AuditAction.SIGN_IN_FAILED, "UserAccount", null, null,
                    channel + ": unknown or disabled account");
            return SignInOutcome.invalid(username);
        }
        UserAccount account = found.get();
        if (account.isLockedAt(now)) {
            passwords.matches(password, decoy()); // as long as any other answer: a lock tells nothing by time
            audit.recordAs(account.username(), AuditAction.SIGN_IN_LOCKED, "UserAccount", account.id(),
                    account.organisation().path(), channel + ": locked until " + account.lockedUntil());
            return SignInOutcome.locked(account.username(), account.lockedUntil());
        }
        String wrong = check(account, password, now);
        if (wrong != null) {
            int failures = account.failedSignIns() + 1;
            Instant lockedUntil = SignInLockout.lockAfter(failures, now).orElse(null);
            accounts.recordFailedSignIn(account.id(), failures, lockedUntil);
            audit.recordAs(account.username(), AuditAction.SIGN_IN_FAILED, "UserAccount", account.id(),
                    account.organisation().path(), channel + ": " + wrong + ", " + failures + " in a row"
                            + (lockedUntil == null ? "" : ", locked until " + lockedUntil));
            return lockedUntil == null ? SignInOutcome.invalid(account.username())
                    : SignInOutcome.locked(account.username(), lockedUntil);
        }
        if (!account.hasOneTimePassword() && passwords.needsRehash(account.passwordHash())) {
            // the one moment the password is at hand: raise an old hash to today's iterations
            accounts.upgradePasswordHash(account.id(), account.passwordHash(), passwords.hash(password));
        }
        if (account.failedSignIns() > 0 || channel == Channel.FORM) {
            accounts.recordSuccessfulSignIn(account.id(), now);
        }
        audit.recordAs(account.username(), AuditAction.SIGN_IN, "UserAccount", account.id(),
                account.organisation().path(), channel.name());
        return SignInOutcome.signedIn(account.username(), account.roles());
    }

    /**
     * Why the password is not right for the account, for the audit trail; null when it is. An account
     * with a one-time password takes only that one (until it expires); the time is that of a PBKDF2
     * check either way, so a refusal does not tell which kind of account was tried.
     */
    private String check(UserAccount account, char[] password, Instant now) {
        if (account.hasOneTimePassword()) {
            if (account.oneTimePasswordExpiredAt(now)) {
                passwords.matches(password, decoy());
                return "one-time password expired " + account.oneTimePasswordExpires();
            }
            if (!OneTimePasswords.matches(password, account.oneTimePasswordHash())) {
                passwords.matches(password, decoy());
                return "wrong one-time password";
            }
            return null;
        }
        return passwords.matches(password, account.passwordHash()) ? null : "wrong password";
    }

    private String decoy() {
        if (decoyHash == null) {
            decoyHash = passwords.hash("decoy-password-0".toCharArray());
        }
        return decoyHash;
    }

    private static String safe(String username) {
        if (username == null || username.isBlank()) {
            return "(empty)";
        }
        String s = username.strip();
        return s.length() > 40 ? s.substring(0, 40) : s;
    }

    /** How the credentials arrived: the sign-in page or HTTP Basic on the API. */
    public enum Channel { FORM, API }
}
