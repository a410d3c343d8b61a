package cn.edu.ttms.interfaces.web.shell;

import cn.edu.ttms.interfaces.web.security.TtmsAuthenticationMechanism;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.SecurityContext;
import jakarta.security.enterprise.authentication.mechanism.http.AuthenticationParameters;
import jakarta.security.enterprise.credential.Password;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/** The sign-in form: hands the credentials to the container's authentication mechanism. */
@Named
@RequestScoped
public class LoginBacking {

    static final String HOME = "/app/home.xhtml";

    @Inject
    SecurityContext security;

    private String username;
    private String password;
    private String continueTo;
    private String reason;

    /** Why the session ended (AccountGate): only the known reasons, never text from the address. */
    private static final java.util.Set<String> REASONS =
            java.util.Set.of("account.gone", "account.disabled", "account.changed");

    public void signIn() throws IOException {
        FacesContext faces = FacesContext.getCurrentInstance();
        ExternalContext external = faces.getExternalContext();
        AuthenticationStatus status = security.authenticate(
                (HttpServletRequest) external.getRequest(),
                (HttpServletResponse) external.getResponse(),
                AuthenticationParameters.withParams()
                        .newAuthentication(true)
                        .credential(new UsernamePasswordCredential(username, new Password(password))));
        if (status == AuthenticationStatus.SUCCESS) {
            external.redirect(external.getRequestContextPath() + safeTarget());
            faces.responseComplete();
            return;
        }
        // the same words for an unknown username, a wrong password and a locked account: the page
        // must not tell which usernames exist (docs/decisions.md); only a directory account whose
        // directory is down, and a person whose directory password was right but who has no account
        // here, are told what happened (docs/decisions.md, "Directory sign-in")
        Object refusal = external.getRequestMap().get(TtmsAuthenticationMechanism.REFUSAL);
        Messages.error(faces, null, refusal instanceof String key ? key : "login.failed");
    }

    /** Only a path inside this application: never an open redirect to another site. */
    private String safeTarget() {
        if (continueTo != null
                && continueTo.startsWith("/")
                && !continueTo.startsWith("//")
                && !continueTo.startsWith(TtmsAuthenticationMechanism.LOGIN_PAGE)
                && !continueTo.contains("\\")) {
            return continueTo;
        }
        return HOME;
    }

    public String getUsername() {
        return username;
    }

    public void setUsername(String username) {
        this.username = username;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }

    public String getReasonText() {
        if (reason == null || !REASONS.contains(reason)) {
            return null;
        }
        FacesContext faces = FacesContext.getCurrentInstance();
        return faces.getApplication().getResourceBundle(faces, "msg").getString("login.reason." + reason);
    }

    public String getContinueTo() {
        return continueTo;
    }

    public void setContinueTo(String continueTo) {
        this.continueTo = continueTo;
    }
}
