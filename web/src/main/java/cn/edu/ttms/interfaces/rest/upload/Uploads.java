package cn.edu.ttms.interfaces.rest.upload;

import cn.edu.ttms.interfaces.rest.problem.InvalidField;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.EntityPart;
import java.io.IOException;
import java.io.InputStream;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The uploaded spreadsheet of an import: the multipart part {@code file}, read through a counting
 * stream that stops at {@code app.upload.max-bytes} (the request filter already refuses a larger
 * declared body; this holds for each part however the body arrived).
 */
@ApplicationScoped
public class Uploads {

    @Inject
    @ConfigProperty(name = "app.upload.max-bytes", defaultValue = "20971520")
    long maxUploadBytes;

    /** The part's bytes; a missing part is a 422 naming {@code file}, an oversized one 413. */
    public byte[] content(EntityPart file) throws IOException {
        if (file == null) {
            throw new InvalidField("file", "api.expects.file");
        }
        try (InputStream in = file.getContent()) {
            return LimitedInputStream.readAtMost(in, maxUploadBytes);
        }
    }

    /** The file name the client gave, or the fallback: it tells the reader CSV from xlsx. */
    public static String name(EntityPart file, String fallback) {
        return file.getFileName().filter(n -> !n.isBlank()).map(Uploads::utf8).orElse(fallback);
    }

    /**
     * Browsers and curl send a file name as UTF-8 bytes, which the multipart reader decodes as
     * ISO-8859-1: "名单.xlsx" arrives as "åå.xlsx". Such a name is decoded again when its bytes
     * are valid UTF-8; any other name is kept as it came.
     */
    static String utf8(String name) {
        if (name.chars().anyMatch(c -> c > 0xFF) || name.chars().allMatch(c -> c < 0x80)) {
            return name;
        }
        try {
            return java.nio.charset.StandardCharsets.UTF_8
                    .newDecoder()
                    .onMalformedInput(java.nio.charset.CodingErrorAction.REPORT)
                    .decode(java.nio.ByteBuffer.wrap(name.getBytes(java.nio.charset.StandardCharsets.ISO_8859_1)))
                    .toString();
        } catch (java.nio.charset.CharacterCodingException notUtf8) {
            return name;
        }
    }
}
