package cn.edu.ttms.application.signing;

import cn.edu.ttms.application.scope.CurrentCaller;
import cn.edu.ttms.domain.model.account.UserAccount;
import cn.edu.ttms.domain.model.account.UserAccountRepository;
import cn.edu.ttms.domain.model.organisation.DataScope;
import cn.edu.ttms.domain.model.shared.RecordNotFound;
import cn.edu.ttms.domain.model.signing.SigningPinLocks;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.io.Serializable;
import java.util.List;

/**
 * The administrator's side of the signing lock: which signers in their scope have typed wrong
 * signing PINs and are perhaps locked, and clearing a lock (say, after the signer called to say it
 * was them). A signer outside the scope is "not found", as everywhere.
 */
@Stateless
@RolesAllowed("ADMIN")
public class SigningLocks {

    @Inject
    CurrentCaller caller;

    @Inject
    UserAccountRepository accounts;

    @Inject
    SigningPinLocks locks;

    @Inject
    SigningPinAttempts attempts;

    public List<SigningLockView> inScope() {
        DataScope scope = caller.scope();
        if (scope.kind() != DataScope.Kind.SUBTREE) {
            return List.of();
        }
        return locks.withFailuresIn(scope).stream()
                .map(l -> accounts.find(l.accountId()).map(a -> SigningLockView.of(a, PinLockState.of(l))))
                .flatMap(java.util.Optional::stream)
                .toList();
    }

    public void clear(long accountId) {
        UserAccount account = accounts.find(accountId, caller.scope())
                .orElseThrow(() -> new RecordNotFound("UserAccount", accountId));
        attempts.clear(new SigningPinAttempts.Signer(
                account.id(), account.username(), account.organisation().path()));
    }

    /** A signer with wrong signing PINs counted, as the administrator sees them. */
    public record SigningLockView(
            long accountId,
            String username,
            String displayName,
            long organisationId,
            String organisationName,
            PinLockState state)
            implements Serializable {

        private static final long serialVersionUID = 1L;

        static SigningLockView of(UserAccount a, PinLockState state) {
            return new SigningLockView(
                    a.id(),
                    a.username(),
                    a.displayName(),
                    a.organisation().id(),
                    a.organisation().name(),
                    state);
        }
    }
}
