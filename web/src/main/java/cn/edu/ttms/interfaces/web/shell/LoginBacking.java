package cn.edu.ttms.interfaces.web.shell;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import java.util.ResourceBundle;

/**
 * The sign-in form. Until the identity store arrives (issue "Organisations, people, sign-in")
 * the form only tells the user that sign-in is not yet available.
 */
@Named
@RequestScoped
public class LoginBacking {

    public String signIn() {
        FacesContext faces = FacesContext.getCurrentInstance();
        ResourceBundle bundle = faces.getApplication().getResourceBundle(faces, "msg");
        faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO,
                bundle.getString("login.unavailable"), null));
        return null;
    }
}
