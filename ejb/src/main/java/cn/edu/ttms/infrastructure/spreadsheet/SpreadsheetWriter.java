package cn.edu.ttms.infrastructure.spreadsheet;

import cn.edu.ttms.application.sheet.ExportFormat;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.lang.Character.UnicodeBlock;
import java.lang.Character.UnicodeScript;
import java.math.BigDecimal;
import java.math.MathContext;
import java.nio.charset.Charset;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * Writes a table (one header row, then data rows) as .xlsx, .xls, CSV or TSV: for exports that
 * users open in Excel, and for tests, which generate their fixtures in every format from the same
 * data instead of committing binary files.
 *
 * <p>Cell values: {@code null} is an empty cell; a {@link Number} is a number cell (pass ID numbers
 * and codes as {@link String}s: they are text, and a double cannot hold 18 digits); a {@link
 * LocalDate} is a date cell shown {@code yyyy-mm-dd}, a {@link LocalDateTime} one shown {@code
 * yyyy-mm-dd hh:mm}; a {@link Boolean} is TRUE/FALSE; anything else is its {@code toString()}. In
 * CSV and TSV, numbers are written plainly (45, not 45.0), dates as {@code yyyy-MM-dd}, so that every
 * format reads back the same through {@link SpreadsheetReader}; a date-time as {@code yyyy-MM-dd
 * HH:mm}, which people and older tools read (a workbook's reads back in the reader's {@code
 * yyyy-MM-ddTHH:mm}).
 *
 * <p>Text that would start a formula once the file is saved or opened as CSV ({@code =}, {@code +},
 * {@code -}, {@code @}, tab, carriage return) is written with a leading apostrophe, in every format
 * ({@link FormulaGuard}); the reader takes it away again. Numbers are never touched.
 *
 * <p>The .xlsx is streamed ({@link SXSSFWorkbook}: a window of rows in memory, the rest in a
 * compressed temporary file, deleted afterwards) so that an export of 500,000 rows does not fill
 * the heap. The header is bold and frozen, with an autofilter over the table from its last header
 * row; each column is as wide as its widest value, header included, a CJK character counting as
 * two, capped at {@value #MAX_WIDTH_CHARS} characters.
 *
 * <p>A workbook may also carry a {@link SheetHeading}: a title line merged across the table, larger
 * and bold, and several header rows with merged cells, centred (a bureau's plan in its own layout).
 * The title and the cells spanning several columns do not widen a column. Stateless; no method
 * closes the stream it writes to.
 */
public final class SpreadsheetWriter {

    /** Rows an .xlsx export keeps in memory before flushing to its temporary file. */
    private static final int STREAMING_WINDOW = 200;

    private static final MathContext EXCEL_PRECISION = new MathContext(15);

    private static final DateTimeFormatter MINUTE = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    static final int MIN_WIDTH_CHARS = 6;
    static final int MAX_WIDTH_CHARS = 50;

    /** Writes an Excel 2007+ workbook, streaming. */
    public void writeXlsx(List<String> header, Iterable<? extends List<?>> rows, OutputStream out) throws IOException {
        writeXlsx(SheetHeading.of(header), rows, out);
    }

    /** Writes an Excel 2007+ workbook under a title and several header rows, streaming. */
    public void writeXlsx(SheetHeading heading, Iterable<? extends List<?>> rows, OutputStream out) throws IOException {
        // close() deletes the temporary file (POI 5.3+, bug 68183).
        try (SXSSFWorkbook workbook = new SXSSFWorkbook(null, STREAMING_WINDOW, true)) {
            fill(workbook, heading, rows);
            workbook.write(out);
        }
    }

    /** Writes an export: the .xlsx, or the CSV for older tools (GBK's superset, no byte order mark). */
    public void write(ExportFormat format, SheetHeading heading, Iterable<? extends List<?>> rows, OutputStream out)
            throws IOException {
        switch (format) {
            case XLSX -> writeXlsx(heading, rows, out);
            case CSV -> writeText(SpreadsheetFormat.CSV, ExportFormat.CSV_CHARSET, false, heading, rows, out);
        }
    }

    /** One sheet of a workbook of several: the tab's name, the heading and the rows. */
    public record Table(String name, SheetHeading heading, Iterable<? extends List<?>> rows) {}

    /**
     * Writes an export of several tables: in the .xlsx a sheet each, in the CSV one after the other,
     * an empty line between them (each with its title line and header, so that it reads on its own).
     */
    public void write(ExportFormat format, List<Table> tables, OutputStream out) throws IOException {
        switch (format) {
            case XLSX -> {
                try (SXSSFWorkbook workbook = new SXSSFWorkbook(null, STREAMING_WINDOW, true)) {
                    for (Table table : tables) {
                        fill(workbook, table.name(), table.heading(), table.rows());
                    }
                    workbook.write(out);
                }
            }
            case CSV -> {
                for (int i = 0; i < tables.size(); i++) {
                    if (i > 0) {
                        out.write("\r\n".getBytes(ExportFormat.CSV_CHARSET));
                    }
                    Table table = tables.get(i);
                    writeText(
                            SpreadsheetFormat.CSV, ExportFormat.CSV_CHARSET, false, table.heading(), table.rows(), out);
                }
            }
        }
    }

    /** Writes an Excel 97-2003 workbook, held in memory: at most 65,535 data rows. */
    public void writeXls(List<String> header, Iterable<? extends List<?>> rows, OutputStream out) throws IOException {
        try (HSSFWorkbook workbook = new HSSFWorkbook()) {
            fill(workbook, SheetHeading.of(header), rows);
            workbook.write(out);
        }
    }

    /**
     * Writes comma- or tab-separated text with Windows line ends, quoting where needed.
     *
     * @param format {@link SpreadsheetFormat#CSV} or {@link SpreadsheetFormat#TSV}
     * @param charset UTF-8, or GB18030/GBK for Excel on Chinese Windows, which reads a CSV without
     *     a byte order mark as GBK
     * @param byteOrderMark whether to start with U+FEFF, which makes Excel read UTF-8 as UTF-8;
     *     only for a UTF charset
     */
    public void writeText(
            SpreadsheetFormat format,
            Charset charset,
            boolean byteOrderMark,
            List<String> header,
            Iterable<? extends List<?>> rows,
            OutputStream out)
            throws IOException {
        writeText(format, charset, byteOrderMark, SheetHeading.of(header), rows, out);
    }

    /**
     * As {@link #writeText(SpreadsheetFormat, Charset, boolean, List, Iterable, OutputStream)} under a
     * heading: its title as a line of one cell, then each header row (text has nothing to merge).
     */
    public void writeText(
            SpreadsheetFormat format,
            Charset charset,
            boolean byteOrderMark,
            SheetHeading heading,
            Iterable<? extends List<?>> rows,
            OutputStream out)
            throws IOException {
        if (format.isWorkbook()) {
            throw new IllegalArgumentException("Not a text format: " + format);
        }
        if (byteOrderMark && !charset.name().startsWith("UTF-")) {
            throw new IllegalArgumentException("No byte order mark in " + charset);
        }
        CSVFormat csv = CSVFormat.DEFAULT
                .builder()
                .setDelimiter(format == SpreadsheetFormat.TSV ? '\t' : ',')
                .setRecordSeparator("\r\n")
                .get();
        Writer writer = new OutputStreamWriter(out, charset);
        if (byteOrderMark) {
            writer.write('\uFEFF');
        }
        CSVPrinter printer = new CSVPrinter(writer, csv);
        if (heading.title() != null) {
            printer.printRecord(FormulaGuard.neutralise(heading.title()));
        }
        for (List<String> header : heading.rows()) {
            printer.printRecord(header.stream().map(FormulaGuard::neutralise).toList());
        }
        for (List<?> row : rows) {
            List<String> texts = new ArrayList<>(row.size());
            for (Object value : row) {
                texts.add(text(value));
            }
            printer.printRecord(texts);
        }
        printer.flush(); // not close(): the caller owns the stream
    }

    private static void fill(Workbook workbook, SheetHeading heading, Iterable<? extends List<?>> rows) {
        fill(workbook, "Sheet1", heading, rows);
    }

    private static void fill(Workbook workbook, String name, SheetHeading heading, Iterable<? extends List<?>> rows) {
        Sheet sheet = workbook.createSheet(name);
        int maxRows = workbook.getSpreadsheetVersion().getMaxRows();
        CellStyle bold = workbook.createCellStyle();
        Font font = workbook.createFont();
        font.setBold(true);
        bold.setFont(font);
        CellStyle date = workbook.createCellStyle();
        date.setDataFormat(workbook.createDataFormat().getFormat("yyyy-mm-dd"));
        CellStyle moment = workbook.createCellStyle();
        moment.setDataFormat(workbook.createDataFormat().getFormat("yyyy-mm-dd hh:mm"));

        List<Integer> widths = new ArrayList<>();
        int index = 0;
        if (heading.title() != null) {
            Cell cell = sheet.createRow(index++).createCell(0);
            cell.setCellValue(FormulaGuard.neutralise(heading.title()));
            cell.setCellStyle(titleStyle(workbook));
            if (heading.width() > 1) {
                sheet.addMergedRegion(new CellRangeAddress(0, 0, 0, heading.width() - 1));
            }
        }
        int top = index;
        CellStyle spanning = null;
        for (List<String> header : heading.rows()) {
            Row headerRow = sheet.createRow(index);
            for (int c = 0; c < header.size(); c++) {
                Cell cell = headerRow.createCell(c);
                cell.setCellValue(FormulaGuard.neutralise(header.get(c)));
                SheetHeading.Span span = heading.spanAt(index - top, c);
                if (span == null) {
                    cell.setCellStyle(bold);
                } else {
                    if (spanning == null) {
                        spanning = centred(workbook, font);
                    }
                    cell.setCellStyle(spanning);
                }
                if (span == null || !span.isWide()) {
                    widen(widths, c, header.get(c));
                }
            }
            index++;
        }
        for (SheetHeading.Span span : heading.spans()) {
            sheet.addMergedRegion(new CellRangeAddress(
                    top + span.firstRow(), top + span.lastRow(), span.firstColumn(), span.lastColumn()));
        }
        sheet.createFreezePane(0, index);
        int lastHeaderRow = index - 1;

        for (List<?> values : rows) {
            if (index >= maxRows) {
                throw new IllegalArgumentException("The " + workbook.getSpreadsheetVersion() + " format holds at most "
                        + maxRows + " rows, header included");
            }
            Row row = sheet.createRow(index++);
            for (int c = 0; c < values.size(); c++) {
                Object value = values.get(c);
                if (value != null) {
                    set(row.createCell(c), value, date, moment);
                    widen(widths, c, text(value));
                }
            }
        }
        for (int c = 0; c < widths.size(); c++) {
            int chars = Math.max(MIN_WIDTH_CHARS, Math.min(MAX_WIDTH_CHARS, widths.get(c) + 2));
            sheet.setColumnWidth(c, chars * 256);
        }
        if (heading.width() > 0) {
            // over the data too, so that Excel and LibreOffice filter and sort the whole table
            sheet.setAutoFilter(
                    new CellRangeAddress(lastHeaderRow, Math.max(lastHeaderRow, index - 1), 0, heading.width() - 1));
        }
    }

    private static CellStyle titleStyle(Workbook workbook) {
        Font font = workbook.createFont();
        font.setBold(true);
        font.setFontHeightInPoints((short) 14);
        CellStyle style = workbook.createCellStyle();
        style.setFont(font);
        style.setAlignment(HorizontalAlignment.CENTER);
        return style;
    }

    private static CellStyle centred(Workbook workbook, Font bold) {
        CellStyle style = workbook.createCellStyle();
        style.setFont(bold);
        style.setAlignment(HorizontalAlignment.CENTER);
        style.setVerticalAlignment(VerticalAlignment.CENTER);
        style.setWrapText(true);
        return style;
    }

    private static void set(Cell cell, Object value, CellStyle dateStyle, CellStyle momentStyle) {
        if (value instanceof Number number) {
            cell.setCellValue(number.doubleValue());
        } else if (value instanceof LocalDate day) {
            cell.setCellValue(day);
            cell.setCellStyle(dateStyle);
        } else if (value instanceof LocalDateTime at) {
            cell.setCellValue(at);
            cell.setCellStyle(momentStyle);
        } else if (value instanceof Boolean flag) {
            cell.setCellValue(flag);
        } else {
            cell.setCellValue(FormulaGuard.neutralise(value.toString()));
        }
    }

    private static void widen(List<Integer> widths, int column, String text) {
        while (widths.size() <= column) {
            widths.add(0);
        }
        widths.set(column, Math.max(widths.get(column), displayWidth(text)));
    }

    /** Columns the text takes in Excel: CJK ideographs and full-width forms take two. */
    static int displayWidth(String text) {
        return text.codePoints().map(cp -> isWide(cp) ? 2 : 1).sum();
    }

    private static boolean isWide(int codePoint) {
        UnicodeScript script = UnicodeScript.of(codePoint);
        if (script == UnicodeScript.HAN
                || script == UnicodeScript.HIRAGANA
                || script == UnicodeScript.KATAKANA
                || script == UnicodeScript.HANGUL) {
            return true;
        }
        UnicodeBlock block = UnicodeBlock.of(codePoint);
        return block == UnicodeBlock.CJK_SYMBOLS_AND_PUNCTUATION
                || block == UnicodeBlock.HALFWIDTH_AND_FULLWIDTH_FORMS && codePoint < 0xFF61;
    }

    /** The text a value is written as in CSV and TSV; also what its width is measured on. */
    static String text(Object value) {
        if (value == null) {
            return "";
        }
        if (value instanceof BigDecimal decimal) {
            return plain(decimal);
        }
        if (value instanceof Double || value instanceof Float) {
            // Excel shows at most 15 significant digits: 0.1 + 0.2 is 0.3 there, and here too.
            double d = ((Number) value).doubleValue();
            return Double.isFinite(d) ? plain(BigDecimal.valueOf(d).round(EXCEL_PRECISION)) : Double.toString(d);
        }
        if (value instanceof Boolean flag) {
            return flag ? "TRUE" : "FALSE";
        }
        if (value instanceof Number || value instanceof LocalDate) {
            return value.toString();
        }
        if (value instanceof LocalDateTime at) {
            return MINUTE.format(at);
        }
        return FormulaGuard.neutralise(value.toString());
    }

    private static String plain(BigDecimal decimal) {
        return decimal.signum() == 0 ? "0" : decimal.stripTrailingZeros().toPlainString();
    }
}
