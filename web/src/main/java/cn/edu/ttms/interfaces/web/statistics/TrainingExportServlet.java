package cn.edu.ttms.interfaces.web.statistics;

import cn.edu.ttms.application.sheet.ExportFormat;
import cn.edu.ttms.application.statistics.TrainingReport;
import cn.edu.ttms.application.statistics.TrainingStatistics;
import cn.edu.ttms.application.statistics.TrainingTargets;
import cn.edu.ttms.domain.model.shared.DomainException;
import cn.edu.ttms.domain.model.shared.RecordNotFound;
import cn.edu.ttms.infrastructure.spreadsheet.SheetHeading;
import cn.edu.ttms.infrastructure.spreadsheet.SpreadsheetWriter;
import cn.edu.ttms.interfaces.web.shell.XlsxDownload;
import jakarta.ejb.AccessLocalException;
import jakarta.ejb.EJBAccessException;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The training statistics page's "导出 Excel": {@code /app/statistics/training.xlsx?unit=…&year=…&table=…}
 * — one table ({@code summary}, {@code level}, {@code category}, {@code host}, {@code children},
 * {@code trend}, {@code targets}) or, without {@code table}, all of them, one sheet each. Column titles in
 * the page's language, counts and shares as number cells. A unit out of scope, or a role that may not
 * read statistics, answers 404; a bad year or table 400.
 */
@WebServlet("/app/statistics/training.xlsx")
public class TrainingExportServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    TrainingStatistics statistics;

    @Inject
    TrainingTargets targets;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Optional<ExportFormat> format = XlsxDownload.format(request);
        Long unit = number(request.getParameter("unit"));
        Long year = number(request.getParameter("year"));
        String tableName = request.getParameter("table");
        StatisticsTables.Table only = null;
        if (tableName != null && !tableName.isBlank() && !"all".equals(tableName)) {
            try {
                only = StatisticsTables.Table.valueOf(tableName);
            } catch (IllegalArgumentException e) {
                only = null;
                format = Optional.empty();
            }
        }
        if (format.isEmpty() || year == null || year < 1900 || year > 2999) {
            response.sendError(HttpServletResponse.SC_BAD_REQUEST);
            return;
        }
        if (unit == null) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        Locale locale = StatisticsPages.locale(request);
        StatisticsTables tables = new StatisticsTables(locale);
        List<StatisticsTables.Sheet> sheets = new ArrayList<>();
        String unitName;
        try {
            int y = year.intValue();
            TrainingReport report = statistics.training(unit, y);
            unitName = report.unit().name();
            for (StatisticsTables.Table t : StatisticsTables.Table.values()) {
                if (only != null && only != t) {
                    continue;
                }
                sheets.add(
                        switch (t) {
                            case summary -> tables.summary(report);
                            case level -> tables.level(report);
                            case category -> tables.category(report);
                            case host -> tables.host(report);
                            case children -> tables.children(report);
                            case trend ->
                                tables.trend(statistics.trend(unit, y - TrainingStatisticsBacking.TREND_YEARS + 1, y));
                            case targets -> tables.targets(targets.targets(unit, y));
                        });
            }
        } catch (RecordNotFound | EJBAccessException | AccessLocalException e) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        } catch (DomainException e) {
            response.sendError(HttpServletResponse.SC_BAD_REQUEST);
            return;
        }
        ByteArrayOutputStream file = new ByteArrayOutputStream();
        List<SpreadsheetWriter.Table> written = sheets.stream()
                .map(s -> new SpreadsheetWriter.Table(s.title(), SheetHeading.of(s.header()), s.rows()))
                .toList();
        new SpreadsheetWriter().write(format.get(), written, file);
        String title = only == null
                ? StatisticsPages.web(locale, "statistics.training.title")
                : sheets.get(0).title();
        XlsxDownload.send(
                response,
                format.get(),
                "training-statistics-" + unit + "-" + year,
                StatisticsPages.web(locale, "statistics.training.fileName", unitName, String.valueOf(year), title),
                file);
    }

    private static Long number(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return Long.valueOf(text.strip());
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
