package cn.edu.ttms.interfaces.web.shell;

import jakarta.faces.application.ViewHandler;
import jakarta.faces.application.ViewHandlerWrapper;
import jakarta.faces.context.FacesContext;
import java.util.Locale;

/**
 * Gives every new view the user's chosen language (Chinese unless English was picked) from the
 * start, so that messages added before rendering — by a view action, say — are in that language
 * too, not in the browser's Accept-Language. Read straight from the language cookie: this runs on
 * every request, style sheets and scripts included, and needs neither a bean lookup nor a session
 * (a language switched in this very request is set on its view by {@link LanguageBacking}).
 */
public class LanguageViewHandler extends ViewHandlerWrapper {

    public LanguageViewHandler(ViewHandler wrapped) {
        super(wrapped);
    }

    @Override
    public Locale calculateLocale(FacesContext context) {
        return LanguageBacking.fromCookie(context);
    }
}
