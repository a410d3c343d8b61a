package cn.edu.ttms.infrastructure.spreadsheet;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.ByteArrayInputStream;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Timeout;

/**
 * Any bytes uploaded as a spreadsheet (docs/fuzzing.md): the reader answers rows or refuses the file
 * with {@link SpreadsheetUnreadable}; anything else (a POI exception leaking, an NPE, running out of
 * memory, taking seconds) is a bug.
 *
 * <p>The last byte of an input picks the file name the upload claims, the rest is the file; the
 * seeds in {@code SpreadsheetReaderFuzzTestInputs/readAnyUpload} are small real .xlsx, .xls, CSV
 * (UTF-8, GBK) and TSV files with that byte appended. Regression mode (every {@code mvn test}) runs
 * them and every past finding; {@code bench/fuzz.sh reader MINUTES} fuzzes.
 */
class SpreadsheetReaderFuzzTest {

    private static final String[] NAMES = {
        "teachers.xlsx", "teachers.xls", "teachers.csv", "teachers.tsv", "teachers.txt", null,
    };

    /** Small enough that the fuzzer reaches both limits. */
    private static final SpreadsheetReader READER = new SpreadsheetReader(1_000, 1 << 20);

    @FuzzTest(maxDuration = "10m")
    @Timeout(value = 10, unit = TimeUnit.SECONDS)
    void readAnyUpload(FuzzedDataProvider data) {
        String name = data.pickValue(NAMES);
        byte[] file = data.consumeRemainingAsBytes();
        List<SheetRow> rows;
        try {
            rows = READER.read(new ByteArrayInputStream(file), name);
        } catch (SpreadsheetUnreadable refused) {
            return;
        }
        // The reader's contract: every row up to the last with text, numbered as Excel numbers them.
        for (int i = 0; i < rows.size(); i++) {
            if (rows.get(i).number() != i + 1) {
                throw new AssertionError(
                        "Row " + (i + 1) + " came back numbered " + rows.get(i).number());
            }
        }
        if (rows.size() > 1_000 || !rows.isEmpty() && rows.get(rows.size() - 1).isBlank()) {
            throw new AssertionError("A trailing blank row, or more rows than the limit: " + rows.size());
        }
    }
}
