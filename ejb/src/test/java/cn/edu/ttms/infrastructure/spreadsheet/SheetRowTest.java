package cn.edu.ttms.infrastructure.spreadsheet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class SheetRowTest {

    @Test
    void cellsAreTrimmedOfEveryInvisibleSpace() {
        SheetRow row = new SheetRow(2, List.of("  张三 ", "\u3000昆明市第一中学\u3000", "\u00A045\t", "\uFEFF6.5"));

        assertEquals(List.of("张三", "昆明市第一中学", "45", "6.5"), row.cells());
    }

    @Test
    void innerSpacesAndLineBreaksAreKept() {
        SheetRow row = new SheetRow(2, List.of("阿卜杜拉 · 买买提", "第一行\n第二行"));

        assertEquals("阿卜杜拉 · 买买提", row.cell(0));
        assertEquals("第一行\n第二行", row.cell(1));
    }

    @Test
    void nullCellsBecomeEmptyAndTrailingEmptyCellsAreDropped() {
        SheetRow row = new SheetRow(7, Arrays.asList("张三", null, "45", null, " ", ""));

        assertEquals(List.of("张三", "", "45"), row.cells());
        assertEquals("", row.cell(1));
    }

    @Test
    void cellPastTheEndIsEmpty() {
        SheetRow row = new SheetRow(3, List.of("张三"));

        assertEquals("张三", row.cell(0));
        assertEquals("", row.cell(1));
        assertEquals("", row.cell(200));
        assertThrows(IndexOutOfBoundsException.class, () -> row.cell(-1));
    }

    @Test
    void aRowOfSpacesIsBlank() {
        assertTrue(new SheetRow(3, List.of()).isBlank());
        assertTrue(new SheetRow(3, Arrays.asList(" ", null, "\u3000")).isBlank());
        assertFalse(new SheetRow(3, List.of("", "", "x")).isBlank());
    }

    @Test
    void rowsAreEqualByNumberAndText() {
        assertEquals(new SheetRow(4, List.of("李四", "")), new SheetRow(4, List.of(" 李四")));
    }

    @Test
    void cellsCannotBeChangedAfterwards() {
        List<String> source = new ArrayList<>(List.of("张三"));
        SheetRow row = new SheetRow(2, source);
        source.set(0, "李四");

        assertEquals("张三", row.cell(0));
        assertThrows(UnsupportedOperationException.class, () -> row.cells().add("x"));
    }

    @Test
    void rowNumbersStartAtOne() {
        assertThrows(IllegalArgumentException.class, () -> new SheetRow(0, List.of()));
    }
}
