package cn.edu.ttms.interfaces.web.accounts;

import cn.edu.ttms.application.account.AccountAdministration;
import cn.edu.ttms.application.account.AccountAdministration.GrantableUnit;
import cn.edu.ttms.application.account.AccountChange;
import cn.edu.ttms.application.account.AccountView;
import cn.edu.ttms.domain.model.shared.DomainException;
import cn.edu.ttms.interfaces.web.shell.Messages;
import cn.edu.ttms.interfaces.web.shell.PagedModel;
import jakarta.annotation.PostConstruct;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.EnumSet;
import java.util.List;
import org.primefaces.model.LazyDataModel;

/**
 * app/accounts/list.xhtml: the accounts the caller manages (an administrator those of its subtree,
 * bureau staff and principals the teachers'), with search, a unit filter, and the quick actions:
 * disable or enable, unlock, reset the password (the new one-time password shown once).
 */
@Named
@ViewScoped
public class AccountListBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    AccountAdministration administration;

    private String text;
    private Long unitId;
    private List<GrantableUnit> units;
    private LazyDataModel<AccountView> accounts;
    private String oneTimePassword;
    private String oneTimePasswordFor;

    @PostConstruct
    void init() {
        units = administration.units();
        accounts = new PagedModel<>(
                (first, max) -> administration.list(text, unitId, first, max),
                () -> administration.count(text, unitId),
                AccountView::id);
    }

    public void resetPassword(AccountView account) {
        act(
                () -> {
                    oneTimePassword = administration.resetPassword(account.id());
                    oneTimePasswordFor = account.username();
                },
                null,
                account);
    }

    public void unlock(AccountView account) {
        act(() -> administration.unlock(account.id()), "accounts.unlocked", account);
    }

    public void toggle(AccountView account) {
        act(
                () -> administration.change(
                        account.id(),
                        new AccountChange(
                                account.displayName(),
                                account.organisationId(),
                                EnumSet.copyOf(account.roles()),
                                !account.enabled(),
                                account.version())),
                account.enabled() ? "accounts.disabledDone" : "accounts.enabledDone",
                account);
    }

    public void closePassword() {
        oneTimePassword = null;
        oneTimePasswordFor = null;
    }

    private void act(Runnable action, String doneKey, AccountView account) {
        FacesContext faces = FacesContext.getCurrentInstance();
        try {
            action.run();
            if (doneKey != null) {
                Messages.info(faces, null, doneKey, account.username());
            }
        } catch (DomainException e) {
            Messages.error(faces, e);
        }
    }

    public List<GrantableUnit> getUnits() {
        return units;
    }

    public LazyDataModel<AccountView> getAccounts() {
        return accounts;
    }

    public String getText() {
        return text;
    }

    public void setText(String text) {
        this.text = text;
    }

    public Long getUnitId() {
        return unitId;
    }

    public void setUnitId(Long unitId) {
        this.unitId = unitId;
    }

    public String getOneTimePassword() {
        return oneTimePassword;
    }

    public String getOneTimePasswordFor() {
        return oneTimePasswordFor;
    }
}
