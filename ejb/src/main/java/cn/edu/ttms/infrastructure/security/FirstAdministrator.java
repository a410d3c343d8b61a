package cn.edu.ttms.infrastructure.security;

import cn.edu.ttms.application.audit.AuditActor;
import cn.edu.ttms.application.startup.DatabaseReady;
import cn.edu.ttms.domain.model.account.PasswordHasher;
import cn.edu.ttms.domain.model.account.PasswordRules;
import cn.edu.ttms.domain.model.account.Role;
import cn.edu.ttms.domain.model.account.UserAccount;
import cn.edu.ttms.domain.model.account.UserAccountRepository;
import cn.edu.ttms.domain.model.organisation.Organisation;
import cn.edu.ttms.domain.model.organisation.OrganisationKind;
import cn.edu.ttms.domain.model.organisation.OrganisationRepository;
import jakarta.annotation.Priority;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.util.Optional;
import java.util.Set;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Creates the first administrator of a production installation from configuration
 * ({@code app.admin.username}, {@code app.admin.password}, and the root unit's name
 * {@code app.admin.organisation}) when no administrator exists yet. Runs after the demo data, so
 * an installation with demo data keeps the demo {@code admin}.
 */
@Stateless
public class FirstAdministrator {

    private static final Logger LOG = Logger.getLogger(FirstAdministrator.class.getName());

    @Inject
    UserAccountRepository accounts;

    @Inject
    OrganisationRepository organisations;

    @Inject
    PasswordHasher passwords;

    @Inject
    @ConfigProperty(name = "app.admin.username")
    Optional<String> username;

    @Inject
    @ConfigProperty(name = "app.admin.password")
    Optional<String> password;

    @Inject
    @ConfigProperty(name = "app.admin.organisation", defaultValue = "省教育厅")
    String rootName;

    public void onDatabaseReady(@Observes @Priority(2000) DatabaseReady ready) {
        if (accounts.anyHolds(Role.ADMIN)) {
            return;
        }
        if (username.isEmpty() || password.isEmpty()) {
            LOG.warning("No administrator account exists. Set app.admin.username and app.admin.password"
                    + " (environment APP_ADMIN_USERNAME, APP_ADMIN_PASSWORD) and restart to create one.");
            return;
        }
        char[] secret = password.get().toCharArray();
        Optional<String> weak = PasswordRules.violation(username.get(), secret);
        if (weak.isPresent()) {
            LOG.severe("app.admin.password is too weak (" + weak.get() + "): at least " + PasswordRules.MIN_LENGTH
                    + " characters with letters and digits. No administrator created.");
            return;
        }
        AuditActor.as("first-administrator", () -> {
            Organisation root = organisations.findRoots().stream()
                    .findFirst()
                    .orElseGet(() -> organisations.store(Organisation.root(OrganisationKind.PROVINCE, rootName, null)));
            accounts.store(
                    new UserAccount(username.get(), username.get(), passwords.hash(secret), root, Set.of(Role.ADMIN)));
            return null;
        });
        LOG.info(() -> "Administrator '" + username.get() + "' created at " + rootName
                + ". Remove app.admin.password from the configuration now.");
    }
}
