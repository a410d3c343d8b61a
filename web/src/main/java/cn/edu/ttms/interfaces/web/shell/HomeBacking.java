package cn.edu.ttms.interfaces.web.shell;

import cn.edu.ttms.domain.model.account.Role;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** The home page: one section per role the user holds, or the public welcome before sign-in. */
@Named
@RequestScoped
public class HomeBacking {

    public List<String> getSections() {
        ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
        List<String> sections = new ArrayList<>();
        if (external.getRemoteUser() == null) {
            sections.add("public");
            return sections;
        }
        for (Role role : Role.values()) {
            if (external.isUserInRole(role.name())) {
                sections.add(role.name().toLowerCase(Locale.ROOT));
            }
        }
        return sections;
    }
}
