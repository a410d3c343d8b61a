package cn.edu.ttms.interfaces.web.results;

import cn.edu.ttms.application.result.ResultRow;
import cn.edu.ttms.domain.model.compliance.RequirementRow;
import cn.edu.ttms.domain.model.policy.Requirement;
import cn.edu.ttms.domain.model.shared.DomainMessages;
import cn.edu.ttms.interfaces.web.shell.Figures;
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
 * How the results pages (and the compliance spreadsheet) write figures and labels, through {@link
 * Figures}: hours and scores without trailing zeros, credits with two places unless whole, moments in
 * China time, a module split as "专业理念与师德 8.64 / 专业能力 17.28", a shortfall as "总学时 差 288" or
 * "专业理念与师德 学分 差 6". Texts from the bundles only.
 */
@Named("resultText")
@ApplicationScoped
public class ResultText {

    static final String WEB_BUNDLE = "cn.edu.ttms.interfaces.web.messages";

    private static final Figures FIGURES = new Figures();

    /** Hours and scores: 18, 22.5, 89.5. */
    public String plain(BigDecimal value) {
        return FIGURES.number(value);
    }

    /** Credits, also the exact base and performance credits: 45, 21.60, 25.92, 4.3125. */
    public String exact(BigDecimal value) {
        return FIGURES.credits(value);
    }

    /** Credits of a result or a sum of them: 45, 21.60, 25.92. */
    public String credits(BigDecimal value) {
        return FIGURES.credits(value);
    }

    /** A figure of a compliance row in the row's unit: hours as {@link #plain}, credits and the share as credits. */
    public String figure(RequirementRow row, BigDecimal value) {
        return figure(row.requirement(), value);
    }

    static String figure(Requirement requirement, BigDecimal value) {
        return requirement.unit() == Requirement.Unit.HOURS ? FIGURES.number(value) : FIGURES.credits(value);
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
                .map(m -> domain("module." + m.module(), locale) + " " + FIGURES.credits(m.credits()))
                .collect(Collectors.joining(" / "));
    }

    /** The short name of a row in shortfall lists and spreadsheet headers: "总学时", "专业理念与师德 学分". */
    static String shortLabel(RequirementRow row, Locale locale) {
        return row.module() == null
                ? domain(row.requirement().messageKey(), locale)
                : web(locale, "compliance.moduleCredits", domain(row.module().messageKey(), locale));
    }

    /** A column of the compliance list, named as {@link #shortLabel}. */
    static String columnLabel(cn.edu.ttms.application.archive.UnitCompliance.Column column, Locale locale) {
        return column.module() == null
                ? domain(column.requirement().messageKey(), locale)
                : web(locale, "compliance.moduleCredits", domain(column.module().messageKey(), locale));
    }

    static String shortfalls(List<RequirementRow> rows, Locale locale) {
        return rows.stream()
                .map(r -> web(
                        locale, "compliance.shortfall", shortLabel(r, locale), figure(r.requirement(), r.shortfall())))
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
