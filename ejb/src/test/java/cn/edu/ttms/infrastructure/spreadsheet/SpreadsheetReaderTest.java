package cn.edu.ttms.infrastructure.spreadsheet;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.apache.poi.hssf.record.crypto.Biff8EncryptionKey;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.poifs.crypt.EncryptionInfo;
import org.apache.poi.poifs.crypt.EncryptionMode;
import org.apache.poi.poifs.crypt.Encryptor;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

class SpreadsheetReaderTest {

    private final SpreadsheetReader reader = new SpreadsheetReader();

    // --- what the user sees -------------------------------------------------------------------

    @Test
    void numbersReadAsExcelDisplaysThem() throws IOException {
        try (XSSFWorkbook workbook = new XSSFWorkbook()) {
            Row row = workbook.createSheet().createRow(0);
            row.createCell(0).setCellValue(45.0);
            row.createCell(1).setCellValue(6.5);
            row.createCell(2).setCellValue(6.5);
            row.getCell(2).setCellStyle(style(workbook, "0.00"));
            row.createCell(3).setCellValue(0.25);
            row.getCell(3).setCellStyle(style(workbook, "0%"));
            row.createCell(4).setCellValue(-12.0);
            row.createCell(5).setCellValue(0.1 + 0.2);
            row.createCell(6).setCellValue(530902198001010010.0);

            SheetRow read = readOnly(workbook);

            // An 18-digit ID typed as a number is already lost in Excel; the importer must see it.
            assertEquals(List.of("45", "6.5", "6.50", "25%", "-12", "0.3", "5.30902E+17"), read.cells());
        }
    }

    @Test
    void datesReadAsIsoWhateverTheirFormat() throws IOException {
        try (XSSFWorkbook workbook = new XSSFWorkbook()) {
            Row row = workbook.createSheet().createRow(0);
            LocalDate day = LocalDate.of(2026, 3, 2);
            row.createCell(0).setCellValue(day);
            row.getCell(0).setCellStyle(style(workbook, "yyyy\"年\"m\"月\"d\"日\""));
            row.createCell(1).setCellValue(day);
            row.getCell(1).setCellStyle(style(workbook, "m/d/yy"));
            row.createCell(2).setCellValue(day);
            CellStyle chineseBuiltIn = workbook.createCellStyle();
            chineseBuiltIn.setDataFormat((short) 31); // Chinese Excel's yyyy"年"m"月"d"日"
            row.getCell(2).setCellStyle(chineseBuiltIn);
            row.createCell(3).setCellValue(LocalDateTime.of(2026, 3, 2, 8, 30));
            row.getCell(3).setCellStyle(style(workbook, "yyyy/m/d h:mm"));
            row.createCell(4).setCellValue(8.5 / 24);
            row.getCell(4).setCellStyle(style(workbook, "h:mm"));

            assertEquals(
                    List.of("2026-03-02", "2026-03-02", "2026-03-02", "2026-03-02T08:30", "08:30"),
                    readOnly(workbook).cells());
        }
    }

    @Test
    void formulasAreEvaluated() throws IOException {
        try (XSSFWorkbook workbook = new XSSFWorkbook()) {
            Row row = workbook.createSheet().createRow(0);
            row.createCell(0).setCellValue(3);
            row.createCell(1).setCellValue(1.5);
            row.createCell(2).setCellFormula("A1*B1");
            row.createCell(3).setCellFormula("\"初中\"&\"数学\"");
            row.createCell(4).setCellFormula("DATE(2026,3,2)");
            row.getCell(4).setCellStyle(style(workbook, "yyyy-mm-dd"));
            row.createCell(5).setCellFormula("1/0");

            assertEquals(
                    List.of("3", "1.5", "4.5", "初中数学", "2026-03-02", "#DIV/0!"),
                    readOnly(workbook).cells());
        }
    }

    @Test
    void mergedCellsHaveTheirValueInTheTopLeftCellOnly() throws IOException {
        try (XSSFWorkbook workbook = new XSSFWorkbook()) {
            Sheet sheet = workbook.createSheet();
            sheet.createRow(0).createCell(0).setCellValue("2026年全员培训名单");
            sheet.addMergedRegion(new CellRangeAddress(0, 0, 0, 3));
            Row second = sheet.createRow(1);
            second.createCell(0).setCellValue("一中");
            second.createCell(1).setCellValue("张三");
            sheet.createRow(2).createCell(1).setCellValue("李四");
            sheet.addMergedRegion(new CellRangeAddress(1, 2, 0, 0));

            List<SheetRow> rows = reader.read(new ByteArrayInputStream(bytes(workbook)), "名单.xlsx");

            assertEquals(List.of("2026年全员培训名单"), rows.get(0).cells());
            assertEquals(List.of("一中", "张三"), rows.get(1).cells());
            assertEquals(List.of("", "李四"), rows.get(2).cells());
        }
    }

    @Test
    void missingRowsAndCellsKeepExcelNumbering() throws IOException {
        try (XSSFWorkbook workbook = new XSSFWorkbook()) {
            Sheet sheet = workbook.createSheet();
            sheet.createRow(0).createCell(0).setCellValue("姓名");
            sheet.createRow(4).createCell(2).setCellValue("45");
            sheet.createRow(5).createCell(0).setCellValue("   "); // blank, after the last text
            sheet.createRow(40).createCell(3).setCellStyle(style(workbook, "0.00")); // format only

            List<SheetRow> rows = reader.read(new ByteArrayInputStream(bytes(workbook)), "名单.xlsx");

            assertEquals(
                    List.of(
                            new SheetRow(1, List.of("姓名")),
                            new SheetRow(2, List.of()),
                            new SheetRow(3, List.of()),
                            new SheetRow(4, List.of()),
                            new SheetRow(5, List.of("", "", "45"))),
                    rows);
        }
    }

    @Test
    void onlyTheFirstSheetIsRead() throws IOException {
        try (XSSFWorkbook workbook = new XSSFWorkbook()) {
            workbook.createSheet("名单").createRow(0).createCell(0).setCellValue("张三");
            workbook.createSheet("说明").createRow(0).createCell(0).setCellValue("填表说明");

            assertEquals(
                    List.of(new SheetRow(1, List.of("张三"))),
                    reader.read(new ByteArrayInputStream(bytes(workbook)), "名单.xlsx"));
        }
    }

    @Test
    void csvKeepsRecordNumbersAcrossBlankLinesAndQuotedLineBreaks() {
        String csv = "姓名,备注\r\n\r\n张三,\"第一行\r\n第二行\"\r\n李四,\r\n\r\n\r\n";

        List<SheetRow> rows = reader.read(new ByteArrayInputStream(csv.getBytes(UTF_8)), "名单.csv");

        assertEquals(
                List.of(
                        new SheetRow(1, List.of("姓名", "备注")),
                        new SheetRow(2, List.of()),
                        new SheetRow(3, List.of("张三", "第一行\r\n第二行")),
                        new SheetRow(4, List.of("李四"))),
                rows);
    }

    @Test
    void anEmptyUploadHasNoRows() {
        assertEquals(List.of(), reader.read(new ByteArrayInputStream(new byte[0]), "名单.csv"));
    }

    // --- unreadable files ---------------------------------------------------------------------

    /** Issue 14, finding 6: POI's "Zip bomb detected! … ZipSecureFile" once reached the user. */
    @Test
    void aZipBombIsRefusedInTheUsersWordsNotPois() throws IOException {
        ByteArrayOutputStream bomb = new ByteArrayOutputStream();
        try (java.util.zip.ZipOutputStream zip = new java.util.zip.ZipOutputStream(bomb)) {
            zip.putNextEntry(new ZipEntry("[Content_Types].xml"));
            zip.write(
                    ("<?xml version=\"1.0\"?><Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
                                    + "<Default Extension=\"xml\" ContentType=\"application/xml\"/></Types>")
                            .getBytes(UTF_8));
            zip.putNextEntry(new ZipEntry("xl/worksheets/sheet1.xml"));
            byte[] spaces = new byte[1 << 20];
            Arrays.fill(spaces, (byte) ' ');
            for (int i = 0; i < 20; i++) {
                zip.write(spaces);
            }
        }
        SpreadsheetUnreadable e = assertThrows(
                SpreadsheetUnreadable.class,
                () -> reader.read(new ByteArrayInputStream(bomb.toByteArray()), "名单.xlsx"));
        assertTrue(e.messageKey().startsWith("error.spreadsheet."), e.messageKey());
        assertEquals(List.of("XLSX"), e.args(), "only the format reaches the user's message");
        String shown = cn.edu.ttms.domain.model.shared.DomainMessages.of(e, java.util.Locale.SIMPLIFIED_CHINESE);
        assertFalse(shown.contains("ZipSecureFile") || shown.contains("Zip bomb"), shown);
    }

    @Test
    void aTruncatedXlsxIsUnreadableWithAMessage() {
        byte[] whole = Fixtures.XLSX.bytes();
        byte[] half = Arrays.copyOf(whole, whole.length / 2);

        SpreadsheetUnreadable e =
                assertThrows(SpreadsheetUnreadable.class, () -> reader.read(new ByteArrayInputStream(half), "名单.xlsx"));

        assertEquals("error.spreadsheet.unreadable", e.messageKey());
        assertEquals(List.of("XLSX"), e.args(), "the user is told the format, never POI's own words");
        assertTrue(
                e.getMessage().startsWith("The file looks like an Excel 2007+ workbook (.xlsx) but cannot be read: "),
                e.getMessage());
        assertNotNull(e.getCause(), "POI's exception is kept for the log");
    }

    @Test
    void aZipThatIsNotAWorkbookIsUnreadable() throws IOException {
        ByteArrayOutputStream zip = new ByteArrayOutputStream();
        try (ZipOutputStream out = new ZipOutputStream(zip)) {
            out.putNextEntry(new ZipEntry("readme.txt"));
            out.write("not a workbook".getBytes(UTF_8));
        }

        SpreadsheetUnreadable e = assertThrows(
                SpreadsheetUnreadable.class, () -> reader.read(new ByteArrayInputStream(zip.toByteArray()), "名单.xlsx"));

        assertEquals("XLSX", e.args().get(0));
    }

    @Test
    void zipBombProtectionStaysOn() throws IOException {
        // A workbook with 20 MB of blanks inside its sheet: a ratio no real workbook has.
        byte[] workbook;
        try (XSSFWorkbook small = new XSSFWorkbook()) {
            small.createSheet().createRow(0).createCell(0).setCellValue("张三");
            workbook = bytes(small);
        }
        ByteArrayOutputStream bomb = new ByteArrayOutputStream();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(workbook));
                ZipOutputStream out = new ZipOutputStream(bomb)) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                out.putNextEntry(new ZipEntry(entry.getName()));
                String text = new String(in.readAllBytes(), UTF_8);
                if (entry.getName().equals("xl/worksheets/sheet1.xml")) {
                    text = text.replaceFirst("\\?>", "?>" + " ".repeat(20_000_000));
                }
                out.write(text.getBytes(UTF_8));
            }
        }

        SpreadsheetUnreadable e = assertThrows(
                SpreadsheetUnreadable.class,
                () -> reader.read(new ByteArrayInputStream(bomb.toByteArray()), "名单.xlsx"));

        assertTrue(e.getMessage().contains("Zip bomb"), e.getMessage());
    }

    @Test
    void garbageAfterTheXlsMagicIsUnreadable() {
        byte[] bytes = new byte[2048];
        Arrays.fill(bytes, (byte) 0x5A);
        int[] magic = {0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1};
        for (int i = 0; i < magic.length; i++) {
            bytes[i] = (byte) magic[i];
        }

        SpreadsheetUnreadable e =
                assertThrows(SpreadsheetUnreadable.class, () -> reader.read(new ByteArrayInputStream(bytes), "名单.csv"));

        assertEquals("XLS", e.args().get(0));
        assertTrue(e.getMessage().contains("Excel 97-2003"), e.getMessage());
    }

    @Test
    void aPasswordProtectedXlsxIsReportedAsSuch() throws Exception {
        POIFSFileSystem fs = new POIFSFileSystem();
        Encryptor encryptor = new EncryptionInfo(EncryptionMode.agile).getEncryptor();
        encryptor.confirmPassword("secret");
        try (OutputStream out = encryptor.getDataStream(fs)) {
            out.write(Fixtures.XLSX.bytes());
        }
        ByteArrayOutputStream encrypted = new ByteArrayOutputStream();
        fs.writeFilesystem(encrypted);

        SpreadsheetUnreadable e = assertThrows(
                SpreadsheetUnreadable.class,
                () -> reader.read(new ByteArrayInputStream(encrypted.toByteArray()), "名单.xlsx"));

        assertEquals("error.spreadsheet.passwordProtected", e.messageKey());
        assertEquals("XLSX", e.args().get(0));
    }

    @Test
    void aPasswordProtectedXlsIsReportedAsSuch() throws IOException {
        ByteArrayOutputStream encrypted = new ByteArrayOutputStream();
        try (HSSFWorkbook workbook = new HSSFWorkbook()) {
            workbook.createSheet().createRow(0).createCell(0).setCellValue("张三");
            Biff8EncryptionKey.setCurrentUserPassword("secret");
            workbook.write(encrypted);
        } finally {
            Biff8EncryptionKey.setCurrentUserPassword(null);
        }

        SpreadsheetUnreadable e = assertThrows(
                SpreadsheetUnreadable.class,
                () -> reader.read(new ByteArrayInputStream(encrypted.toByteArray()), "名单.xls"));

        assertEquals("error.spreadsheet.passwordProtected", e.messageKey());
        assertEquals("XLS", e.args().get(0));
    }

    @Test
    void anUnclosedQuoteInCsvIsUnreadable() {
        byte[] csv = "姓名,学校\r\n张三,\"一中\r\n李四,二中\r\n".getBytes(UTF_8);

        SpreadsheetUnreadable e =
                assertThrows(SpreadsheetUnreadable.class, () -> reader.read(new ByteArrayInputStream(csv), "名单.csv"));

        assertEquals("CSV", e.args().get(0));
    }

    // --- limits -------------------------------------------------------------------------------

    @Test
    void moreRowsThanTheLimitAreRefused() {
        byte[] csv = "姓名\r\n张三\r\n李四\r\n王五\r\n赵六\r\n孙七\r\n".getBytes(UTF_8);

        SpreadsheetUnreadable e = assertThrows(
                SpreadsheetUnreadable.class,
                () -> new SpreadsheetReader(5).read(new ByteArrayInputStream(csv), "名单.csv"));

        assertEquals("error.spreadsheet.tooManyRows", e.messageKey());
        assertEquals(List.of("5"), e.args());
        assertTrue(e.getMessage().contains("more than 5 rows"), e.getMessage());
    }

    @Test
    void rowsExactlyAtTheLimitAndBlankLinesAfterItAreAccepted() {
        byte[] csv = "姓名\r\n张三\r\n李四\r\n王五\r\n赵六\r\n\r\n,,\r\n\r\n".getBytes(UTF_8);

        List<SheetRow> rows = new SpreadsheetReader(5).read(new ByteArrayInputStream(csv), "名单.csv");

        assertEquals(5, rows.size());
        assertEquals(new SheetRow(5, List.of("赵六")), rows.get(4));
    }

    @Test
    void theRowLimitAppliesToWorkbooksToo() {
        List<List<?>> rows = new ArrayList<>();
        for (int i = 1; i <= 5; i++) {
            rows.add(List.of("教师" + i));
        }
        byte[] xlsx = Fixtures.XLSX.write(List.of("姓名"), rows); // 6 rows with the header

        assertEquals(
                6,
                new SpreadsheetReader(6)
                        .read(new ByteArrayInputStream(xlsx), "x")
                        .size());
        SpreadsheetUnreadable e = assertThrows(
                SpreadsheetUnreadable.class, () -> new SpreadsheetReader(5).read(new ByteArrayInputStream(xlsx), "x"));
        assertEquals("error.spreadsheet.tooManyRows", e.messageKey());
    }

    @Test
    void formattedButEmptyWorkbookRowsBeyondTheLimitAreAccepted() throws IOException {
        try (XSSFWorkbook workbook = new XSSFWorkbook()) {
            Sheet sheet = workbook.createSheet();
            for (int i = 0; i < 3; i++) {
                sheet.createRow(i).createCell(0).setCellValue("教师" + i);
            }
            CellStyle text = style(workbook, "@");
            for (int i = 3; i < 500; i++) {
                sheet.createRow(i).createCell(0).setCellStyle(text);
            }
            byte[] xlsx = bytes(workbook);

            SpreadsheetReader threeRows = new SpreadsheetReader(3);

            assertEquals(3, threeRows.read(new ByteArrayInputStream(xlsx), "x").size());
        }
    }

    @Test
    void noTemporaryFileIsLeftBehind() throws IOException {
        Path tmp = Path.of(System.getProperty("java.io.tmpdir"));
        long before = countUploads(tmp);
        byte[] good = Fixtures.XLSX.bytes();
        byte[] bad = Arrays.copyOf(good, good.length / 2);

        reader.read(new ByteArrayInputStream(good), "名单.xlsx");
        assertThrows(SpreadsheetUnreadable.class, () -> reader.read(new ByteArrayInputStream(bad), "名单.xlsx"));

        assertEquals(before, countUploads(tmp));
    }

    @Test
    void aFileLargerThanTheLimitIsRefusedBeforeParsing() {
        byte[] exactly = new byte[100];
        Arrays.fill(exactly, (byte) 'a');
        byte[] larger = Arrays.copyOf(exactly, 101);
        Arrays.fill(larger, (byte) 'a');
        SpreadsheetReader small = new SpreadsheetReader(10, 100);

        assertEquals(1, small.read(new ByteArrayInputStream(exactly), "a.csv").size());
        SpreadsheetUnreadable e =
                assertThrows(SpreadsheetUnreadable.class, () -> small.read(new ByteArrayInputStream(larger), "a.csv"));
        assertEquals("error.spreadsheet.tooLarge", e.messageKey());
        assertEquals(List.of("100"), e.args());
    }

    @Test
    void limitsMustBePositive() {
        assertThrows(IllegalArgumentException.class, () -> new SpreadsheetReader(0));
        assertThrows(IllegalArgumentException.class, () -> new SpreadsheetReader(10, 0));
    }

    // --- helpers ------------------------------------------------------------------------------

    private SheetRow readOnly(Workbook workbook) throws IOException {
        List<SheetRow> rows = reader.read(new ByteArrayInputStream(bytes(workbook)), "x.xlsx");
        assertEquals(1, rows.size());
        return rows.get(0);
    }

    private static CellStyle style(Workbook workbook, String format) {
        CellStyle style = workbook.createCellStyle();
        style.setDataFormat(workbook.createDataFormat().getFormat(format));
        return style;
    }

    private static long countUploads(Path dir) throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(f -> f.getFileName().toString().startsWith("ttms-upload-"))
                    .count();
        }
    }

    private static byte[] bytes(Workbook workbook) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        workbook.write(out);
        return out.toByteArray();
    }
}
