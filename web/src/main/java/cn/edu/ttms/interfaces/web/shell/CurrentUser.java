package cn.edu.ttms.interfaces.web.shell;

import cn.edu.ttms.application.account.AccountService;
import cn.edu.ttms.domain.model.account.Role;
import cn.edu.ttms.domain.model.account.UserAccount;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import java.util.Optional;

/** The signed-in person, for the layout and the menu: what the roles may do, asked in EL. */
@Named
@RequestScoped
public class CurrentUser {

    @Inject
    AccountService accounts;

    private Optional<UserAccount> account;

    private Optional<UserAccount> account() {
        if (account == null) {
            account = FacesContext.getCurrentInstance().getExternalContext().getRemoteUser() == null
                    ? Optional.empty()
                    : accounts.current();
        }
        return account;
    }

    public boolean isSignedIn() {
        return account().isPresent();
    }

    /** Still on a one-time password: the page shows why it must be changed first. */
    public boolean isPasswordChangeRequired() {
        return account().map(UserAccount::passwordChangeRequired).orElse(false);
    }

    public boolean isDirectoryUser() {
        return account().map(UserAccount::directoryUser).orElse(false);
    }

    public String getDisplayName() {
        return account().map(UserAccount::displayName).orElse("");
    }

    public String getOrganisationName() {
        return account().map(a -> a.organisation().name()).orElse("");
    }

    public List<Role> getRoles() {
        return account().map(a -> a.roles().stream().sorted().toList()).orElse(List.of());
    }

    public boolean has(String role) {
        return FacesContext.getCurrentInstance().getExternalContext().isUserInRole(role);
    }

    /** Staff who manage teachers' records: bureaus, schools, administrators. */
    public boolean isStaff() {
        return has("ADMIN")
                || has("PROVINCE_OFFICER")
                || has("BUREAU_STAFF")
                || has("BUREAU_REVIEWER")
                || has("SCHOOL_ADMIN");
    }
}
