package cn.edu.ttms.infrastructure.spreadsheet.result;

import static org.junit.jupiter.api.Assertions.assertEquals;

import cn.edu.ttms.application.result.ResultSheetLine;
import cn.edu.ttms.application.result.ResultSheetResult;
import cn.edu.ttms.application.sheet.ImportProblem;
import cn.edu.ttms.infrastructure.spreadsheet.SheetRow;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The uploaded results grid: matched by identity number, problems by row and column. */
class ResultSheetTest {

    private static final String A = "530902198506150023";
    private static final String B = "53090219880301002X";

    private static SheetRow row(int n, String... cells) {
        return new SheetRow(n, List.of(cells));
    }

    @Test
    void rowsAreMatchedByIdentityNumberAndEveryProblemNamesRowAndColumn() {
        ResultSheet sheet = new ResultSheet(Map.of(A, 11L, B, 12L), Set.of(1, 2));
        ResultSheetResult r = sheet.read(List.of(
                row(1, "临翔区某培训班成绩"),
                row(2, "身份证号", "姓名", "第1阶段学时", "第2阶段学时", "成绩"),
                row(3, A, "张三", "18", "6.5", "85"),
                row(4, B.toLowerCase(), "李四", "18", "x", "90"),
                row(5, "110101199003070011", "王五", "18", "", "70"),
                row(6, A, "张三", "18", "", "80"),
                row(7, "", "", "", "", "")));
        assertEquals(4, r.dataRows());
        assertEquals(1, r.lines().size());
        ResultSheetLine line = r.lines().get(0);
        assertEquals(3, line.row());
        assertEquals(11L, line.resultId());
        assertEquals(Map.of(1, new BigDecimal("18"), 2, new BigDecimal("6.5")), line.stageHours());
        assertEquals(new BigDecimal("85"), line.score());
        assertEquals(
                List.of(
                        "4 第2阶段学时 error.resultSheet.notANumber",
                        "5 身份证号 error.resultSheet.notInClass",
                        "6 身份证号 error.resultSheet.duplicate"),
                r.problems().stream()
                        .map(p -> p.row() + " " + p.column() + " " + p.messageKey())
                        .toList());
    }

    @Test
    void aOneStageClassMayCallItsHoursColumnJustHours() {
        ResultSheetResult r = new ResultSheet(Map.of(A, 11L), Set.of(1))
                .read(List.of(row(1, "身份证号", "学时", "成绩"), row(2, A, "18", "")));
        assertEquals(List.of(), r.problems());
        assertEquals(Map.of(1, new BigDecimal("18")), r.lines().get(0).stageHours());
        assertEquals(null, r.lines().get(0).score());
    }

    @Test
    void aSheetWithoutTheIdentityColumnIsRefusedAtTheHeader() {
        List<ImportProblem> problems = new ResultSheet(Map.of(), Set.of(1))
                .read(List.of(row(1, "姓名", "成绩"), row(2, "张三", "80")))
                .problems();
        assertEquals("error.resultSheet.noHeader", problems.get(0).messageKey());
    }

    @Test
    void problemsOfTheRulesAreReportedUnderTheSheetsColumnNames() {
        assertEquals("第2阶段学时", ResultSheet.column("row 7: stage2"));
        assertEquals("成绩", ResultSheet.column("row 7: score"));
    }

    /** Found by fuzzing (docs/fuzzing.md): the stage number used to be parsed as an int and overflowed. */
    @Test
    void aStageNumberTooLongForAnIntIsAStageTheClassDoesNotHave() {
        ResultSheetResult r = new ResultSheet(Map.of(A, 11L), Set.of(1))
                .read(List.of(row(1, "身份证号", "第99999999999阶段学时", "第0001阶段学时", "成绩"), row(2, A, "5", "18", "85")));
        assertEquals(
                List.of("1 第99999999999阶段学时 error.resultSheet.noSuchStage [99999999999]"),
                r.problems().stream()
                        .map(p -> p.row() + " " + p.column() + " " + p.messageKey() + " " + p.args())
                        .toList());
        assertEquals(Map.of(1, new BigDecimal("18")), r.lines().get(0).stageHours());
    }
}
