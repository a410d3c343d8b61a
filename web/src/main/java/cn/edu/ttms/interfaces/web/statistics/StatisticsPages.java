package cn.edu.ttms.interfaces.web.statistics;

import cn.edu.ttms.application.organisation.OrganisationAdmin;
import cn.edu.ttms.application.organisation.OrganisationNode;
import cn.edu.ttms.domain.model.organisation.OrganisationKind;
import cn.edu.ttms.interfaces.web.shell.PageAccess;
import jakarta.faces.context.FacesContext;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * What the statistics pages share (issue 19): who may open them (others get 404 like any page outside
 * their roles), the units to choose from, and the UI texts outside a page (the spreadsheets).
 */
final class StatisticsPages {

    /** Who reads training statistics and targets (TrainingStatistics, TrainingTargets). */
    static final String[] READERS = {"ADMIN", "PROVINCE_OFFICER", "BUREAU_STAFF", "BUREAU_REVIEWER"};

    /** Who sets targets. */
    static final String[] SETTERS = {"ADMIN", "BUREAU_STAFF"};

    private static final String WEB_BUNDLE = "cn.edu.ttms.interfaces.web.messages";

    private StatisticsPages() {}

    static boolean allow(String... roles) {
        return PageAccess.allow(roles);
    }

    /** The caller's own unit first, then the open bureaus of its subtree, in tree order. */
    static List<OrganisationNode> units(OrganisationAdmin organisations) {
        List<OrganisationNode> all = organisations.subtree();
        return all.stream()
                .filter(n -> !n.closed())
                .filter(n -> n == all.get(0) || n.kind().isBureau() || n.kind() == OrganisationKind.SCHOOL)
                .toList();
    }

    static String web(Locale locale, String key, Object... args) {
        ResourceBundle bundle = ResourceBundle.getBundle(WEB_BUNDLE, locale, StatisticsPages.class.getClassLoader());
        String pattern = bundle.containsKey(key) ? bundle.getString(key) : key;
        return args.length == 0 ? pattern : new MessageFormat(pattern, locale).format(args);
    }

    static String domain(Locale locale, String key) {
        ResourceBundle bundle =
                ResourceBundle.getBundle("cn.edu.ttms.domain.messages", locale, StatisticsPages.class.getClassLoader());
        return bundle.containsKey(key) ? bundle.getString(key) : key;
    }

    static Locale locale() {
        FacesContext faces = FacesContext.getCurrentInstance();
        return faces == null || faces.getViewRoot() == null
                ? Locale.SIMPLIFIED_CHINESE
                : faces.getViewRoot().getLocale();
    }

    /** The page's language (the cookie the language switch sets): English when chosen, else Chinese. */
    static Locale locale(HttpServletRequest request) {
        if (request.getCookies() != null) {
            for (Cookie cookie : request.getCookies()) {
                if ("ttms-lang".equals(cookie.getName())
                        && cookie.getValue() != null
                        && cookie.getValue().toLowerCase(Locale.ROOT).startsWith("en")) {
                    return Locale.ENGLISH;
                }
            }
        }
        return Locale.SIMPLIFIED_CHINESE;
    }
}
