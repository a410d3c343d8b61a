package cn.edu.ttms.infrastructure.spreadsheet;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Exports never carry a formula into a CSV that Excel saves from them, and read back unchanged. */
class FormulaGuardTest {

    /** Text as people type it into names and notes, every trigger of OWASP's CSV injection list. */
    private static final List<String> DANGEROUS = List.of(
            "=HYPERLINK(\"http://x\",\"点我\")",
            "+86 871 1234",
            "-2+3",
            "@SUM(A1)",
            "\tTab",
            "\rCR",
            "'=already quoted",
            "''-two");

    @ParameterizedTest
    @ValueSource(strings = {"=1+1", "+1 x", "-A1", "@cmd", "\t=1", "\r=1", "'=1", "''+x"})
    void aTextThatWouldStartAFormulaGetsAnApostrophe(String text) {
        assertEquals("'" + text, FormulaGuard.neutralise(text));
        assertEquals(text, FormulaGuard.restore(FormulaGuard.neutralise(text)));
    }

    @ParameterizedTest
    @ValueSource(strings = {"张三", "-5", "+2.5", "-0.5", "12", "'quoted", "a=b", "", "O'Brien"})
    void harmlessTextAndPlainNumbersAreLeftAlone(String text) {
        assertEquals(text, FormulaGuard.neutralise(text));
        assertEquals(text, FormulaGuard.restore(text));
    }

    @Test
    void inAWorkbookTheTextCellStartsWithTheApostropheAndANegativeNumberStaysANumber() throws IOException {
        byte[] bytes = Fixtures.XLSX.write(
                List.of("姓名", "学时", "备注"),
                List.of(
                        Arrays.asList("=HYPERLINK(\"http://x\")", -4, "-2+3"),
                        Arrays.asList("@SUM(A1)", new BigDecimal("-1.5"), "-7")));
        try (Workbook workbook = new XSSFWorkbook(new ByteArrayInputStream(bytes))) {
            Row first = workbook.getSheetAt(0).getRow(1);
            assertEquals("'=HYPERLINK(\"http://x\")", first.getCell(0).getStringCellValue());
            assertEquals(CellType.NUMERIC, first.getCell(1).getCellType());
            assertEquals(-4.0, first.getCell(1).getNumericCellValue());
            assertEquals("'-2+3", first.getCell(2).getStringCellValue());
            Row second = workbook.getSheetAt(0).getRow(2);
            assertEquals("'@SUM(A1)", second.getCell(0).getStringCellValue());
            assertEquals(CellType.NUMERIC, second.getCell(1).getCellType());
            assertEquals(-1.5, second.getCell(1).getNumericCellValue());
            assertEquals(CellType.STRING, second.getCell(2).getCellType());
            assertEquals("-7", second.getCell(2).getStringCellValue());
        }
    }

    @Test
    void inCsvTheValueStartsWithTheApostropheAndNumbersArePlain() {
        String csv = new String(
                Fixtures.CSV_UTF8_WITHOUT_BOM.write(List.of("a", "b", "c"), List.of(Arrays.asList("=1+1", -3, "@x"))),
                StandardCharsets.UTF_8);
        assertEquals("a,b,c\r\n'=1+1,-3,'@x\r\n", csv);
    }

    @ParameterizedTest
    @EnumSource(Fixtures.class)
    void everyFormatReadsTheOriginalTextBack(Fixtures fixture) {
        List<String> header = List.of("姓名", "学时", "备注", "其他", "五", "六", "七", "八");
        byte[] bytes = fixture.write(header, List.of(DANGEROUS));
        List<SheetRow> rows = new SpreadsheetReader().read(new ByteArrayInputStream(bytes), fixture.fileName);
        // the reader trims as always: tab and carriage return at the start are invisible there
        assertEquals(
                List.of(
                        "=HYPERLINK(\"http://x\",\"点我\")",
                        "+86 871 1234",
                        "-2+3",
                        "@SUM(A1)",
                        "Tab",
                        "CR",
                        "'=already quoted",
                        "''-two"),
                rows.get(1).cells());
    }
}
