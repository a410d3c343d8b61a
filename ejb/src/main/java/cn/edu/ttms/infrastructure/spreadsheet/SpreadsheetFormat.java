package cn.edu.ttms.infrastructure.spreadsheet;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * The kinds of file a bureau uploads, told apart by their content because file names lie: a CSV
 * renamed to {@code .xls} by a helpful colleague, an {@code .xlsx} that another system exports
 * under the name {@code .xls}, a download whose name lost its extension.
 */
public enum SpreadsheetFormat {
    XLSX("an Excel 2007+ workbook (.xlsx)"),
    XLS("an Excel 97-2003 workbook (.xls)"),
    CSV("comma-separated text (CSV)"),
    TSV("tab-separated text");

    /** Every .xlsx is a ZIP archive. */
    private static final byte[] ZIP = {0x50, 0x4B, 0x03, 0x04};

    /** Every .xls (and every password-protected .xlsx) is an OLE2 compound document. */
    private static final byte[] OLE2 = {
        (byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1
    };

    /** Enough text to hold the first non-empty line of any sane upload. */
    private static final int TEXT_SNIFF_BYTES = 64 * 1024;

    private final String description;

    SpreadsheetFormat(String description) {
        this.description = description;
    }

    /** For messages: what the file was taken for. */
    public String description() {
        return description;
    }

    public boolean isWorkbook() {
        return this == XLSX || this == XLS;
    }

    /**
     * The format of {@code content}, from its magic number; for text, TSV when the first non-empty
     * line has more tabs than commas. The file name is used only when the content cannot tell: an
     * empty file, or a first line without tabs or commas (one column), where {@code .tsv} or
     * {@code .txt} (Excel's "Text (Tab delimited)") means TSV.
     *
     * @param content the file's bytes, or at least its first 64 KB
     * @param fileNameHint the uploaded file's name, may be {@code null}
     */
    public static SpreadsheetFormat detect(byte[] content, String fileNameHint) {
        if (startsWith(content, ZIP)) {
            return XLSX;
        }
        if (startsWith(content, OLE2)) {
            return XLS;
        }
        int length = Math.min(content.length, TEXT_SNIFF_BYTES);
        // Tabs, commas and line breaks are single ASCII bytes in UTF-8, GBK and GB18030 alike, so
        // ISO-8859-1 counts them exactly without knowing the encoding; only UTF-16 needs decoding.
        Charset charset = TextEncodingDetector.byteOrderMarkCharset(content).orElse(StandardCharsets.ISO_8859_1);
        String head = new String(content, 0, length, charset);
        return ofText(head, fileNameHint);
    }

    /** CSV or TSV for already decoded text; see {@link #detect}. */
    static SpreadsheetFormat ofText(String text, String fileNameHint) {
        String line = firstNonEmptyLine(text);
        long tabs = line.chars().filter(c -> c == '\t').count();
        long commas = line.chars().filter(c -> c == ',').count();
        if (tabs != commas) {
            return tabs > commas ? TSV : CSV;
        }
        String name = fileNameHint == null
                ? ""
                : fileNameHint.toLowerCase(Locale.ROOT).strip();
        return name.endsWith(".tsv") || name.endsWith(".txt") || name.endsWith(".tab") ? TSV : CSV;
    }

    private static String firstNonEmptyLine(String text) {
        return text.lines() // lazily: the reader passes the whole file
                .filter(line -> !line.replace("\uFEFF", "").isBlank())
                .findFirst()
                .orElse("");
    }

    private static boolean startsWith(byte[] content, byte[] magic) {
        if (content.length < magic.length) {
            return false;
        }
        for (int i = 0; i < magic.length; i++) {
            if (content[i] != magic[i]) {
                return false;
            }
        }
        return true;
    }
}
