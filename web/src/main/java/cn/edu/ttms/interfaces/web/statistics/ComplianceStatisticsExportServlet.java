package cn.edu.ttms.interfaces.web.statistics;

import cn.edu.ttms.application.sheet.ExportFormat;
import cn.edu.ttms.application.statistics.ComplianceFigures;
import cn.edu.ttms.application.statistics.ComplianceStatistics;
import cn.edu.ttms.application.statistics.ComplianceTeacherList;
import cn.edu.ttms.domain.model.shared.DomainException;
import cn.edu.ttms.domain.model.shared.DomainMessages;
import cn.edu.ttms.domain.model.shared.RecordNotFound;
import cn.edu.ttms.infrastructure.spreadsheet.SheetHeading;
import cn.edu.ttms.infrastructure.spreadsheet.SpreadsheetWriter;
import cn.edu.ttms.interfaces.web.shell.XlsxDownload;
import jakarta.ejb.AccessLocalException;
import jakarta.ejb.EJBAccessException;
import jakarta.ejb.EJBException;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.ResourceBundle;
import java.util.stream.Collectors;

/**
 * The tables of 达标率统计 as spreadsheets: {@code /app/statistics/compliance.xlsx?unit=…&cycle=…&year=…&table=…}
 * with {@code table} one of {@code children}, {@code stage}, {@code subject}, {@code designation},
 * {@code failing}, {@code teachers} ({@code &format=csv}: CSV in GBK). Chinese (or English) headings, counts
 * and rates as number cells. A unit out of scope, or a role that may not read it, answers 404; a bad cycle,
 * year or table 400. The teacher list discloses each teacher and is recorded as an export for each.
 */
@WebServlet("/app/statistics/compliance.xlsx")
public class ComplianceStatisticsExportServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    private static final String WEB_BUNDLE = "cn.edu.ttms.interfaces.web.messages";

    static final List<String> TABLES = List.of("children", "stage", "subject", "designation", "failing", "teachers");

    @Inject
    ComplianceStatistics statistics;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Optional<ExportFormat> format = XlsxDownload.format(request);
        String table = request.getParameter("table");
        Long unit = number(request.getParameter("unit"));
        Integer cycle = integer(request.getParameter("cycle"));
        String yearText = request.getParameter("year");
        Integer year = integer(yearText);
        if (format.isEmpty()
                || !TABLES.contains(table)
                || unit == null
                || yearText != null && !yearText.isBlank() && year == null) {
            response.sendError(HttpServletResponse.SC_BAD_REQUEST);
            return;
        }
        Locale locale = locale(request);
        ByteArrayOutputStream file = new ByteArrayOutputStream();
        String name;
        try {
            name = write(table, unit, cycle, year, locale, format.get(), file);
        } catch (RecordNotFound | EJBAccessException | AccessLocalException e) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        } catch (DomainException | EJBException e) {
            response.sendError(HttpServletResponse.SC_BAD_REQUEST);
            return;
        }
        XlsxDownload.send(response, format.get(), "compliance-statistics-" + unit + "-" + table, name, file);
    }

    private String write(
            String table,
            long unit,
            Integer cycle,
            Integer year,
            Locale locale,
            ExportFormat format,
            ByteArrayOutputStream out)
            throws IOException {
        List<String> header;
        List<List<Object>> rows = new ArrayList<>();
        String unitName;
        int cycleStart;
        if (table.equals("teachers")) {
            ComplianceTeacherList list = statistics.exportTeachers(unit, cycle, year);
            unitName = list.unitName();
            cycleStart = list.cycleStart();
            header = List.of(
                    web(locale, "compliance.teacher"),
                    web(locale, "compliance.school"),
                    web(locale, "compliance.compliant"),
                    web(locale, "compliance.shortfalls"));
            for (ComplianceTeacherList.Item i : list.items()) {
                rows.add(List.of(
                        i.name(),
                        i.school(),
                        web(locale, i.compliant() ? "compliance.yes" : "compliance.no"),
                        i.shortfalls().stream()
                                .map(r -> ComplianceStatisticsBacking.label(r, locale))
                                .collect(Collectors.joining("、"))));
            }
        } else {
            ComplianceFigures f = statistics.ofUnit(unit, cycle, year);
            unitName = f.unit().name();
            cycleStart = f.cycleStart();
            if (table.equals("failing")) {
                header = List.of(web(locale, "statistics.requirement"), web(locale, "statistics.failingTeachers"));
                f.failingRows()
                        .forEach(r ->
                                rows.add(List.of(ComplianceStatisticsBacking.label(r.row(), locale), r.teachers())));
            } else {
                String first = switch (table) {
                    case "children" -> "statistics.unit";
                    case "stage" -> "statistics.stage";
                    case "subject" -> "statistics.subject";
                    default -> "statistics.designation";
                };
                header = List.of(
                        web(locale, first),
                        web(locale, "compliance.teachers"),
                        web(locale, "compliance.compliantCount"),
                        web(locale, "statistics.shortOf"),
                        web(locale, "statistics.ratePercent"));
                List<ComplianceFigures.Figure> figures = switch (table) {
                    case "children" -> f.children();
                    case "stage" -> f.byStage();
                    case "subject" -> f.bySubject();
                    default -> f.byDesignation();
                };
                for (ComplianceFigures.Figure g : figures) {
                    String label = switch (table) {
                        case "stage" -> DomainMessages.format("schoolStage." + g.key(), List.of(), locale);
                        case "designation" -> DomainMessages.format("designation." + g.key(), List.of(), locale);
                        default -> g.key();
                    };
                    rows.add(List.of(label, g.teachers(), g.compliant(), g.shortOf(), g.rate()));
                }
            }
        }
        new SpreadsheetWriter().write(format, SheetHeading.of(header), rows, out);
        String period = year == null
                ? web(locale, "statistics.period.cycle", String.valueOf(cycleStart))
                : web(locale, "compliance.period.year", String.valueOf(year));
        return web(locale, "statistics.fileName", unitName, period, web(locale, "statistics.table." + table));
    }

    private static Long number(String text) {
        try {
            return text == null || text.isBlank() ? null : Long.valueOf(text.strip());
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static Integer integer(String text) {
        try {
            return text == null || text.isBlank() ? null : Integer.valueOf(text.strip());
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static String web(Locale locale, String key, Object... args) {
        ResourceBundle bundle =
                ResourceBundle.getBundle(WEB_BUNDLE, locale, ComplianceStatisticsExportServlet.class.getClassLoader());
        String pattern = bundle.containsKey(key) ? bundle.getString(key) : key;
        return args.length == 0 ? pattern : new MessageFormat(pattern, locale).format(args);
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
