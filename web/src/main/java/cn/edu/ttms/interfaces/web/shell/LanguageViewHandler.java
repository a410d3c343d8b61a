package cn.edu.ttms.interfaces.web.shell;

import jakarta.enterprise.inject.spi.CDI;
import jakarta.faces.application.ViewHandler;
import jakarta.faces.application.ViewHandlerWrapper;
import jakarta.faces.context.FacesContext;
import java.util.Locale;

/**
 * Gives every new view the user's chosen language (Chinese unless English was picked) from the
 * start, so that messages added before rendering — by a view action, say — are in that language
 * too, not in the browser's Accept-Language.
 */
public class LanguageViewHandler extends ViewHandlerWrapper {

    public LanguageViewHandler(ViewHandler wrapped) {
        super(wrapped);
    }

    @Override
    public Locale calculateLocale(FacesContext context) {
        return CDI.current().select(LanguageBacking.class).get().getLocale();
    }
}
