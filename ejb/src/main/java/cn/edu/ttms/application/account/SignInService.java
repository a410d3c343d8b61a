package cn.edu.ttms.application.account;

import cn.edu.ttms.application.audit.AuditActor;
import cn.edu.ttms.application.audit.AuditTrail;
import cn.edu.ttms.domain.model.account.OneTimePasswords;
import cn.edu.ttms.domain.model.account.PasswordHasher;
import cn.edu.ttms.domain.model.account.Role;
import cn.edu.ttms.domain.model.account.SignInLockout;
import cn.edu.ttms.domain.model.account.UserAccount;
import cn.edu.ttms.domain.model.account.UserAccountRepository;
import cn.edu.ttms.domain.model.audit.AuditAction;
import cn.edu.ttms.domain.model.teacher.IdentityNumber;
import cn.edu.ttms.domain.model.teacher.Teacher;
import cn.edu.ttms.domain.model.teacher.TeacherRepository;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Optional;
import java.util.regex.Pattern;

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
 *
 * <p>Directory accounts ({@code directory_user}) are checked at the {@link Directory} only, with the
 * same lock-out; local accounts are checked here only, so they sign in while the directory is down.
 * Two answers differ from the generic one (docs/decisions.md, "Directory sign-in"): a directory
 * account whose directory cannot be reached, and a person whose directory password is right but who
 * has no account here.
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

    @Inject
    Directory directory;

    @Inject
    TeacherRepository teachers;

    /** What UserAccount takes as a username: an account opened at sign-in must fit it. */
    private static final Pattern USERNAME = Pattern.compile("[a-z0-9][a-z0-9._-]{1,39}");

    /**
     * What a remembered API credential is checked against on every request (a cheap read instead of the slow
     * password hash): the account's version and lock ({@link UserAccountRepository#credentialStamp}), or -1 for no
     * such account.
     */
    public long credentialStamp(String username) {
        return username == null
                ? -1
                : accounts.credentialStamp(username.strip()).orElse(-1);
    }

    public SignInOutcome signIn(String username, char[] password, Channel channel) {
        Instant now = Instant.now();
        String name = username == null ? "" : username.strip();
        Optional<UserAccount> found = name.isEmpty() ? Optional.empty() : accounts.findByUsername(name);
        if (found.isEmpty()) {
            return withoutAccount(name, password, channel, now);
        }
        UserAccount account = found.get();
        if (!account.enabled()) {
            passwords.matches(password, decoy());
            audit.recordAs(
                    safe(username),
                    AuditAction.SIGN_IN_FAILED,
                    "UserAccount",
                    null,
                    null,
                    channel + ": unknown or disabled account");
            return SignInOutcome.invalid(username);
        }
        if (account.isLockedAt(now)) {
            passwords.matches(password, decoy()); // as long as any other answer: a lock tells nothing by time
            audit.recordAs(
                    account.username(),
                    AuditAction.SIGN_IN_LOCKED,
                    "UserAccount",
                    account.id(),
                    account.organisation().path(),
                    channel + ": locked until " + account.lockedUntil());
            return SignInOutcome.locked(account.username(), account.lockedUntil());
        }
        String wrong;
        if (account.directoryUser()) {
            DirectoryAnswer answer = directory.authenticate(account.username(), password);
            if (answer.status() == DirectoryAnswer.Status.UNAVAILABLE) {
                // says nothing about the password: no failure counted, and the person is told why
                audit.recordAs(
                        account.username(),
                        AuditAction.SIGN_IN_FAILED,
                        "UserAccount",
                        account.id(),
                        account.organisation().path(),
                        channel + ": directory unavailable: " + answer.reason());
                return SignInOutcome.directoryUnavailable(account.username());
            }
            if (answer.status() == DirectoryAnswer.Status.REFUSED) {
                passwords.matches(password, decoy()); // as long as a wrong local password
                wrong = "directory refused: " + answer.reason();
            } else {
                wrong = null;
            }
        } else {
            wrong = check(account, password, now);
        }
        if (wrong != null) {
            int failures = account.failedSignIns() + 1;
            Instant lockedUntil = SignInLockout.lockAfter(failures, now).orElse(null);
            accounts.recordFailedSignIn(account.id(), failures, lockedUntil);
            audit.recordAs(
                    account.username(),
                    AuditAction.SIGN_IN_FAILED,
                    "UserAccount",
                    account.id(),
                    account.organisation().path(),
                    channel + ": " + wrong + ", " + failures + " in a row"
                            + (lockedUntil == null ? "" : ", locked until " + lockedUntil));
            return lockedUntil == null
                    ? SignInOutcome.invalid(account.username())
                    : SignInOutcome.locked(account.username(), lockedUntil);
        }
        if (!account.directoryUser()
                && !account.hasOneTimePassword()
                && passwords.needsRehash(account.passwordHash())) {
            // the one moment the password is at hand: raise an old hash to today's iterations
            accounts.upgradePasswordHash(account.id(), account.passwordHash(), passwords.hash(password));
        }
        return signedIn(account, channel, now, account.directoryUser() ? " (directory)" : "");
    }

    private SignInOutcome signedIn(UserAccount account, Channel channel, Instant now, String note) {
        if (account.failedSignIns() > 0 || channel == Channel.FORM) {
            accounts.recordSuccessfulSignIn(account.id(), now);
        }
        audit.recordAs(
                account.username(),
                AuditAction.SIGN_IN,
                "UserAccount",
                account.id(),
                account.organisation().path(),
                channel.name() + note);
        return SignInOutcome.signedIn(account.username(), account.roles());
    }

    /**
     * A username with no account here. With a directory configured, the directory is asked: a person
     * it knows is told that there is no account for them here, or (when configured) gets a TEACHER
     * account if the directory's identity number is a teacher's who has none. Everything else
     * (refused, or the directory unreachable) is the one answer of an unknown username, at the cost of
     * one hash, so that local usernames cannot be told apart from names nobody has.
     */
    private SignInOutcome withoutAccount(String name, char[] password, Channel channel, Instant now) {
        if (name.isEmpty() || !directory.configured()) {
            passwords.matches(password, decoy());
            audit.recordAs(
                    safe(name),
                    AuditAction.SIGN_IN_FAILED,
                    "UserAccount",
                    null,
                    null,
                    channel + ": unknown or disabled account");
            return SignInOutcome.invalid(name);
        }
        DirectoryAnswer answer = directory.authenticate(name, password);
        if (answer.status() != DirectoryAnswer.Status.AUTHENTICATED) {
            passwords.matches(password, decoy());
            audit.recordAs(
                    safe(name),
                    AuditAction.SIGN_IN_FAILED,
                    "UserAccount",
                    null,
                    null,
                    channel + ": unknown account; directory "
                            + (answer.status() == DirectoryAnswer.Status.REFUSED ? "refused: " : "unavailable: ")
                            + answer.reason());
            return SignInOutcome.invalid(name);
        }
        String whyNot = directory.opensTeacherAccounts() ? null : "no account here (app.ldap.create-teachers is off)";
        Teacher teacher = null;
        if (whyNot == null) {
            teacher = teacherOf(answer).orElse(null);
            if (teacher == null) {
                whyNot = answer.identityNumber() == null
                        ? "no account here, and no identity number in the directory"
                        : "no account here, and the directory's identity number is no teacher's in the registry";
            } else if (!accounts.ofTeacher(teacher.id()).isEmpty()) {
                whyNot = "no account of this name here; teacher #" + teacher.id() + " has an account of another name";
            } else if (!USERNAME.matcher(name).matches()) {
                whyNot = "the username cannot be one here (2-40 lower-case letters, digits, . _ -)";
            }
        }
        if (whyNot != null) {
            audit.recordAs(
                    safe(name),
                    AuditAction.SIGN_IN_FAILED,
                    "UserAccount",
                    null,
                    null,
                    channel + ": directory password right, " + whyNot);
            return SignInOutcome.notProvisioned(name);
        }
        String displayName = answer.displayName() == null ? teacher.name() : clip(answer.displayName(), 80);
        UserAccount account = UserAccount.ofDirectory(
                name, displayName, teacher.school(), EnumSet.of(Role.TEACHER), "directory", now);
        account.linkTeacher(teacher.id());
        AuditActor.as(name, () -> {
            accounts.store(account);
            accounts.flush(); // the account's audit entry is written now, under the person's name
            return account;
        });
        return signedIn(
                account,
                channel,
                now,
                " (directory; TEACHER account opened for teacher #" + teacher.id() + " at "
                        + teacher.school().name() + ")");
    }

    private Optional<Teacher> teacherOf(DirectoryAnswer answer) {
        if (answer.identityNumber() == null) {
            return Optional.empty();
        }
        String number;
        try {
            number = IdentityNumber.of(answer.identityNumber()).value(); // a lower-case x or full-width digits too
        } catch (RuntimeException e) {
            return Optional.empty();
        }
        return teachers.withIdentityNumber(number);
    }

    private static String clip(String text, int max) {
        return text.length() > max ? text.substring(0, max) : text;
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
    public enum Channel {
        FORM,
        API
    }
}
