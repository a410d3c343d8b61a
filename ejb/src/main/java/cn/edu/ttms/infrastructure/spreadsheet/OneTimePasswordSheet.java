package cn.edu.ttms.infrastructure.spreadsheet;

import java.io.IOException;
import java.io.OutputStream;
import java.time.LocalDate;
import java.util.List;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * The printed sheet that hands teachers their new accounts: a title, a note on how to sign in (and
 * that the password must be changed at the first sign-in), then one line per teacher — 学校, 姓名,
 * 身份证号后四位, 用户名, 一次性密码, 有效期至 — with borders, so that the school can cut it into
 * slips. Print-ready: A4 portrait, one page wide, the header row repeated on every page, page
 * numbers in the footer. The expiry is a date cell; the ID-number suffix is text (it may start
 * with 0 or end in X). Streamed ({@link SXSSFWorkbook}); the passwords exist only in the output.
 */
public final class OneTimePasswordSheet {

    public static final List<String> HEADER = List.of("学校", "姓名", "身份证号后四位", "用户名", "一次性密码", "有效期至");

    /** One teacher's line. */
    public record Line(
            String school,
            String name,
            String idSuffix,
            String username,
            String oneTimePassword,
            LocalDate validUntil) {}

    private static final int[] WIDTHS = {26, 10, 14, 22, 24, 12};
    private static final int HEADER_ROW = 2;

    private OneTimePasswordSheet() {}

    public static void write(String title, String note, List<Line> lines, OutputStream out) throws IOException {
        try (SXSSFWorkbook workbook = new SXSSFWorkbook(null, 200, true)) {
            Sheet sheet = workbook.createSheet("账号");
            Styles styles = new Styles(workbook);
            for (int c = 0; c < WIDTHS.length; c++) {
                sheet.setColumnWidth(c, WIDTHS[c] * 256);
            }
            Row titleRow = sheet.createRow(0);
            titleRow.setHeightInPoints(24);
            text(titleRow, 0, title, styles.title);
            sheet.addMergedRegion(new CellRangeAddress(0, 0, 0, HEADER.size() - 1));
            Row noteRow = sheet.createRow(1);
            noteRow.setHeightInPoints(15 * Math.max(3, (note.length() / 60) + 2));
            text(noteRow, 0, note, styles.note);
            sheet.addMergedRegion(new CellRangeAddress(1, 1, 0, HEADER.size() - 1));
            Row header = sheet.createRow(HEADER_ROW);
            for (int c = 0; c < HEADER.size(); c++) {
                text(header, c, HEADER.get(c), styles.header);
            }
            int r = HEADER_ROW + 1;
            for (Line line : lines) {
                Row row = sheet.createRow(r++);
                row.setHeightInPoints(22); // room to cut between the lines
                text(row, 0, line.school(), styles.cell);
                text(row, 1, line.name(), styles.cell);
                text(row, 2, line.idSuffix(), styles.centred);
                text(row, 3, line.username(), styles.cell);
                text(row, 4, line.oneTimePassword(), styles.password);
                Cell until = row.createCell(5);
                until.setCellValue(line.validUntil());
                until.setCellStyle(styles.date);
            }
            sheet.createFreezePane(0, HEADER_ROW + 1);
            sheet.setRepeatingRows(new CellRangeAddress(HEADER_ROW, HEADER_ROW, -1, -1));
            sheet.setAutobreaks(true);
            sheet.setFitToPage(true);
            sheet.setPrintGridlines(false);
            sheet.setHorizontallyCenter(true);
            PrintSetup print = sheet.getPrintSetup();
            print.setPaperSize(PrintSetup.A4_PAPERSIZE);
            print.setLandscape(false);
            print.setFitWidth((short) 1);
            print.setFitHeight((short) 0); // as many pages down as needed
            sheet.setMargin(Sheet.LeftMargin, 0.4);
            sheet.setMargin(Sheet.RightMargin, 0.4);
            sheet.setMargin(Sheet.TopMargin, 0.6);
            sheet.setMargin(Sheet.BottomMargin, 0.6);
            sheet.getFooter().setCenter("第 &P 页，共 &N 页");
            workbook.write(out);
        }
    }

    private static void text(Row row, int column, String value, CellStyle style) {
        Cell cell = row.createCell(column);
        cell.setCellValue(value == null ? "" : FormulaGuard.neutralise(value));
        cell.setCellStyle(style);
    }

    private static final class Styles {
        final CellStyle title;
        final CellStyle note;
        final CellStyle header;
        final CellStyle cell;
        final CellStyle centred;
        final CellStyle password;
        final CellStyle date;

        Styles(Workbook workbook) {
            Font bold = workbook.createFont();
            bold.setBold(true);
            Font big = workbook.createFont();
            big.setBold(true);
            big.setFontHeightInPoints((short) 14);
            Font mono = workbook.createFont();
            mono.setFontName("Consolas");
            mono.setBold(true);
            mono.setFontHeightInPoints((short) 12);
            title = workbook.createCellStyle();
            title.setFont(big);
            title.setAlignment(HorizontalAlignment.CENTER);
            note = workbook.createCellStyle();
            note.setWrapText(true);
            note.setVerticalAlignment(VerticalAlignment.TOP);
            header = bordered(workbook);
            header.setFont(bold);
            header.setAlignment(HorizontalAlignment.CENTER);
            cell = bordered(workbook);
            centred = bordered(workbook);
            centred.setAlignment(HorizontalAlignment.CENTER);
            password = bordered(workbook);
            password.setFont(mono);
            date = bordered(workbook);
            date.setDataFormat(workbook.createDataFormat().getFormat("yyyy-mm-dd"));
            date.setAlignment(HorizontalAlignment.CENTER);
        }

        private static CellStyle bordered(Workbook workbook) {
            CellStyle s = workbook.createCellStyle();
            s.setBorderTop(BorderStyle.THIN);
            s.setBorderBottom(BorderStyle.DASHED); // cut here
            s.setBorderLeft(BorderStyle.THIN);
            s.setBorderRight(BorderStyle.THIN);
            s.setVerticalAlignment(VerticalAlignment.CENTER);
            return s;
        }
    }
}
