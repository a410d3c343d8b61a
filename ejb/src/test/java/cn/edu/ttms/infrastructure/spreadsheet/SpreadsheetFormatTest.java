package cn.edu.ttms.infrastructure.spreadsheet;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class SpreadsheetFormatTest {

    @Test
    void zipMagicIsXlsxWhateverTheName() {
        byte[] zip = bytes(0x50, 0x4B, 0x03, 0x04, 0x14, 0x00);

        assertEquals(SpreadsheetFormat.XLSX, SpreadsheetFormat.detect(zip, "教师名单.csv"));
    }

    @Test
    void ole2MagicIsXlsWhateverTheName() {
        byte[] ole2 = bytes(0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1, 0x00);

        assertEquals(SpreadsheetFormat.XLS, SpreadsheetFormat.detect(ole2, "教师名单.xlsx"));
    }

    @Test
    void moreTabsThanCommasOnTheFirstNonEmptyLineIsTsv() {
        byte[] text = "\r\n\r\n姓名\t学校\t备注\r\n张三\t一中\t甲,乙,丙,丁\r\n".getBytes(UTF_8);

        assertEquals(SpreadsheetFormat.TSV, SpreadsheetFormat.detect(text, "名单.csv"));
    }

    @Test
    void commasWinOverATabInsideAValue() {
        byte[] text = "姓名,学校,备注\t说明\r\n".getBytes(Charset.forName("GBK"));

        assertEquals(SpreadsheetFormat.CSV, SpreadsheetFormat.detect(text, "名单.txt"));
    }

    @Test
    void aSingleColumnFollowsTheFileName() {
        byte[] text = "身份证号\r\n53090219800101001X\r\n".getBytes(UTF_8);

        assertEquals(SpreadsheetFormat.CSV, SpreadsheetFormat.detect(text, "名单.csv"));
        assertEquals(SpreadsheetFormat.TSV, SpreadsheetFormat.detect(text, "名单.TXT"));
        assertEquals(SpreadsheetFormat.CSV, SpreadsheetFormat.detect(text, null));
    }

    @Test
    void anEmptyFileIsText() {
        assertEquals(SpreadsheetFormat.CSV, SpreadsheetFormat.detect(new byte[0], "名单.xlsx"));
    }

    @Test
    void utf16TextIsDecodedBeforeCounting() {
        // 听 and 本 are 2C 54 and 2C 67 in UTF-16LE: two "commas" to a byte counter.
        byte[] text = "\uFEFF听课记录本\t学校\r\n".getBytes(StandardCharsets.UTF_16LE);

        assertEquals(SpreadsheetFormat.TSV, SpreadsheetFormat.detect(text, "名单.csv"));
    }

    private static byte[] bytes(int... values) {
        byte[] bytes = new byte[values.length];
        for (int i = 0; i < values.length; i++) {
            bytes[i] = (byte) values[i];
        }
        return bytes;
    }
}
