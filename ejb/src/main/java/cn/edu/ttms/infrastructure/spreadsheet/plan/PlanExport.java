package cn.edu.ttms.infrastructure.spreadsheet.plan;

import cn.edu.ttms.application.plan.PlanLine;
import cn.edu.ttms.application.sheet.ExportFormat;
import cn.edu.ttms.domain.model.shared.Decimals;
import cn.edu.ttms.infrastructure.spreadsheet.SheetHeading;
import cn.edu.ttms.infrastructure.spreadsheet.SheetHeading.Span;
import cn.edu.ttms.infrastructure.spreadsheet.SpreadsheetWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * A plan written back into the bureau's own table, the layout of the Chenzhou 2018 plan, so that
 * {@link PlanSheet} reads it back as the same rows: the plan's name as a title line; the header
 * {@code 序号 申报单位 项目类别 项目名称 培训形式 培训对象 培训天数 培训人数 承办单位 项目级别}, with 异地, 本地 and 合计 under 培训天数 on a
 * second row; one row per line, a further stage without its sequence number; and, under a plan that
 * has any line, the table's own total line, 培训总人次, which the importer checks.
 *
 * <p>Cells: the code goes into the name in brackets ({@code …培训班(D309)}); 培训形式 is the bureau's
 * words or, when unknown, words that read back as the same form ({@link PlanLine#formWords}); days
 * and trainees are number cells, never text, whole numbers shown without decimals and 6.5 as 6.5;
 * unknown days stay blank. 项目级别, which the Chenzhou table lacks, is the level's label ({@code
 * 市(州)级}) on a project's line, so that a plan of mixed levels reads back with its levels. A project line without a sequence number gets the next number after the
 * highest, so that it is not read as a further stage of the line above.
 *
 * <p>Lines are written in the order given: the caller orders projects by sequence number, stages
 * in order. Stateless.
 */
public final class PlanExport {

    /** The label of the total line in the 序号 column, as in the Chenzhou table. */
    static final String TOTAL_LABEL = "培训总人次";

    /** The columns in the table's order; 培训天数 has none of its own, it stands over its parts. */
    private static final List<PlanColumn> COLUMNS =
            Arrays.stream(PlanColumn.values()).filter(c -> c != PlanColumn.DAYS).toList();

    /** The title line, the two header rows and their merged cells. */
    public SheetHeading heading(String title) {
        List<String> first = new ArrayList<>();
        List<String> second = new ArrayList<>();
        List<Span> spans = new ArrayList<>();
        int daysFrom = -1;
        for (int c = 0; c < COLUMNS.size(); c++) {
            PlanColumn column = COLUMNS.get(c);
            if (column.isDaysPart()) {
                first.add(daysFrom < 0 ? PlanColumn.DAYS.header() : "");
                second.add(column.header());
                daysFrom = daysFrom < 0 ? c : daysFrom;
            } else {
                first.add(column.header());
                second.add("");
                spans.add(Span.down(c, 0, 1));
            }
        }
        spans.add(Span.across(0, daysFrom, daysFrom + 2));
        return new SheetHeading(title, List.of(first, second), spans);
    }

    /** The data rows and the total line, cell values as {@link SpreadsheetWriter} takes them. */
    public List<List<Object>> rows(List<PlanLine> lines) {
        int next =
                lines.stream().map(PlanLine::sequence).filter(Objects::nonNull).reduce(0, Math::max) + 1;
        List<List<Object>> rows = new ArrayList<>(lines.size() + 1);
        int places = 0;
        for (PlanLine line : lines) {
            Integer sequence = line.sequence();
            if (sequence == null && !line.isContinuation()) {
                sequence = next++;
            }
            List<Object> row = new ArrayList<>(COLUMNS.size());
            for (PlanColumn column : COLUMNS) {
                row.add(cell(line, column, sequence));
            }
            rows.add(row);
            places += line.trainees();
        }
        if (lines.isEmpty()) {
            return rows; // no total line: the importer refuses a total of 0
        }
        List<Object> total = new ArrayList<>(COLUMNS.size());
        for (PlanColumn column : COLUMNS) {
            total.add(
                    switch (column) {
                        case SEQUENCE -> TOTAL_LABEL;
                        case TRAINEES -> places;
                        default -> null;
                    });
        }
        rows.add(total);
        return rows;
    }

    /** Writes the plan as .xlsx; does not close {@code out}. */
    public void writeXlsx(String title, List<PlanLine> lines, OutputStream out) throws IOException {
        write(title, lines, ExportFormat.XLSX, out);
    }

    /** Writes the plan as .xlsx or CSV (title, both header rows, the lines, the total); does not close {@code out}. */
    public void write(String title, List<PlanLine> lines, ExportFormat format, OutputStream out) throws IOException {
        new SpreadsheetWriter().write(format, heading(title), rows(lines), out);
    }

    private static Object cell(PlanLine line, PlanColumn column, Integer sequence) {
        return switch (column) {
            case SEQUENCE -> sequence;
            case PROPOSING_UNIT -> line.proposingUnit();
            case CATEGORY -> line.category();
            case NAME -> line.nameWithCode();
            case FORM -> line.formWords();
            case AUDIENCE -> line.audience();
            case DAYS -> null;
            case DAYS_OFF_SITE -> days(line.daysOffSite());
            case DAYS_LOCAL -> days(line.daysLocal());
            case DAYS_TOTAL -> days(line.daysTotal());
            case TRAINEES -> line.trainees();
            case HOST -> line.hosts().isEmpty() ? null : line.hostsText();
            case LEVEL -> line.isContinuation() ? null : line.levelWords();
        };
    }

    /** A number cell without trailing zeros (6, 6.5), or none. */
    private static BigDecimal days(BigDecimal days) {
        return Decimals.canonical(days);
    }
}
