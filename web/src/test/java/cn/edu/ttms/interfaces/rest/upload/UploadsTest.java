package cn.edu.ttms.interfaces.rest.upload;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class UploadsTest {

    @Test
    void aChineseFileNameDecodedAsLatin1IsRepaired() {
        String sent = "2026年培训计划.xlsx";
        String received = new String(sent.getBytes(StandardCharsets.UTF_8), StandardCharsets.ISO_8859_1);
        assertEquals(sent, Uploads.utf8(received));
        assertEquals(sent, Uploads.utf8(sent), "a name that arrived right stays");
        assertEquals("plan.xlsx", Uploads.utf8("plan.xlsx"));
        assertEquals("café.csv", Uploads.utf8("café.csv"), "Latin-1 that is not UTF-8 bytes stays");
    }

    @Test
    void readingStopsAtTheLimit() throws Exception {
        byte[] twoKilobytes = new byte[2048];
        assertEquals(2048, LimitedInputStream.readAtMost(new ByteArrayInputStream(twoKilobytes), 2048).length);
        UploadTooLarge e = assertThrows(
                UploadTooLarge.class,
                () -> LimitedInputStream.readAtMost(new ByteArrayInputStream(twoKilobytes), 1024));
        assertEquals(1024, e.limit());
        assertEquals(1, e.limitInMegabytes());
    }
}
