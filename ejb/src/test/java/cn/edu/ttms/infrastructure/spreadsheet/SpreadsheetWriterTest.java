package cn.edu.ttms.infrastructure.spreadsheet;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.edu.ttms.application.sheet.ExportFormat;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.PaneInformation;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

class SpreadsheetWriterTest {

    private final SpreadsheetWriter writer = new SpreadsheetWriter();

    @Test
    void xlsxHeaderIsBoldAndFrozen() throws IOException {
        try (Workbook workbook = xlsx(Fixtures.XLSX.bytes())) {
            assertHeaderBoldAndFrozen(workbook);
        }
    }

    @Test
    void xlsHeaderIsBoldAndFrozen() throws IOException {
        try (Workbook workbook = new HSSFWorkbook(new ByteArrayInputStream(Fixtures.XLS.bytes()))) {
            assertHeaderBoldAndFrozen(workbook);
        }
    }

    @Test
    void columnsAreAsWideAsTheirWidestValueWithCjkCountingDouble() throws IOException {
        byte[] bytes = Fixtures.XLSX.write(
                List.of("姓名", "身份证号", "ID", "备注"), List.of(List.of("张三", "53090219800101001X", "7", "备".repeat(40))));

        try (Workbook workbook = xlsx(bytes)) {
            Sheet sheet = workbook.getSheetAt(0);
            assertEquals((4 + 2) * 256, sheet.getColumnWidth(0), "姓名: 4 wide, plus 2");
            assertEquals((18 + 2) * 256, sheet.getColumnWidth(1), "the 18-character ID");
            assertEquals(SpreadsheetWriter.MIN_WIDTH_CHARS * 256, sheet.getColumnWidth(2));
            assertEquals(SpreadsheetWriter.MAX_WIDTH_CHARS * 256, sheet.getColumnWidth(3));
        }
    }

    @Test
    void displayWidthCountsChineseAndFullWidthPunctuationDouble() {
        assertEquals(4, SpreadsheetWriter.displayWidth("学时"));
        assertEquals(11, SpreadsheetWriter.displayWidth("培训（天）A"));
        assertEquals(5, SpreadsheetWriter.displayWidth("José "));
    }

    @Test
    void numbersAndDatesAreTypedCellsInWorkbooks() throws IOException {
        try (Workbook workbook = xlsx(Fixtures.XLSX.bytes())) {
            Row row = workbook.getSheetAt(0).getRow(1);
            assertEquals("53090219800101001X", row.getCell(1).getStringCellValue());
            assertEquals(45.0, row.getCell(3).getNumericCellValue());
            assertEquals(6.5, row.getCell(4).getNumericCellValue());
            assertEquals(
                    LocalDate.of(2026, 3, 2),
                    row.getCell(5).getLocalDateTimeCellValue().toLocalDate());
        }
    }

    @Test
    void csvIsQuotedAsExcelExpectsWithWindowsLineEnds() {
        String csv = new String(Fixtures.CSV_UTF8_WITHOUT_BOM.bytes(), UTF_8);

        assertEquals(
                "姓名,身份证号,学校,学时,培训天数,开始日期\r\n"
                        + "张三,53090219800101001X,昆明市第一中学,45,6.5,2026-03-02\r\n"
                        + "\r\n"
                        + "李四,530902198505050021,\"大理州\"\"实验\"\"小学, 分校\",12,0.5,\r\n",
                csv);
    }

    @Test
    void utf8CsvStartsWithAByteOrderMarkOnlyWhenAsked() {
        byte[] with = Fixtures.CSV_UTF8_WITH_BOM.bytes();
        byte[] without = Fixtures.CSV_UTF8_WITHOUT_BOM.bytes();
        byte[] mark = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

        assertArrayEquals(mark, Arrays.copyOf(with, 3));
        assertArrayEquals(without, Arrays.copyOfRange(with, 3, with.length));
        assertEquals('姓', new String(without, UTF_8).charAt(0));
    }

    @Test
    void gbkCsvIsGbkBytes() {
        byte[] gbk = Fixtures.CSV_GBK.bytes();
        String utf8 = new String(Fixtures.CSV_UTF8_WITHOUT_BOM.bytes(), UTF_8);

        assertEquals(utf8, new String(gbk, Fixtures.GBK));
        assertArrayEquals("姓名".getBytes(Fixtures.GBK), Arrays.copyOf(gbk, 4));
    }

    @Test
    void tsvSeparatesWithTabs() {
        String tsv = new String(Fixtures.TSV_UTF8.bytes(), UTF_8);

        assertTrue(tsv.startsWith("姓名\t身份证号\t学校\t学时\t培训天数\t开始日期\r\n"), tsv);
        assertTrue(tsv.endsWith("李四\t530902198505050021\t\"大理州\"\"实验\"\"小学, 分校\"\t12\t0.5\t\r\n"), tsv);
    }

    @Test
    void numbersAreWrittenAsExcelShowsThem() {
        assertEquals("45", SpreadsheetWriter.text(45));
        assertEquals("45", SpreadsheetWriter.text(45.0));
        assertEquals("6.5", SpreadsheetWriter.text(new BigDecimal("6.50")));
        assertEquals("0", SpreadsheetWriter.text(new BigDecimal("0.00")));
        assertEquals("0.3", SpreadsheetWriter.text(0.1 + 0.2));
        assertEquals("1200", SpreadsheetWriter.text(new BigDecimal("1.2E+3")));
        assertEquals("2026-03-02", SpreadsheetWriter.text(LocalDate.of(2026, 3, 2)));
        assertEquals("", SpreadsheetWriter.text(null));
    }

    @Test
    void xlsRefusesMoreRowsThanTheFormatHolds() {
        Iterable<List<?>> tooMany = () -> new Iterator<>() {
            private int count;

            @Override
            public boolean hasNext() {
                return count < 65_536;
            }

            @Override
            public List<?> next() {
                count++;
                return List.of();
            }
        };

        IllegalArgumentException e = assertThrows(
                IllegalArgumentException.class,
                () -> writer.writeXls(List.of("姓名"), tooMany, new ByteArrayOutputStream()));
        assertTrue(e.getMessage().contains("65536"), e.getMessage());
    }

    @Test
    void textNeedsATextFormatAndAByteOrderMarkNeedsUnicode() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        List<String> header = List.of("姓名");

        assertThrows(
                IllegalArgumentException.class,
                () -> writer.writeText(SpreadsheetFormat.XLSX, UTF_8, false, header, List.of(), out));
        assertThrows(
                IllegalArgumentException.class,
                () -> writer.writeText(SpreadsheetFormat.CSV, Fixtures.GBK, true, header, List.of(), out));
        assertEquals(0, out.size());
    }

    @Test
    void aHeadingHasATitleAcrossTheTableAndMergedHeaderCellsAndFreezesBelowThem() throws IOException {
        SheetHeading heading = new SheetHeading(
                "2018 年培训计划",
                List.of(List.of("序号", "培训天数", "", "人数"), List.of("", "异地", "本地", "")),
                List.of(
                        SheetHeading.Span.down(0, 0, 1),
                        SheetHeading.Span.across(0, 1, 2),
                        SheetHeading.Span.down(3, 0, 1)));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        writer.writeXlsx(heading, List.of(Arrays.asList(1, new BigDecimal("6.5"), null, 70)), out);

        try (Workbook workbook = xlsx(out.toByteArray())) {
            Sheet sheet = workbook.getSheetAt(0);
            assertEquals("2018 年培训计划", sheet.getRow(0).getCell(0).getStringCellValue());
            assertTrue(isBold(workbook, sheet.getRow(0).getCell(0)));
            assertEquals("培训天数", sheet.getRow(1).getCell(1).getStringCellValue());
            assertEquals("本地", sheet.getRow(2).getCell(2).getStringCellValue());
            assertTrue(isBold(workbook, sheet.getRow(2).getCell(1)));
            assertEquals(
                    List.of(
                            new CellRangeAddress(0, 0, 0, 3),
                            new CellRangeAddress(1, 2, 0, 0),
                            new CellRangeAddress(1, 1, 1, 2),
                            new CellRangeAddress(1, 2, 3, 3)),
                    sheet.getMergedRegions());
            assertEquals(6.5, sheet.getRow(3).getCell(1).getNumericCellValue());
            assertEquals(3, sheet.getPaneInformation().getHorizontalSplitPosition());
            assertEquals(SpreadsheetWriter.MIN_WIDTH_CHARS * 256, sheet.getColumnWidth(0), "the title widens nothing");
        }
        List<SheetRow> rows = new SpreadsheetReader().read(new ByteArrayInputStream(out.toByteArray()), "x.xlsx");
        assertEquals(List.of("", "异地", "本地"), rows.get(2).cells());
        assertEquals(List.of("1", "6.5", "", "70"), rows.get(3).cells());
    }

    @Test
    void theTableHasAnAutofilterFromItsLastHeaderRowOverTheData() throws IOException {
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(Fixtures.XLSX.bytes()))) {
            // the fixture: a header, two rows and an empty one between them
            assertEquals(
                    "A1:F4",
                    workbook.getSheetAt(0).getCTWorksheet().getAutoFilter().getRef());
        }
        SheetHeading heading =
                new SheetHeading("标题", List.of(List.of("序号", "培训天数", ""), List.of("", "异地", "本地")), List.of());
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        writer.writeXlsx(heading, List.of(List.of(1, 2, 3), List.of(2, 3, 4)), out);
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()))) {
            assertEquals(
                    "A3:C5",
                    workbook.getSheetAt(0).getCTWorksheet().getAutoFilter().getRef(),
                    "below the title and the first header row");
        }
    }

    @Test
    void dateTimesAreDateCellsToTheMinuteAndPlainTextInCsv() throws IOException {
        LocalDateTime at = LocalDateTime.of(2026, 12, 5, 1, 27);
        List<List<Object>> rows = List.of(List.of("甲", at, LocalDate.of(2013, 3, 18)));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        writer.writeXlsx(List.of("姓名", "报名时间", "参加工作时间"), rows, out);
        try (Workbook workbook = xlsx(out.toByteArray())) {
            Row row = workbook.getSheetAt(0).getRow(1);
            assertEquals(CellType.NUMERIC, row.getCell(1).getCellType());
            assertTrue(DateUtil.isCellDateFormatted(row.getCell(1)));
            assertEquals(at, row.getCell(1).getLocalDateTimeCellValue());
            assertEquals("yyyy-mm-dd hh:mm", row.getCell(1).getCellStyle().getDataFormatString());
            assertTrue(DateUtil.isCellDateFormatted(row.getCell(2)));
            assertEquals("yyyy-mm-dd", row.getCell(2).getCellStyle().getDataFormatString());
        }
        List<SheetRow> back = new SpreadsheetReader().read(new ByteArrayInputStream(out.toByteArray()), "x.xlsx");
        assertEquals(List.of("甲", "2026-12-05T01:27", "2013-03-18"), back.get(1).cells(), "the reader's spelling");

        ByteArrayOutputStream csv = new ByteArrayOutputStream();
        writer.writeText(SpreadsheetFormat.CSV, UTF_8, false, List.of("姓名", "报名时间", "参加工作时间"), rows, csv);
        assertTrue(csv.toString(UTF_8).endsWith("甲,2026-12-05 01:27,2013-03-18\r\n"), csv.toString(UTF_8));
    }

    @Test
    void csvUnderAHeadingHasTheTitleThenEachHeaderRow() throws IOException {
        SheetHeading heading = new SheetHeading(
                "2018 年培训计划",
                List.of(List.of("序号", "培训天数", "", "人数"), List.of("", "异地", "本地", "")),
                List.of(SheetHeading.Span.across(0, 1, 2)));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        writer.writeText(
                SpreadsheetFormat.CSV,
                UTF_8,
                false,
                heading,
                List.of(Arrays.asList(1, new BigDecimal("6.50"), null, 70)),
                out);
        assertEquals("2018 年培训计划\r\n序号,培训天数,,人数\r\n\"\",异地,本地,\r\n1,6.5,,70\r\n", out.toString(UTF_8));
    }

    @Test
    void anExportIsTheWorkbookOrCsvInGbkWithoutAByteOrderMark() throws IOException {
        List<List<Object>> rows = List.of(List.of("张三", new BigDecimal("25.92"), 45));
        ByteArrayOutputStream xlsx = new ByteArrayOutputStream();
        writer.write(ExportFormat.XLSX, SheetHeading.of(List.of("姓名", "学分", "学时")), rows, xlsx);
        assertEquals(SpreadsheetFormat.XLSX, SpreadsheetFormat.detect(xlsx.toByteArray(), null));

        ByteArrayOutputStream csv = new ByteArrayOutputStream();
        writer.write(ExportFormat.CSV, SheetHeading.of(List.of("姓名", "学分", "学时")), rows, csv);
        byte[] bytes = csv.toByteArray();
        assertArrayEquals("姓名".getBytes(Fixtures.GBK), Arrays.copyOf(bytes, 4), "GBK bytes, no byte order mark");
        assertEquals("姓名,学分,学时\r\n张三,25.92,45\r\n", new String(bytes, Fixtures.GBK), "numbers unformatted");
        List<SheetRow> back = new SpreadsheetReader().read(new ByteArrayInputStream(bytes), "x.csv");
        assertEquals(List.of("张三", "25.92", "45"), back.get(1).cells(), "and it reads back");
    }

    private static Workbook xlsx(byte[] bytes) throws IOException {
        return new XSSFWorkbook(new ByteArrayInputStream(bytes));
    }

    private static void assertHeaderBoldAndFrozen(Workbook workbook) {
        Sheet sheet = workbook.getSheetAt(0);
        for (int c = 0; c < Fixtures.HEADER.size(); c++) {
            Cell cell = sheet.getRow(0).getCell(c);
            assertEquals(Fixtures.HEADER.get(c), cell.getStringCellValue());
            assertTrue(isBold(workbook, cell), "header " + c);
        }
        assertFalse(isBold(workbook, sheet.getRow(1).getCell(0)));
        PaneInformation pane = sheet.getPaneInformation();
        assertTrue(pane.isFreezePane());
        assertEquals(1, pane.getHorizontalSplitPosition());
        assertEquals(0, pane.getVerticalSplitPosition());
    }

    private static boolean isBold(Workbook workbook, Cell cell) {
        return workbook.getFontAt(cell.getCellStyle().getFontIndex()).getBold();
    }
}
