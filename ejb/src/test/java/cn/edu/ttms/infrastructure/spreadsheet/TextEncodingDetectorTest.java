package cn.edu.ttms.infrastructure.spreadsheet;

import static java.nio.charset.StandardCharsets.UTF_16LE;
import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import org.junit.jupiter.api.Test;

class TextEncodingDetectorTest {

    private static final Charset GBK = Charset.forName("GBK");
    private static final Charset GB18030 = TextEncodingDetector.GB18030;
    private static final String HEADER = "姓名,身份证号,学校\r\n张三,53090219800101001X,昆明市第一中学\r\n";

    @Test
    void utf8WithByteOrderMark() {
        byte[] bytes = withUtf8Bom(HEADER.getBytes(UTF_8));

        assertEquals(UTF_8, TextEncodingDetector.detect(bytes));
        assertEquals(HEADER, TextEncodingDetector.decode(bytes), "the mark is not text");
    }

    @Test
    void utf8WithoutByteOrderMark() {
        byte[] bytes = HEADER.getBytes(UTF_8);

        assertEquals(UTF_8, TextEncodingDetector.detect(bytes));
        assertEquals(HEADER, TextEncodingDetector.decode(bytes));
    }

    @Test
    void gbkAsExcelOnChineseWindowsSavesIt() {
        byte[] bytes = HEADER.getBytes(GBK);

        assertEquals(GB18030, TextEncodingDetector.detect(bytes));
        assertEquals(HEADER, TextEncodingDetector.decode(bytes));
    }

    @Test
    void aSingleGbkCharacter() {
        byte[] bytes = "中".getBytes(GBK);
        assertArrayEquals(new byte[] {(byte) 0xD6, (byte) 0xD0}, bytes);

        assertEquals(GB18030, TextEncodingDetector.detect(bytes));
        assertEquals("中", TextEncodingDetector.decode(bytes));
    }

    @Test
    void shortGbkThatIsAlsoValidUtf8IsStillGbk() throws CharacterCodingException {
        byte[] bytes = "学校".getBytes(GBK);
        // The premise: D1 A7 D0 A3 is two well-formed UTF-8 sequences (Cyrillic ѧУ).
        assertEquals("ѧУ", strictUtf8(bytes));

        assertEquals(GB18030, TextEncodingDetector.detect(bytes));
        assertEquals("学校", TextEncodingDetector.decode(bytes));
    }

    @Test
    void accentedLatinNamesInUtf8StayUtf8() {
        byte[] bytes = "Müller,José,Ørsted".getBytes(UTF_8);

        assertEquals(UTF_8, TextEncodingDetector.detect(bytes));
        assertEquals("Müller,José,Ørsted", TextEncodingDetector.decode(bytes));
    }

    @Test
    void rareCharactersOutsideGbkSurviveAsGb18030() {
        String name = "王䶮,𠮷野家";
        byte[] bytes = name.getBytes(GB18030);

        assertEquals(GB18030, TextEncodingDetector.detect(bytes));
        assertEquals(name, TextEncodingDetector.decode(bytes));
    }

    @Test
    void excelUnicodeTextIsUtf16WithByteOrderMark() {
        byte[] text = "姓名\t学校\r\n".getBytes(UTF_16LE);
        byte[] bytes = new byte[text.length + 2];
        bytes[0] = (byte) 0xFF;
        bytes[1] = (byte) 0xFE;
        System.arraycopy(text, 0, bytes, 2, text.length);

        assertEquals(UTF_16LE, TextEncodingDetector.detect(bytes));
        assertEquals("姓名\t学校\r\n", TextEncodingDetector.decode(bytes));
    }

    @Test
    void asciiAndEmptyFilesAreUtf8() {
        assertEquals(UTF_8, TextEncodingDetector.detect("name,id\r\n".getBytes(UTF_8)));
        assertEquals(UTF_8, TextEncodingDetector.detect(new byte[0]));
        assertEquals("", TextEncodingDetector.decode(new byte[0]));
    }

    private static byte[] withUtf8Bom(byte[] text) {
        byte[] bytes = new byte[text.length + 3];
        bytes[0] = (byte) 0xEF;
        bytes[1] = (byte) 0xBB;
        bytes[2] = (byte) 0xBF;
        System.arraycopy(text, 0, bytes, 3, text.length);
        return bytes;
    }

    private static String strictUtf8(byte[] bytes) throws CharacterCodingException {
        return UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .decode(ByteBuffer.wrap(bytes))
                .toString();
    }
}
