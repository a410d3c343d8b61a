package cn.edu.ttms.infrastructure.policy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.edu.ttms.domain.model.policy.PolicyRules;
import cn.edu.ttms.domain.model.shared.Level;
import cn.edu.ttms.infrastructure.policy.LineDiff.Kind;
import cn.edu.ttms.infrastructure.policy.LineDiff.Row;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

class LineDiffTest {

    private static Row same(String line) {
        return new Row(line, line, Kind.SAME);
    }

    @Test
    void identicalTextsAreAllSame() {
        List<Row> rows = LineDiff.of(List.of("a", "b", "c"), List.of("a", "b", "c"));

        assertEquals(List.of(same("a"), same("b"), same("c")), rows);
    }

    @Test
    void aLineInsertedInTheMiddleKeepsTheLaterLinesAligned() {
        List<Row> rows = LineDiff.of(List.of("a", "b", "c", "d"), List.of("a", "b", "new", "c", "d"));

        assertEquals(List.of(same("a"), same("b"), new Row("", "new", Kind.ADDED), same("c"), same("d")), rows);
    }

    @Test
    void aLineRemovedFromTheMiddleKeepsTheLaterLinesAligned() {
        List<Row> rows = LineDiff.of(List.of("a", "gone", "b", "c"), List.of("a", "b", "c"));

        assertEquals(List.of(same("a"), new Row("gone", "", Kind.REMOVED), same("b"), same("c")), rows);
    }

    @Test
    void aChangedLineIsOneChangedRow() {
        List<Row> rows = LineDiff.of(List.of("{", "\"max\": 1.5", "}"), List.of("{", "\"max\": 1.6", "}"));

        assertEquals(List.of(same("{"), new Row("\"max\": 1.5", "\"max\": 1.6", Kind.CHANGED), same("}")), rows);
    }

    @Test
    void removedAndAddedRunsArePairedAndTheRestStandAlone() {
        List<Row> rows = LineDiff.of(List.of("a", "x", "y", "b"), List.of("a", "z", "b", "w"));

        assertEquals(
                List.of(
                        same("a"),
                        new Row("x", "z", Kind.CHANGED),
                        new Row("y", "", Kind.REMOVED),
                        same("b"),
                        new Row("", "w", Kind.ADDED)),
                rows);
    }

    @Test
    void emptySides() {
        assertEquals(List.of(), LineDiff.of("", ""));
        assertEquals(List.of(new Row("", "a", Kind.ADDED)), LineDiff.of("", "a"));
        assertEquals(List.of(new Row("a", "", Kind.REMOVED)), LineDiff.of("a", ""));
    }

    @Test
    void twoPolicyVersionsDifferingInOneFigureDifferInOneRow() {
        PolicyRules lincang = PolicyRules.lincang2017();
        PolicyRules changed = lincang.toBuilder()
                .levelRateRange(Level.COUNTY, BigDecimal.ONE, new BigDecimal("1.6"))
                .build();

        List<Row> rows = LineDiff.of(PolicyRulesJson.toJson(lincang), PolicyRulesJson.toJson(changed));

        List<Row> differing = rows.stream().filter(r -> r.kind() != Kind.SAME).toList();
        assertEquals(1, differing.size(), differing.toString());
        assertEquals(Kind.CHANGED, differing.get(0).kind());
        assertTrue(differing.get(0).left().contains("1.5"), differing.toString());
        assertTrue(differing.get(0).right().contains("1.6"), differing.toString());
        assertEquals(PolicyRulesJson.toJson(lincang).split("\n").length, rows.size());
    }
}
