package cn.edu.ttms.infrastructure.spreadsheet;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.xml.stream.XMLStreamException;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.EncryptedDocumentException;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.openxml4j.exceptions.OpenXML4JException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Reads the first sheet of an upload (.xlsx, .xls, CSV or TSV in UTF-8 or GBK) into {@link
 * SheetRow}s holding each cell's text as the user sees it in Excel, so that importers parse one
 * shape and report errors with the row numbers the user sees.
 *
 * <p>What "as the user sees it" means for a cell is told in {@link CellText}: 45 not 45.0, 6.50
 * where the format says {@code 0.00}, dates as {@code yyyy-MM-dd}, formulas evaluated. For the
 * sheet:
 *
 * <ul>
 *   <li>Only the first sheet (in tab order, even if hidden) is read.
 *   <li>A merged range has its value in its top-left cell only; the other cells of the range are
 *       empty, as POI reports them. Importers must not expect the value repeated.
 *   <li>Hidden rows and columns are read like the others.
 *   <li>Nothing is skipped: a blank row comes back as a blank {@link SheetRow} so that later
 *       numbers stay right. Blank rows after the last row with text are dropped.
 * </ul>
 *
 * <p>Limits: the upload is held in memory whole (at most {@code maxBytes}), and a workbook is read
 * with POI's in-memory model, simple and comfortable at this system's sizes but heavy: about 20 KB
 * of heap per row of 12 columns (a 10,000-row .xlsx reads in a 256 MB heap; 50,000 rows need about
 * 1 GB; 200,000 about 4 GB). Choose {@code maxRows} for the server's heap. A sheet with text beyond
 * {@code maxRows} is refused rather than half-read, for .xlsx by a streaming pass before the model
 * is built ({@link XlsxRowGuard}). POI's zip-bomb checks ({@code ZipSecureFile}) stay at their
 * defaults.
 *
 * <p>Any failure to read comes out as {@link SpreadsheetUnreadable}, naming the detected format and
 * the reason. Immutable and thread-safe; {@link #read} does not close the stream.
 */
public final class SpreadsheetReader {

    public static final int DEFAULT_MAX_ROWS = 50_000;

    /** Far above an .xlsx of 200,000 rows × 12 columns (about 11 MB). */
    public static final int DEFAULT_MAX_BYTES = 64 * 1024 * 1024;

    private final int maxRows;
    private final int maxBytes;

    public SpreadsheetReader() {
        this(DEFAULT_MAX_ROWS, DEFAULT_MAX_BYTES);
    }

    public SpreadsheetReader(int maxRows) {
        this(maxRows, DEFAULT_MAX_BYTES);
    }

    public SpreadsheetReader(int maxRows, int maxBytes) {
        if (maxRows < 1 || maxBytes < 1) {
            throw new IllegalArgumentException("Limits must be positive: " + maxRows + " rows, " + maxBytes + " bytes");
        }
        this.maxRows = maxRows;
        this.maxBytes = maxBytes;
    }

    /**
     * The rows of the upload's first sheet, numbered from 1 as Excel numbers them.
     *
     * @param in the upload; read to the end, not closed
     * @param fileNameHint the uploaded file's name, used only where the content cannot tell (see
     *     {@link SpreadsheetFormat#detect}); may be {@code null}
     * @throws SpreadsheetUnreadable if the file is damaged, protected, too large, or too long
     */
    public List<SheetRow> read(InputStream in, String fileNameHint) {
        byte[] content = readAtMostMaxBytes(in);
        SpreadsheetFormat format = SpreadsheetFormat.detect(content, fileNameHint);
        List<SheetRow> rows = switch (format) {
            case XLSX, XLS -> readWorkbook(content, format);
            case CSV, TSV -> readText(TextEncodingDetector.decode(content), fileNameHint);
        };
        return List.copyOf(rows);
    }

    private byte[] readAtMostMaxBytes(InputStream in) {
        try {
            byte[] content = in.readNBytes(maxBytes);
            if (content.length == maxBytes && in.read() != -1) {
                throw SpreadsheetUnreadable.tooLarge(maxBytes);
            }
            return content;
        } catch (IOException e) {
            throw new UncheckedIOException("Could not receive the upload", e);
        }
    }

    private List<SheetRow> readWorkbook(byte[] content, SpreadsheetFormat format) {
        try {
            return format == SpreadsheetFormat.XLSX ? readXlsx(content) : readXls(content);
        } catch (SpreadsheetUnreadable e) {
            throw e;
        } catch (EncryptedDocumentException e) {
            throw SpreadsheetUnreadable.passwordProtected(format, e);
        } catch (IOException | OpenXML4JException | XMLStreamException | RuntimeException e) {
            throw SpreadsheetUnreadable.corrupt(format, describe(e), e);
        }
    }

    /**
     * Opens the .xlsx from a temporary file rather than from the bytes: POI holds each part of a
     * stream in one array of at most 100 MB, which the sheet of a 200,000-row workbook exceeds,
     * while a file is read part by part (with the same zip-bomb checks).
     */
    private List<SheetRow> readXlsx(byte[] content) throws IOException, OpenXML4JException, XMLStreamException {
        Path file = Files.createTempFile("ttms-upload-", ".xlsx");
        try {
            Files.write(file, content);
            OPCPackage pkg = OPCPackage.open(file.toFile(), PackageAccess.READ);
            try {
                XlsxRowGuard.check(pkg, maxRows);
                return readFirstSheet(new XSSFWorkbook(pkg), SpreadsheetFormat.XLSX);
            } finally {
                pkg.revert(); // close() would try to save a package opened read-only
            }
        } finally {
            Files.deleteIfExists(file); // after revert(): Windows cannot delete an open file
        }
    }

    private List<SheetRow> readXls(byte[] content) throws IOException {
        try (POIFSFileSystem fs = new POIFSFileSystem(new ByteArrayInputStream(content))) {
            if (fs.getRoot().hasEntry("EncryptedPackage")) {
                // An .xlsx saved with "Encrypt with Password" is wrapped in an OLE2 container.
                throw SpreadsheetUnreadable.passwordProtected(SpreadsheetFormat.XLSX, null);
            }
            try (HSSFWorkbook workbook = new HSSFWorkbook(fs)) {
                return readFirstSheet(workbook, SpreadsheetFormat.XLS);
            }
        }
    }

    private List<SheetRow> readFirstSheet(Workbook workbook, SpreadsheetFormat format) {
        if (workbook.getNumberOfSheets() == 0) {
            throw SpreadsheetUnreadable.corrupt(format, "the workbook has no sheet", null);
        }
        return readSheet(workbook.getSheetAt(0), workbook);
    }

    private List<SheetRow> readSheet(Sheet sheet, Workbook workbook) {
        CellText text = new CellText(workbook);
        List<SheetRow> rows = new ArrayList<>();
        for (Row row : sheet) {
            List<String> cells = new ArrayList<>();
            for (Cell cell : row) {
                while (cells.size() < cell.getColumnIndex()) {
                    cells.add("");
                }
                cells.add(text.of(cell));
            }
            add(rows, row.getRowNum() + 1, cells);
        }
        return rows;
    }

    private List<SheetRow> readText(String text, String fileNameHint) {
        SpreadsheetFormat format = SpreadsheetFormat.ofText(text, fileNameHint);
        CSVFormat csv = CSVFormat.DEFAULT
                .builder()
                .setDelimiter(format == SpreadsheetFormat.TSV ? '\t' : ',')
                .setIgnoreEmptyLines(false)
                .get();
        List<SheetRow> rows = new ArrayList<>();
        try (CSVParser parser = CSVParser.parse(text, csv)) {
            for (CSVRecord record : parser) {
                add(rows, Math.toIntExact(record.getRecordNumber()), record.toList());
            }
        } catch (IOException | UncheckedIOException e) {
            throw SpreadsheetUnreadable.corrupt(format, describe(e), e);
        }
        return rows;
    }

    /** Appends a row, and the blank rows the file skipped before it; enforces {@code maxRows}. */
    private void add(List<SheetRow> rows, int number, List<String> cells) {
        SheetRow row = new SheetRow(number, cells);
        if (row.isBlank()) {
            return; // added as filler once a later row has text; trailing blanks never are
        }
        if (number > maxRows) {
            throw SpreadsheetUnreadable.tooManyRows(maxRows);
        }
        while (rows.size() < number - 1) {
            rows.add(new SheetRow(rows.size() + 1, List.of()));
        }
        rows.add(row);
    }

    private static String describe(Exception e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String message = root.getMessage() != null ? root.getMessage() : e.getMessage();
        return message != null ? message : root.getClass().getSimpleName();
    }
}
