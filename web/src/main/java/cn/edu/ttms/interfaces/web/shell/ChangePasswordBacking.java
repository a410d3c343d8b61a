package cn.edu.ttms.interfaces.web.shell;

import cn.edu.ttms.application.account.AccountService;
import cn.edu.ttms.domain.model.shared.DomainException;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/** app/account/password.xhtml: the signed-in person changes their own password. */
@Named
@RequestScoped
public class ChangePasswordBacking {

    @Inject
    AccountService accounts;

    private String current;
    private String next;
    private String repeat;

    public void save() throws java.io.IOException {
        FacesContext faces = FacesContext.getCurrentInstance();
        if (!next.equals(repeat)) {
            Messages.error(faces, null, "password.mismatch");
            return;
        }
        try {
            boolean firstTime =
                    accounts.current().map(a -> a.passwordChangeRequired()).orElse(false);
            accounts.changePassword(current.toCharArray(), next.toCharArray());
            Messages.info(faces, null, "password.changed");
            if (firstTime) {
                // the one-time password is used up: on to what the person came for
                faces.getExternalContext().getFlash().setKeepMessages(true);
                faces.getExternalContext()
                        .redirect(faces.getExternalContext().getRequestContextPath() + LoginBacking.HOME);
                faces.responseComplete();
            }
        } catch (DomainException e) {
            Messages.error(faces, null, e.messageKey());
        }
    }

    public String getCurrent() {
        return current;
    }

    public void setCurrent(String current) {
        this.current = current;
    }

    public String getNext() {
        return next;
    }

    public void setNext(String next) {
        this.next = next;
    }

    public String getRepeat() {
        return repeat;
    }

    public void setRepeat(String repeat) {
        this.repeat = repeat;
    }
}
