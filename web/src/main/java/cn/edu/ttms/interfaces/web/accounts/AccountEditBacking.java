package cn.edu.ttms.interfaces.web.accounts;

import cn.edu.ttms.application.account.AccountAdministration;
import cn.edu.ttms.application.account.AccountAdministration.GrantableUnit;
import cn.edu.ttms.application.account.AccountChange;
import cn.edu.ttms.application.account.AccountView;
import cn.edu.ttms.application.account.NewAccount;
import cn.edu.ttms.application.account.OpenedAccount;
import cn.edu.ttms.domain.model.account.Role;
import cn.edu.ttms.domain.model.shared.DomainException;
import cn.edu.ttms.interfaces.web.shell.Messages;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * app/accounts/edit.xhtml: opens an account (without {@code id}) or changes one. The unit picker
 * offers the units of the caller's subtree where it may give a role, the role boxes only what it
 * may give at the chosen unit; the service checks both again. A new account's one-time password is
 * shown once, in a dialog.
 */
@Named
@ViewScoped
public class AccountEditBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    AccountAdministration administration;

    private Long id;
    private AccountView account;
    private List<GrantableUnit> units;
    private String username;
    private String displayName;
    private Long unitId;
    private Role[] roles = new Role[0];
    private boolean enabled = true;
    private Long teacherId;
    private boolean directory;
    private String oneTimePassword;

    /** The f:viewAction: the account to change, or an empty form for a new one. */
    public void load() {
        units = administration.units();
        if (id == null) {
            if (unitId == null && !units.isEmpty()) {
                unitId = units.get(0).id();
            }
            return;
        }
        try {
            account = administration.get(id);
            username = account.username();
            displayName = account.displayName();
            unitId = account.organisationId();
            roles = account.roles().toArray(Role[]::new);
            enabled = account.enabled();
            teacherId = account.teacherId();
            directory = account.directory();
        } catch (DomainException e) {
            Messages.error(FacesContext.getCurrentInstance(), e);
        }
    }

    /** The unit changed: roles that cannot be given there are dropped. */
    public void unitChanged() {
        Set<Role> grantable = Set.copyOf(getGrantable());
        roles = Arrays.stream(roles).filter(grantable::contains).toArray(Role[]::new);
    }

    public void save() {
        FacesContext faces = FacesContext.getCurrentInstance();
        if (roles.length == 0) {
            Messages.error(faces, "account:roles", "accounts.roles.required");
            return;
        }
        try {
            if (account == null) {
                OpenedAccount opened = administration.open(new NewAccount(
                        username, displayName, unitId, EnumSet.copyOf(Arrays.asList(roles)), teacherId, directory));
                account = opened.account();
                id = account.id();
                oneTimePassword = opened.initialPassword();
                Messages.info(faces, null, "accounts.created", account.username());
            } else {
                account = administration.change(
                        account.id(),
                        new AccountChange(
                                displayName, unitId, EnumSet.copyOf(Arrays.asList(roles)), enabled, account.version()));
                Messages.info(faces, null, "accounts.saved", account.username());
            }
        } catch (DomainException e) {
            Messages.error(faces, e);
        }
    }

    public void resetPassword() {
        FacesContext faces = FacesContext.getCurrentInstance();
        try {
            oneTimePassword = administration.resetPassword(account.id());
            account = administration.get(account.id());
        } catch (DomainException e) {
            Messages.error(faces, e);
        }
    }

    /** What the caller may give at the chosen unit. */
    public List<Role> getGrantable() {
        if (unitId == null || units == null) {
            return List.of();
        }
        return units.stream()
                .filter(u -> u.id() == unitId)
                .findFirst()
                .map(GrantableUnit::grantable)
                .orElse(List.of());
    }

    /** Whether a TEACHER account can be opened at the chosen unit (then a teacher's record may be linked). */
    public boolean isTeacherGrantable() {
        return getGrantable().contains(Role.TEACHER);
    }

    public boolean isCreating() {
        return account == null;
    }

    public List<GrantableUnit> getUnits() {
        return units;
    }

    public AccountView getAccount() {
        return account;
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public String getUsername() {
        return username;
    }

    public void setUsername(String username) {
        this.username = username == null ? null : username.strip();
    }

    public String getDisplayName() {
        return displayName;
    }

    public void setDisplayName(String displayName) {
        this.displayName = displayName;
    }

    public Long getUnitId() {
        return unitId;
    }

    public void setUnitId(Long unitId) {
        this.unitId = unitId;
    }

    public Role[] getRoles() {
        return roles;
    }

    public void setRoles(Role[] roles) {
        this.roles = roles == null ? new Role[0] : roles;
    }

    public boolean isEnabled() {
        return enabled;
    }

    public void setEnabled(boolean enabled) {
        this.enabled = enabled;
    }

    public Long getTeacherId() {
        return teacherId;
    }

    public void setTeacherId(Long teacherId) {
        this.teacherId = teacherId;
    }

    public boolean isDirectory() {
        return directory;
    }

    public void setDirectory(boolean directory) {
        this.directory = directory;
    }

    public String getOneTimePassword() {
        return oneTimePassword;
    }

    public void closePassword() {
        oneTimePassword = null;
    }
}
