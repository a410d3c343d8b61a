package cn.edu.ttms.domain.model.material;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * The files a project's materials may be: PDF, Word, Excel, JPEG/PNG photos and zip archives. A file is
 * taken only when its name's extension is one of these and its first bytes are what that format starts
 * with — an executable renamed ".pdf" is refused. (docx and xlsx are zip containers, doc and xls OLE2
 * compound files: their magic bytes are those of their container.)
 */
public enum MaterialFileType {
    PDF("application/pdf", Magic.PDF, "pdf"),
    DOC("application/msword", Magic.OLE2, "doc"),
    DOCX("application/vnd.openxmlformats-officedocument.wordprocessingml.document", Magic.ZIP, "docx"),
    XLS("application/vnd.ms-excel", Magic.OLE2, "xls"),
    XLSX("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", Magic.ZIP, "xlsx"),
    JPEG("image/jpeg", Magic.JPEG, "jpg", "jpeg"),
    PNG("image/png", Magic.PNG, "png"),
    ZIP("application/zip", Magic.ZIP, "zip");

    /** The extensions accepted, for messages: "pdf、doc、docx…". */
    public static final String ACCEPTED = "pdf, doc, docx, xls, xlsx, jpg, jpeg, png, zip";

    private final String contentType;
    private final Magic magic;
    private final String[] extensions;

    MaterialFileType(String contentType, Magic magic, String... extensions) {
        this.contentType = contentType;
        this.magic = magic;
        this.extensions = extensions;
    }

    public String contentType() {
        return contentType;
    }

    /**
     * The type of a file by its name's extension and its content's first bytes; empty when the extension is
     * not accepted or the content is not of that format.
     */
    public static Optional<MaterialFileType> of(String fileName, byte[] content) {
        if (fileName == null || content == null) {
            return Optional.empty();
        }
        int dot = fileName.lastIndexOf('.');
        if (dot < 0) {
            return Optional.empty();
        }
        String ext = fileName.substring(dot + 1).strip().toLowerCase(Locale.ROOT);
        return Arrays.stream(values())
                .filter(t -> Arrays.asList(t.extensions).contains(ext))
                .filter(t -> t.magic.matches(content))
                .findFirst();
    }

    /** How each container begins. */
    private enum Magic {
        PDF(0x25, 0x50, 0x44, 0x46, 0x2D), // %PDF-
        OLE2(0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1),
        ZIP(0x50, 0x4B, 0x03, 0x04), // PK\3\4: a zip with at least one entry
        JPEG(0xFF, 0xD8, 0xFF),
        PNG(0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A);

        private final int[] start;

        Magic(int... start) {
            this.start = start;
        }

        boolean matches(byte[] content) {
            if (content.length < start.length) {
                return false;
            }
            for (int i = 0; i < start.length; i++) {
                if ((content[i] & 0xFF) != start[i]) {
                    return false;
                }
            }
            return true;
        }
    }
}
