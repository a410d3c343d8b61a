package cn.edu.ttms.interfaces.web.shell;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import java.text.MessageFormat;
import java.util.ResourceBundle;

/** Faces messages from the UI bundle, by key: no text is ever written in Java. */
public final class Messages {

    private Messages() {}

    public static String text(FacesContext faces, String key, Object... args) {
        ResourceBundle bundle = faces.getApplication().getResourceBundle(faces, "msg");
        String pattern = bundle.containsKey(key) ? bundle.getString(key) : key;
        if (args.length == 0) {
            return pattern;
        }
        // numbers as plain text: 7205 places, not "7,205"; 2026, not "2,026"
        Object[] plain = java.util.Arrays.stream(args)
                .map(a -> a instanceof Number ? String.valueOf(a) : a)
                .toArray();
        return new MessageFormat(pattern, faces.getViewRoot().getLocale()).format(plain);
    }

    public static void error(FacesContext faces, String clientId, String key, Object... args) {
        faces.addMessage(clientId, new FacesMessage(FacesMessage.SEVERITY_ERROR, text(faces, key, args), null));
    }

    /** A business rule's refusal in the page's language (the domain's own texts). */
    public static void error(FacesContext faces, cn.edu.ttms.domain.model.shared.DomainException e) {
        faces.addMessage(
                null,
                new FacesMessage(
                        FacesMessage.SEVERITY_ERROR,
                        cn.edu.ttms.domain.model.shared.DomainMessages.of(
                                e, faces.getViewRoot().getLocale()),
                        null));
        if (e instanceof cn.edu.ttms.domain.model.shared.HasViolations listed) {
            for (var v : listed.violations()) {
                faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, violation(faces, v), null));
            }
        }
    }

    /** One of several problems (or a warning) in the page's language. */
    public static String violation(FacesContext faces, cn.edu.ttms.domain.model.shared.Violation v) {
        return cn.edu.ttms.domain.model.shared.DomainMessages.format(
                v.messageKey(), v.args(), faces.getViewRoot().getLocale());
    }

    /** A row problem of an import in the page's language. */
    public static String problem(FacesContext faces, cn.edu.ttms.application.sheet.ImportProblem p) {
        return cn.edu.ttms.domain.model.shared.DomainMessages.format(
                p.messageKey(), p.args(), faces.getViewRoot().getLocale());
    }

    public static void info(FacesContext faces, String clientId, String key, Object... args) {
        faces.addMessage(clientId, new FacesMessage(FacesMessage.SEVERITY_INFO, text(faces, key, args), null));
    }
}
