package cn.edu.ttms.interfaces.web.results;

import cn.edu.ttms.application.result.ResultRow;
import cn.edu.ttms.domain.model.compliance.RequirementRow;
import cn.edu.ttms.domain.model.shared.DomainMessages;
import cn.edu.ttms.interfaces.web.shell.Times;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import java.math.BigDecimal;
import java.text.MessageFormat;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.stream.Collectors;

/**
 * How the results pages (and the compliance spreadsheet) write figures and labels: decimals plainly
 * at their own scale, moments in China time, a module split as "专业理念与师德 8.64 / 专业能力 17.28",
 * a shortfall as "专业理念与师德 学分 差 6.00". Texts from the bundles only.
 */
@Named("resultText")
@ApplicationScoped
public class ResultText {

    static final String WEB_BUNDLE = "cn.edu.ttms.interfaces.web.messages";

    public String plain(BigDecimal value) {
        return value == null ? "" : value.toPlainString();
    }

    /** Exact figures (base and performance credits) without trailing zeros, but with at least 2 places: 4.3125, 21.60. */
    public String exact(BigDecimal value) {
        if (value == null) {
            return "";
        }
        BigDecimal stripped = value.stripTrailingZeros();
        return stripped.scale() < 2
                ? value.setScale(2, java.math.RoundingMode.UNNECESSARY).toPlainString()
                : stripped.toPlainString();
    }

    public String shown(Instant at) {
        return Times.shown(at);
    }

    public String check(boolean ok) {
        return ok ? "✓" : "✗";
    }

    public String modules(List<ResultRow.ModuleShareView> modules) {
        return modules(modules, locale());
    }

    /** A compliance row's name: the requirement, and its module for module rows. */
    public String requirement(RequirementRow row) {
        Locale locale = locale();
        String name = domain(row.requirement().messageKey(), locale);
        return row.module() == null ? name : name + " · " + domain(row.module().messageKey(), locale);
    }

    public String shortfalls(List<RequirementRow> rows) {
        return shortfalls(rows, locale());
    }

    static String modules(List<ResultRow.ModuleShareView> modules, Locale locale) {
        if (modules == null) {
            return "";
        }
        return modules.stream()
                .map(m -> domain("module." + m.module(), locale) + " "
                        + (m.credits() == null ? "" : m.credits().toPlainString()))
                .collect(Collectors.joining(" / "));
    }

    /** The short name of a row in shortfall lists and spreadsheet headers: "总学时", "专业理念与师德 学分". */
    static String shortLabel(RequirementRow row, Locale locale) {
        return row.module() == null
                ? domain(row.requirement().messageKey(), locale)
                : web(locale, "compliance.moduleCredits", domain(row.module().messageKey(), locale));
    }

    static String shortfalls(List<RequirementRow> rows, Locale locale) {
        return rows.stream()
                .map(r -> web(
                        locale,
                        "compliance.shortfall",
                        shortLabel(r, locale),
                        r.shortfall().toPlainString()))
                .collect(Collectors.joining(web(locale, "compliance.separator")));
    }

    static String domain(String key, Locale locale) {
        return DomainMessages.format(key, List.of(), locale);
    }

    /** A text of the UI bundle outside a page (the spreadsheet servlet), or in one. */
    static String web(Locale locale, String key, Object... args) {
        ResourceBundle bundle = ResourceBundle.getBundle(WEB_BUNDLE, locale, ResultText.class.getClassLoader());
        String pattern = bundle.containsKey(key) ? bundle.getString(key) : key;
        return args.length == 0 ? pattern : new MessageFormat(pattern, locale).format(args);
    }

    static Locale locale() {
        FacesContext faces = FacesContext.getCurrentInstance();
        return faces == null || faces.getViewRoot() == null
                ? Locale.SIMPLIFIED_CHINESE
                : faces.getViewRoot().getLocale();
    }
}
