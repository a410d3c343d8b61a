package cn.edu.ttms.application.sheet;

import java.nio.charset.Charset;
import java.util.Optional;

/**
 * The file an export writes: an Excel workbook, or comma-separated text for older tools — in GBK's
 * superset GB18030, which Excel and WPS on Chinese Windows read as their own code page (GBK) without
 * a byte order mark, and which still holds a rare character of a name that GBK lacks. The CSV has the
 * same header row(s) and cells as the workbook, numbers unformatted (45, 25.92), dates {@code
 * yyyy-MM-dd}.
 */
public enum ExportFormat {
    XLSX("xlsx"),
    CSV("csv");

    /** The encoding of {@link #CSV}. */
    public static final Charset CSV_CHARSET = Charset.forName("GB18030");

    private final String extension;

    ExportFormat(String extension) {
        this.extension = extension;
    }

    /** The file name's extension, without the dot. */
    public String extension() {
        return extension;
    }

    /** The format a request names ({@code xlsx} or {@code csv}, any case; none is {@link #XLSX}), or empty for another. */
    public static Optional<ExportFormat> named(String name) {
        if (name == null || name.isBlank()) {
            return Optional.of(XLSX);
        }
        for (ExportFormat format : values()) {
            if (format.extension.equalsIgnoreCase(name.strip())) {
                return Optional.of(format);
            }
        }
        return Optional.empty();
    }
}
