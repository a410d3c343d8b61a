package cn.edu.ttms.interfaces.web.shell;

import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * A page open to some roles only: to anyone else it is a 404, exactly like a page that does not
 * exist (the API's rule for what lies outside one's reach).
 */
public final class PageAccess {

    private PageAccess() {}

    /** True when the caller holds one of the roles; else the response becomes a 404 and the page ends. */
    public static boolean allow(String... roles) {
        FacesContext faces = FacesContext.getCurrentInstance();
        ExternalContext external = faces.getExternalContext();
        for (String role : roles) {
            if (external.isUserInRole(role)) {
                return true;
            }
        }
        try {
            external.responseSendError(404, null);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        faces.responseComplete();
        return false;
    }
}
