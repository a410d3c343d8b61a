package cn.edu.ttms.interfaces.web.security;

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
    private static final ThreadLocal<SignInOutcome.Status> REFUSED_AS = new ThreadLocal<>();

    @Inject
    SignInService signIns;

    public CredentialValidationResult validate(UsernamePasswordCredential credential) {
        SignInService.Channel channel = CHANNEL.get() == null ? SignInService.Channel.FORM : CHANNEL.get();
        SignInOutcome outcome =
                signIns.signIn(credential.getCaller(), credential.getPassword().getValue(), channel);
        if (!outcome.succeeded() && CHANNEL.get() != null) {
            REFUSED_AS.set(outcome.status());
        }
        return outcome.succeeded()
                ? new CredentialValidationResult(outcome.username(), outcome.groups())
                : CredentialValidationResult.INVALID_RESULT;
    }

    /** Lets the mechanism say where credentials came from, for the audit trail. */
    public static <T> T via(SignInService.Channel channel, java.util.function.Supplier<T> work) {
        CHANNEL.set(channel);
        REFUSED_AS.remove();
        try {
            return work.get();
        } finally {
            CHANNEL.remove();
        }
    }

    /**
     * Why the last {@link #via} on this thread was refused, and forgets it: the mechanism tells a
     * directory that cannot be reached and a directory user without an account apart from the rest.
     */
    public static SignInOutcome.Status lastRefusal() {
        SignInOutcome.Status status = REFUSED_AS.get();
        REFUSED_AS.remove();
        return status;
    }
}
