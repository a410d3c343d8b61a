package cn.edu.ttms.infrastructure.spreadsheet.plan;

import static org.junit.jupiter.api.Assertions.fail;

import cn.edu.ttms.infrastructure.spreadsheet.SheetRow;
import cn.edu.ttms.infrastructure.spreadsheet.SpreadsheetFormat;
import cn.edu.ttms.infrastructure.spreadsheet.SpreadsheetWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The Chenzhou 2018 plan, the attachment of seed {@code 003_…}: its table as {@link SheetRow}s, and
 * the same table written in every format a bureau uploads. The fixtures are generated here from the
 * seed's text, into a temporary directory, never committed.
 *
 * <p>Rows are numbered from the attachment's first line ({@code 附件} is row 1), so that the numbers
 * are the same whether the table is split from the text or read back from a file whose first row is
 * that line.
 */
public final class ChenzhouPlan {

    /** Relative to the module directory, where the tests run. */
    static final Path SEED = Path.of("../../shared/seeds/003_b94b5f1c43dfc7dc.txt");

    static final String ATTACHMENT = "附件";

    /** Data rows (53 numbered projects and one continuation) and what the bureau states. */
    static final int ROWS = 54;

    static final int PROJECTS = 53;
    static final int PLACES = 7205;

    /** Row numbers (from 附件 = 1) of rows the tests look at. */
    public static final int HEADER_ROW = 5;

    static final int FIRST_PROJECT_ROW = 7;
    static final int PROJECT_44_ROW = 53;
    static final int CONTINUATION_ROW = 54;
    public static final int TOTAL_ROW = 64;

    private static final Pattern NUMBER = Pattern.compile("[0-9]+(\\.[0-9]+)?");

    private ChenzhouPlan() {}

    /** The attachment's lines, split at tabs, numbered from 1. */
    public static List<SheetRow> rows() {
        if (!Files.isRegularFile(SEED)) {
            fail("The Chenzhou plan seed is missing: expected "
                    + SEED.toAbsolutePath().normalize()
                    + " (the tests run in the ejb module directory, /work/main/ejb)");
        }
        List<String> lines;
        try {
            lines = Files.readAllLines(SEED, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not read " + SEED.toAbsolutePath(), e);
        }
        int start = lines.indexOf(ATTACHMENT);
        if (start < 0) {
            fail("No line “" + ATTACHMENT + "” in " + SEED.toAbsolutePath().normalize());
        }
        List<SheetRow> rows = new ArrayList<>();
        for (int i = start; i < lines.size(); i++) {
            rows.add(new SheetRow(i - start + 1, Arrays.asList(lines.get(i).split("\t", -1))));
        }
        return rows;
    }

    /** The formats fixtures are written in. */
    enum Format {
        XLSX("计划.xlsx"),
        XLS("计划.xls"),
        CSV_UTF8("计划.csv"),
        CSV_GBK("计划.csv"),
        TSV("计划.txt");

        final String fileName;

        Format(String fileName) {
            this.fileName = fileName;
        }

        /**
         * Writes {@code rows} into {@code dir}: the first row as the writer's header, the others as
         * data, numbers as number cells (as Excel holds them), blank cells as no cell.
         */
        Path write(List<SheetRow> rows, Path dir) throws IOException {
            List<String> header = rows.get(0).cells();
            List<List<Object>> data = new ArrayList<>();
            for (SheetRow row : rows.subList(1, rows.size())) {
                List<Object> cells = new ArrayList<>();
                for (String cell : row.cells()) {
                    cells.add(cell.isEmpty() ? null : NUMBER.matcher(cell).matches() ? new BigDecimal(cell) : cell);
                }
                data.add(cells);
            }
            Path file = Files.createDirectories(dir.resolve(name())).resolve(fileName);
            SpreadsheetWriter writer = new SpreadsheetWriter();
            try (OutputStream out = Files.newOutputStream(file)) {
                switch (this) {
                    case XLSX -> writer.writeXlsx(header, data, out);
                    case XLS -> writer.writeXls(header, data, out);
                    case CSV_UTF8 ->
                        writer.writeText(SpreadsheetFormat.CSV, StandardCharsets.UTF_8, true, header, data, out);
                    case CSV_GBK ->
                        writer.writeText(SpreadsheetFormat.CSV, Charset.forName("GBK"), false, header, data, out);
                    case TSV ->
                        writer.writeText(SpreadsheetFormat.TSV, StandardCharsets.UTF_8, false, header, data, out);
                }
            }
            return file;
        }
    }
}
