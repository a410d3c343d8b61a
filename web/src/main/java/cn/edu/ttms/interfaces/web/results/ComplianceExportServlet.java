package cn.edu.ttms.interfaces.web.results;

import cn.edu.ttms.application.archive.Archives;
import cn.edu.ttms.application.archive.UnitCompliance;
import cn.edu.ttms.application.sheet.ExportFormat;
import cn.edu.ttms.domain.model.compliance.RequirementRow;
import cn.edu.ttms.domain.model.shared.DomainException;
import cn.edu.ttms.infrastructure.spreadsheet.SheetHeading;
import cn.edu.ttms.infrastructure.spreadsheet.SpreadsheetWriter;
import cn.edu.ttms.interfaces.web.shell.XlsxDownload;
import jakarta.ejb.EJBException;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.TreeMap;

/**
 * The compliance page's "导出 Excel": {@code /app/results/compliance.xlsx?unit=…&cycle=…&year=…} ({@code
 * &format=csv}: CSV in GBK), one row
 * per teacher of the school or county, and one column per requirement row someone falls short in, with
 * the shortfall (0: met). A unit out of the caller's scope, or a role that may not read it, answers 404;
 * a cycle or year the policy does not have, 400.
 */
@WebServlet("/app/results/compliance.xlsx")
public class ComplianceExportServlet extends XlsxDownload {

    private static final long serialVersionUID = 1L;

    /** The request's cycle, year and language, for {@link #write}, which the base class calls with the unit only. */
    private static final ThreadLocal<Query> QUERY = new ThreadLocal<>();

    private record Query(int cycle, Integer year, Locale locale) {}

    /** A column: a requirement, and its module for module rows. */
    private record Column(RequirementRow first) {

        String key() {
            return first.requirement().name() + "/"
                    + (first.module() == null ? "" : first.module().name());
        }
    }

    @Inject
    Archives archives;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Integer cycle = number(request.getParameter("cycle"));
        String yearText = request.getParameter("year");
        Integer year = number(yearText);
        if (cycle == null || yearText != null && !yearText.isBlank() && year == null) {
            response.sendError(HttpServletResponse.SC_BAD_REQUEST);
            return;
        }
        QUERY.set(new Query(cycle, year, locale(request)));
        try {
            // the base class reads the record's id from "id": here it is the unit
            super.doGet(
                    new HttpServletRequestWrapper(request) {
                        @Override
                        public String getParameter(String name) {
                            return "id".equals(name) ? request.getParameter("unit") : super.getParameter(name);
                        }
                    },
                    response);
        } catch (DomainException | EJBException e) {
            if (!response.isCommitted()) {
                response.sendError(HttpServletResponse.SC_BAD_REQUEST);
            }
        } finally {
            QUERY.remove();
        }
    }

    @Override
    protected String write(long unitId, ExportFormat format, OutputStream out) {
        Query q = QUERY.get();
        Locale locale = q.locale();
        UnitCompliance c = archives.exportOfUnit(unitId, q.cycle(), q.year());
        TreeMap<String, Column> byKey = new TreeMap<>();
        for (UnitCompliance.TeacherStanding t : c.standings()) {
            for (RequirementRow r : t.shortfalls()) {
                byKey.putIfAbsent(new Column(r).key(), new Column(r));
            }
        }
        List<Column> columns = new ArrayList<>(byKey.values());
        columns.sort(Comparator.comparing(
                        (Column col) -> col.first().requirement().ordinal())
                .thenComparing(col ->
                        col.first().module() == null ? -1 : col.first().module().ordinal()));
        List<String> header = new ArrayList<>(List.of(
                ResultText.web(locale, "compliance.teacher"),
                ResultText.web(locale, "compliance.school"),
                ResultText.web(locale, "compliance.compliant")));
        columns.forEach(col -> header.add(
                ResultText.web(locale, "compliance.shortfallColumn", ResultText.shortLabel(col.first(), locale))));
        List<List<Object>> rows = new ArrayList<>();
        for (UnitCompliance.TeacherStanding t : c.standings()) {
            List<Object> row = new ArrayList<>(Arrays.asList(
                    t.name(), t.school(), ResultText.web(locale, t.compliant() ? "compliance.yes" : "compliance.no")));
            for (Column col : columns) {
                row.add(t.shortfalls().stream()
                        .filter(r -> new Column(r).key().equals(col.key()))
                        .map(RequirementRow::shortfall)
                        .findFirst()
                        .orElse(BigDecimal.ZERO));
            }
            rows.add(row);
        }
        try {
            new SpreadsheetWriter().write(format, SheetHeading.of(header), rows, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        String period = c.year() == null
                ? ResultText.web(
                        locale,
                        "compliance.period.cycle",
                        String.valueOf(c.cycleFirstYear()),
                        String.valueOf(c.cycleLastYear()))
                : ResultText.web(locale, "compliance.period.year", String.valueOf(c.year()));
        return ResultText.web(locale, "compliance.fileName", c.unitName(), period);
    }

    @Override
    protected String fallbackName(long id) {
        return "compliance-" + id;
    }

    private static Integer number(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return Integer.valueOf(text.strip());
        } catch (NumberFormatException e) {
            return null;
        }
    }

    /** The page's language (the cookie the language switch sets): English when chosen, else Chinese. */
    private static Locale locale(HttpServletRequest request) {
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
