package cn.edu.ttms.infrastructure.spreadsheet;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayInputStream;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The same table, written in every format a bureau may upload, reads back identically. */
class SpreadsheetRoundTripTest {

    private final SpreadsheetReader reader = new SpreadsheetReader();

    @ParameterizedTest
    @EnumSource(Fixtures.class)
    void everyFormatReadsBackTheSameRows(Fixtures fixture) {
        List<SheetRow> rows = read(fixture.bytes(), fixture.fileName);

        assertEquals(Fixtures.EXPECTED, rows);
    }

    @ParameterizedTest
    @EnumSource(Fixtures.class)
    void formatIsDetectedByContent(Fixtures fixture) {
        assertEquals(fixture.format(), SpreadsheetFormat.detect(fixture.bytes(), fixture.fileName));
        assertEquals(fixture.format(), SpreadsheetFormat.detect(fixture.bytes(), null));
    }

    @ParameterizedTest
    @EnumSource(Fixtures.class)
    void aLyingFileNameChangesNothing(Fixtures fixture) {
        String lie = switch (fixture.format()) {
            case XLSX -> "名单.csv";
            case XLS -> "名单.xlsx";
            case CSV -> "名单.xls";
            case TSV -> "名单.csv";
        };

        assertEquals(fixture.format(), SpreadsheetFormat.detect(fixture.bytes(), lie));
        assertEquals(Fixtures.EXPECTED, read(fixture.bytes(), lie));
    }

    private List<SheetRow> read(byte[] bytes, String fileName) {
        return reader.read(new ByteArrayInputStream(bytes), fileName);
    }
}
