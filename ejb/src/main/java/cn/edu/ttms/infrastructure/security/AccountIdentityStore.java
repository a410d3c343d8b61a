package cn.edu.ttms.infrastructure.security;

import cn.edu.ttms.application.account.SignInOutcome;
import cn.edu.ttms.application.account.SignInService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStore;

/**
 * The database identity store of Jakarta Security: accounts and PBKDF2 hashes in
 * {@code user_account}, roles as groups. The checks themselves (lock-out, audit) are the
 * application's {@link SignInService}; the channel (page or API) is told by the mechanism.
 */
@ApplicationScoped
public class AccountIdentityStore implements IdentityStore {

    private static final ThreadLocal<SignInService.Channel> CHANNEL = new ThreadLocal<>();

    @Inject
    SignInService signIns;

    public CredentialValidationResult validate(UsernamePasswordCredential credential) {
        SignInService.Channel channel = CHANNEL.get() == null ? SignInService.Channel.FORM : CHANNEL.get();
        SignInOutcome outcome = signIns.signIn(credential.getCaller(), credential.getPassword().getValue(), channel);
        return outcome.succeeded()
                ? new CredentialValidationResult(outcome.username(), outcome.groups())
                : CredentialValidationResult.INVALID_RESULT;
    }

    /** Lets the mechanism say where credentials came from, for the audit trail. */
    public static <T> T via(SignInService.Channel channel, java.util.function.Supplier<T> work) {
        CHANNEL.set(channel);
        try {
            return work.get();
        } finally {
            CHANNEL.remove();
        }
    }
}
