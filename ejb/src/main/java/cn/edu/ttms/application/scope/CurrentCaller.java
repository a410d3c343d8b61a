package cn.edu.ttms.application.scope;

import cn.edu.ttms.domain.model.account.AccountStanding;
import cn.edu.ttms.domain.model.account.UserAccountRepository;
import cn.edu.ttms.domain.model.organisation.DataScope;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.SecurityContext;
import java.security.Principal;

/**
 * The caller of the current request, read once per request. Application services take the
 * {@link DataScope} from here, never from a parameter a client could forge.
 */
@RequestScoped
public class CurrentCaller {

    @Inject
    SecurityContext security;

    @Inject
    UserAccountRepository accounts;

    private Caller caller;

    public Caller get() {
        if (caller == null) {
            Principal principal = security.getCallerPrincipal();
            if (principal == null) {
                throw new SecurityException("no signed-in caller");
            }
            AccountStanding account = accounts.standing(principal.getName())
                    .orElseThrow(() -> new SecurityException("no account for " + principal.getName()));
            caller = new Caller(
                    account.username(),
                    account.roles(),
                    account.organisationId(),
                    account.organisationPath(),
                    account.teacherId(),
                    account.enabled(),
                    account.passwordChangeRequired());
        }
        return caller;
    }

    public DataScope scope() {
        return get().scope();
    }
}
