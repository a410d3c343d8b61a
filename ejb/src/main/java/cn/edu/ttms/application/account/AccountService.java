package cn.edu.ttms.application.account;

import cn.edu.ttms.application.audit.AuditTrail;
import cn.edu.ttms.domain.model.account.OneTimePasswords;
import cn.edu.ttms.domain.model.account.PasswordHasher;
import cn.edu.ttms.domain.model.account.PasswordRules;
import cn.edu.ttms.domain.model.account.UserAccount;
import cn.edu.ttms.domain.model.account.UserAccountRepository;
import cn.edu.ttms.domain.model.audit.AuditAction;
import cn.edu.ttms.domain.model.shared.Invalid;
import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.Optional;

/** The signed-in person's own account. */
@Stateless
@PermitAll
public class AccountService {

    @Inject
    UserAccountRepository accounts;

    @Inject
    PasswordHasher passwords;

    @Inject
    AuditTrail audit;

    @Resource
    SessionContext session;

    @Inject
    jakarta.enterprise.event.Event<PasswordChanged> changed;

    public Optional<UserAccount> current() {
        return accounts.findByUsername(session.getCallerPrincipal().getName());
    }

    /**
     * Changes the caller's password; the current one (or, for an account opened or reset by an
     * administrator, the one-time password) must be given again. The one-time password is then used up.
     */
    public void changePassword(char[] current, char[] next) {
        UserAccount account = current().orElseThrow(() -> new AccountProblem("password.noAccount"));
        if (account.directoryUser()) {
            throw new AccountProblem("password.directory");
        }
        boolean right = account.hasOneTimePassword()
                ? !account.oneTimePasswordExpiredAt(java.time.Instant.now())
                        && OneTimePasswords.matches(current, account.oneTimePasswordHash())
                : passwords.matches(current, account.passwordHash());
        if (!right) {
            audit.refusal(
                    AuditAction.PASSWORD_CHANGE_REFUSED,
                    "UserAccount",
                    account.id(),
                    account.organisation().path(),
                    "current password wrong");
            throw new AccountProblem("password.currentWrong");
        }
        if (account.hasOneTimePassword() && OneTimePasswords.matches(next, account.oneTimePasswordHash())) {
            throw new AccountProblem("password.sameAsOneTime");
        }
        PasswordRules.violation(account.username(), next).ifPresent(key -> {
            throw new AccountProblem(key);
        });
        account.changePasswordHash(passwords.hash(next));
        audit.record(
                AuditAction.PASSWORD_CHANGED,
                "UserAccount",
                account.id(),
                account.organisation().path(),
                null);
        changed.fire(new PasswordChanged(account.username()));
    }

    /** A refusal about the caller's account, with the message key for the UI. */
    public static class AccountProblem extends Invalid {
        private static final long serialVersionUID = 1L;

        public AccountProblem(String messageKey) {
            super(messageKey, messageKey);
        }
    }
}
