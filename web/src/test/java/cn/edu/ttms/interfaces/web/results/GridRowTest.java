package cn.edu.ttms.interfaces.web.results;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.edu.ttms.application.result.ResultPreview;
import cn.edu.ttms.application.result.ResultRow;
import cn.edu.ttms.domain.model.shared.Grade;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** A grid row keeps what was typed, even when it is not a number, and shows the preview while edited. */
class GridRowTest {

    private static GridRow row() {
        ResultRow read = new ResultRow(
                7,
                2,
                40,
                "张三",
                "临翔区博尚镇中心完小",
                "1234",
                Map.of(1, new BigDecimal("18.0")),
                new BigDecimal("18.0"),
                new BigDecimal("18.0"),
                new BigDecimal("85.0"),
                Grade.GOOD,
                new BigDecimal("21.6"),
                new BigDecimal("4.32"),
                new BigDecimal("25.92"),
                List.of(),
                3L,
                1,
                false,
                null,
                true);
        return new GridRow(read, List.of(1));
    }

    @Test
    void theRowShowsItsFiguresAsReadWithoutTrailingZeros() {
        GridRow r = row();
        assertEquals("85", r.getScore());
        assertEquals("18", r.getStageHours().get(1));
        assertFalse(r.isChanged());
        assertFalse(r.isPreviewed());
        assertEquals(new BigDecimal("25.92"), r.getCredits());
        assertEquals(1, r.getPolicyVersion());
    }

    @Test
    void aValueThatIsNotANumberIsKeptAndNamedByItsColumn() {
        GridRow r = row();
        r.setScore("8５x");
        r.getStageHours().put(1, "1e999999");
        assertEquals(List.of("stage1", "score"), r.badColumns());
        assertEquals("8５x", r.typed("score"), "kept as typed, for the user to correct");
        assertEquals("1e999999", r.typed("stage1"));
        assertThrows(NumberFormatException.class, r::line);
        assertTrue(r.isChanged());
    }

    @Test
    void numbersAreSentExactlyAndBlankIsNone() {
        GridRow r = row();
        r.setScore(" 92.5 ");
        r.getStageHours().put(1, "");
        assertEquals(List.of(), r.badColumns());
        assertEquals(new BigDecimal("92.5"), r.line().score());
        assertNull(r.line().stageHours().get(1));
        assertEquals(new BigDecimal("150"), GridRow.number("150"), "the range is the policy's to check");
    }

    @Test
    void thePreviewIsShownUntilTheRowIsReadAgain() {
        GridRow r = row();
        r.preview(new ResultPreview(
                true,
                new BigDecimal("18.0"),
                Grade.EXCELLENT,
                new BigDecimal("21.6"),
                new BigDecimal("5.4"),
                new BigDecimal("27.00"),
                List.of(),
                2));
        assertTrue(r.isPreviewed());
        assertEquals(new BigDecimal("27.00"), r.getCredits());
        assertEquals(Grade.EXCELLENT, r.getGrade());
        assertEquals(2, r.getPolicyVersion());
    }
}
