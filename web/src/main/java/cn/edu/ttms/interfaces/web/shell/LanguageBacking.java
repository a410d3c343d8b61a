package cn.edu.ttms.interfaces.web.shell;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import jakarta.servlet.http.Cookie;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The language of the UI. Chinese (zh-CN) unless the user chose English: the browser's
 * Accept-Language is deliberately not followed, because bureau PCs often run English-language
 * browsers while their users expect the Chinese UI. The choice is kept in a cookie for a year.
 *
 * <p>Request-scoped and read from that cookie on every request, never from the session: the view
 * handler asks for the locale on every request, style sheets and scripts included, and a
 * session-scoped bean made each of them start a session. One that still carried the session id from
 * before sign-in (the id changes at sign-in) then set a new, anonymous session cookie over the
 * signed-in one, and the user found the sign-in page again.
 */
@Named("language")
@RequestScoped
public class LanguageBacking {
    static final String COOKIE = "ttms-lang";
    static final Locale DEFAULT = Locale.SIMPLIFIED_CHINESE;
    static final List<Locale> SUPPORTED = List.of(Locale.SIMPLIFIED_CHINESE, Locale.ENGLISH);

    private Locale locale;

    public Locale getLocale() {
        if (locale == null) {
            locale = fromCookie();
        }
        return locale;
    }

    /** The language tag for the {@code lang} attribute of the page. */
    public String getTag() {
        return getLocale().toLanguageTag();
    }

    public boolean isChinese() {
        return "zh".equals(getLocale().getLanguage());
    }

    public void switchTo(String tag) {
        Locale chosen = SUPPORTED.stream()
                .filter(l -> l.toLanguageTag().equalsIgnoreCase(tag))
                .findFirst()
                .orElse(DEFAULT);
        this.locale = chosen;
        FacesContext faces = FacesContext.getCurrentInstance();
        faces.getViewRoot().setLocale(chosen);
        faces.getExternalContext()
                .addResponseCookie(
                        COOKIE,
                        chosen.toLanguageTag(),
                        Map.of("maxAge", 365 * 24 * 3600, "path", "/", "httpOnly", Boolean.TRUE));
    }

    private static Locale fromCookie() {
        FacesContext faces = FacesContext.getCurrentInstance();
        return faces == null ? DEFAULT : fromCookie(faces);
    }

    /** The language the request's cookie asks for, or Chinese. */
    static Locale fromCookie(FacesContext faces) {
        ExternalContext external = faces.getExternalContext();
        Object cookie = external.getRequestCookieMap().get(COOKIE);
        if (cookie instanceof Cookie c) {
            return SUPPORTED.stream()
                    .filter(l -> l.toLanguageTag().equalsIgnoreCase(c.getValue()))
                    .findFirst()
                    .orElse(DEFAULT);
        }
        return DEFAULT;
    }
}
