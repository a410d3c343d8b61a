package cn.edu.ttms.interfaces.web.shell;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import java.text.MessageFormat;
import java.util.ResourceBundle;

/** Faces messages from the UI bundle, by key: no text is ever written in Java. */
public final class Messages {

    private Messages() {
    }

    public static String text(FacesContext faces, String key, Object... args) {
        ResourceBundle bundle = faces.getApplication().getResourceBundle(faces, "msg");
        String pattern = bundle.containsKey(key) ? bundle.getString(key) : key;
        return args.length == 0 ? pattern : new MessageFormat(pattern, faces.getViewRoot().getLocale()).format(args);
    }

    public static void error(FacesContext faces, String clientId, String key, Object... args) {
        faces.addMessage(clientId, new FacesMessage(FacesMessage.SEVERITY_ERROR, text(faces, key, args), null));
    }

    public static void info(FacesContext faces, String clientId, String key, Object... args) {
        faces.addMessage(clientId, new FacesMessage(FacesMessage.SEVERITY_INFO, text(faces, key, args), null));
    }
}
