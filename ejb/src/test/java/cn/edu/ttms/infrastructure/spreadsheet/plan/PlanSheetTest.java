package cn.edu.ttms.infrastructure.spreadsheet.plan;

import static cn.edu.ttms.infrastructure.spreadsheet.plan.ChenzhouPlan.PLACES;
import static cn.edu.ttms.infrastructure.spreadsheet.plan.ChenzhouPlan.TOTAL_ROW;
import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.edu.ttms.application.plan.PlanInference;
import cn.edu.ttms.application.plan.PlanRow;
import cn.edu.ttms.application.plan.PlanSheetResult;
import cn.edu.ttms.application.sheet.ImportProblem;
import cn.edu.ttms.domain.model.shared.DeliveryForm;
import cn.edu.ttms.domain.model.shared.Level;
import cn.edu.ttms.infrastructure.spreadsheet.SheetRow;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

class PlanSheetTest {

    private final PlanSheet sheet = new PlanSheet();

    static SheetRow row(int number, String... cells) {
        return new SheetRow(number, List.of(cells));
    }

    /** A title line, then the two header rows of the Chenzhou layout (rows 1 to 3). */
    static List<SheetRow> header() {
        return List.of(
                row(1, "2019 年教师继续教育培训计划"),
                row(2, "序号", "申报单位", "项目类别", "项目名称", "培训形式", "培训对象", "培训天数", "", "", "培训人数", "承办单位"),
                row(3, "", "", "", "", "", "", "异地", "本地", "合计", "", ""));
    }

    /** A data row of the Chenzhou layout with the cells a test varies. */
    static SheetRow project(
            int number,
            String sequence,
            String name,
            String form,
            String offSite,
            String local,
            String total,
            String trainees,
            String host) {
        return row(number, sequence, "市教师培训中心", "部门中心工作", name, form, "中小学教师", offSite, local, total, trainees, host);
    }

    static List<SheetRow> sheet(SheetRow... data) {
        List<SheetRow> rows = new ArrayList<>(header());
        rows.addAll(List.of(data));
        return rows;
    }

    @Test
    void aBadRowIsNamedByRowAndColumnAndTheTotalsSayWhatIsMissing() {
        List<SheetRow> rows = new ArrayList<>(ChenzhouPlan.rows());
        int first = ChenzhouPlan.FIRST_PROJECT_ROW; // project 1, 70 places
        rows.set(first - 1, replace(rows.get(first - 1), 9, "7O")); // letter O, not zero
        rows.set(first, replace(rows.get(first), 4, "外出考察"));

        PlanSheetResult result = sheet.read(rows);

        assertEquals(
                List.of(
                        ImportProblem.of(first, "培训人数", "plan.trainees.bad", "7O"),
                        ImportProblem.of(first + 1, "培训形式", "plan.form.unknown", "外出考察"),
                        ImportProblem.of(TOTAL_ROW, "培训人数", "plan.total.mismatch", PLACES, PLACES - 70L)),
                result.problems());
        assertAll(
                () -> assertEquals(54, result.rowsRead()),
                () -> assertEquals(53, result.projects(), "a faulty project is still a project"),
                () -> assertEquals(PLACES - 70, result.places(), "the unreadable 70 is missing, and said"),
                () -> assertEquals(PLACES, result.statedPlaces()),
                () -> assertEquals(52, result.rows().size()));
        // No row dropped silently: each data row is read, or named by a problem.
        Set<Integer> accounted = new TreeSet<>();
        result.rows().forEach(r -> accounted.add(r.row()));
        result.problems().forEach(p -> accounted.add(p.row()));
        accounted.remove(TOTAL_ROW);
        assertEquals(54, accounted.size());
    }

    @Test
    void theHeaderIsFoundByItsTextsAfterTitleLinesInAnyOrder() {
        List<SheetRow> rows = List.of(
                row(1, "附件"),
                row(3, "2019 年培训计划"),
                row(4, "承办单位", "培训人数（人）", "序 号", "项目名称", "培训形式", "培训天数", "", ""),
                row(5, "", "", "", "", "", "异地", "本地", "合计"),
                row(6, "湘南学院", "70", "1", "班主任培训班", "本地集中", "", "5", "5"));

        PlanSheetResult result = sheet.read(rows);

        assertEquals(List.of(), result.problems());
        PlanRow read = result.rows().get(0);
        assertEquals(6, read.row());
        assertEquals(1, read.sequence());
        assertEquals(List.of("湘南学院"), read.hosts());
        assertEquals(70, read.trainees());
        assertNull(read.proposingUnit());
        assertNull(read.category());
    }

    @Test
    void withoutHeaderOrColumnsNothingIsRead() {
        assertEquals(
                List.of(ImportProblem.of(1, "", "plan.header.missing")),
                sheet.read(List.of(row(1, "姓名", "身份证号"), row(2, "张三", "1"))).problems());

        PlanSheetResult noForm =
                sheet.read(List.of(row(1, "序号", "项目名称", "培训天数", "培训人数"), row(2, "1", "班主任培训班", "5", "70")));
        assertEquals(
                List.of(
                        ImportProblem.of(1, "培训形式", "plan.column.missing", "培训形式"),
                        ImportProblem.of(1, "培训天数（异地）", "plan.column.missing", "培训天数（异地）"),
                        ImportProblem.of(1, "培训天数（本地）", "plan.column.missing", "培训天数（本地）"),
                        ImportProblem.of(1, "培训天数（合计）", "plan.column.missing", "培训天数（合计）")),
                noForm.problems());
        assertEquals(0, noForm.rowsRead());
    }

    @Test
    void daysAreInferredFromWhatIsGivenAndSaid() {
        PlanSheetResult result = sheet.read(sheet(
                project(4, "1", "甲班", "本地+异地集中", "3", "2", "", "50", "湘南学院"),
                project(5, "2", "乙班", "本地集中", "", "", "4", "50", "湘南学院"),
                project(6, "3", "丙班", "异地+本地集中", "", "2", "5", "50", "湘南学院"),
                project(7, "4", "丁班", "异地+本地集中", "4", "", "6.5", "50", "湘南学院"),
                project(8, "5", "戊班", "本地集中", "", "0.5", "0.5", "50", "湘南学院"),
                project(9, "6", "己班", "异地+本地集中", "3", "2", "6", "50", "湘南学院"),
                project(10, "7", "庚班", "异地集中", "三", "", "3", "50", "湘南学院"),
                project(11, "8", "辛班", "本地集中", "", "", "", "50", "湘南学院"),
                project(12, "9", "壬班", "本地集中", "", "7", "6", "50", "湘南学院")));

        assertEquals(
                List.of(
                        PlanInference.of(4, "plan.days.inferredTotal", "3", "2", "5"),
                        PlanInference.of(5, "plan.days.totalOnly", "4"),
                        PlanInference.of(6, "plan.days.inferredOffSite", "5", "2", "3"),
                        PlanInference.of(7, "plan.days.inferredLocal", "6.5", "4", "2.5")),
                result.inferences());
        assertEquals(
                List.of(
                        ImportProblem.of(9, "培训天数", "plan.days.inconsistent", "3", "2", "5", "6"),
                        ImportProblem.of(10, "培训天数（异地）", "plan.days.bad", "三"),
                        ImportProblem.of(11, "培训天数", "plan.days.missing"),
                        ImportProblem.of(12, "培训天数", "plan.days.inconsistent", "0", "7", "7", "6")),
                result.problems());
        List<PlanRow> rows = result.rows();
        assertEquals(5, rows.size());
        assertDays(rows.get(0), "3", "2", "5");
        assertDays(rows.get(1), null, null, "4");
        assertDays(rows.get(2), "3", "2", "5");
        assertDays(rows.get(3), "4", "2.5", "6.5");
        assertDays(rows.get(4), null, "0.5", "0.5");
        assertEquals(9, result.rowsRead());
        assertEquals(450, result.places());
    }

    @Test
    void wordsBrokenByStraySpacesAreRejoined() {
        PlanSheetResult result = sheet.read(sheet(row(
                4,
                "44",
                "安 稳 办",
                "国培省市联合立 项项目",
                "全市教育行政干部安全稳定培 训班",
                "本地集中",
                "年龄在 45 岁以上中小学教师",
                "",
                "3",
                "3",
                "100",
                "市中小学教师发展中心")));

        PlanRow read = result.rows().get(0);
        assertEquals("国培省市联合立项项目", read.category());
        assertEquals("安稳办", read.proposingUnit());
        assertEquals("全市教育行政干部安全稳定培训班", read.name());
        assertEquals("年龄在 45 岁以上中小学教师", read.audience(), "spaces beside digits stay");
        assertEquals(
                List.of(
                        PlanInference.of(4, "plan.text.spacesRemoved", "申报单位", "安 稳 办", "安稳办"),
                        PlanInference.of(4, "plan.text.spacesRemoved", "项目类别", "国培省市联合立 项项目", "国培省市联合立项项目"),
                        PlanInference.of(4, "plan.text.spacesRemoved", "项目名称", "全市教育行政干部安全稳定培 训班", "全市教育行政干部安全稳定培训班")),
                result.inferences());
    }

    @Test
    void aCodeIsTakenOutOfTheName() {
        PlanSheetResult result = sheet.read(sheet(
                project(4, "1", "郴州市中小学信息技术骨干融 合团队成员培训班(D309)", "本地集中", "", "5", "5", "70", "湘南学院"),
                project(5, "2", "乡村小学教师班主任培训班 （D311）", "本地集中", "", "10", "10", "70", "湘南学院"),
                project(6, "3", "名师培训班(A208)(D142)", "本地集中", "", "10", "10", "70", "湘南学院"),
                project(7, "4", "(E301)", "本地集中", "", "10", "10", "70", "湘南学院")));

        assertEquals("郴州市中小学信息技术骨干融合团队成员培训班", result.rows().get(0).name());
        assertEquals("D309", result.rows().get(0).code());
        assertEquals("乡村小学教师班主任培训班", result.rows().get(1).name());
        assertEquals("D311", result.rows().get(1).code());
        assertTrue(
                result.inferences().contains(PlanInference.of(4, "plan.name.code", "D309", "郴州市中小学信息技术骨干融合团队成员培训班")));
        assertEquals(
                List.of(
                        ImportProblem.of(6, "项目名称", "plan.name.twoCodes", "A208、D142"),
                        ImportProblem.of(7, "项目名称", "plan.field.missing")),
                result.problems());
    }

    @Test
    void hostsAreSplitOnTheEnumerationComma() {
        PlanSheetResult result = sheet.read(sheet(
                project(4, "1", "甲班", "本地+异地集中", "6", "5", "11", "70", "湘南学院、深圳龙岗教师 进修学校"),
                project(5, "2", "乙班", "异地集中", "10", "", "10", "70", "北京师范大学；吉林教育学院、"),
                project(6, "3", "丙班", "异地集中", "10", "", "10", "70", "指定高校及省内外培训机构")));

        assertEquals(List.of("湘南学院", "深圳龙岗教师进修学校"), result.rows().get(0).hosts());
        assertEquals(List.of("北京师范大学", "吉林教育学院"), result.rows().get(1).hosts());
        assertEquals(List.of("指定高校及省内外培训机构"), result.rows().get(2).hosts());
    }

    @Test
    void rowsWithoutSequenceNumberAreStagesOfTheProjectAbove() {
        PlanSheetResult result = sheet.read(sheet(
                project(4, "", "无主班", "本地集中", "", "3", "3", "10", "湘南学院"),
                project(5, "1", "甲班", "本地集中", "", "3", "3", "20", "湘南学院"),
                row(6),
                project(7, "", "甲班二阶段", "本地集中", "", "2", "2", "20", "湘南学院"),
                project(8, "", "甲班三阶段", "网络研修", "", "5", "5", "20", ""),
                project(9, "1", "重号班", "本地集中", "", "3", "3", "30", "湘南学院"),
                project(10, "一", "乙班", "本地集中", "", "3", "3", "40", "湘南学院"),
                project(11, "3", "", "本地集中", "", "3", "3", "50", "湘南学院"),
                row(12, "合计", "", "", "", "", "", "", "", "", "190")));

        assertEquals(
                List.of(
                        ImportProblem.of(4, "序号", "plan.continuation.orphan"),
                        ImportProblem.of(9, "序号", "plan.sequence.duplicate", "1", "5"),
                        ImportProblem.of(10, "序号", "plan.sequence.bad", "一"),
                        ImportProblem.of(11, "项目名称", "plan.field.missing")),
                result.problems());
        assertEquals(
                List.of(
                        PlanInference.of(7, "plan.continuation", "1", "5", "2"),
                        PlanInference.of(8, "plan.continuation", "1", "5", "3"),
                        PlanInference.of(12, "plan.total.matches", 190)),
                result.inferences());
        assertEquals(List.of(5, 7, 8), result.rows().stream().map(PlanRow::row).toList());
        assertEquals(5, result.rows().get(2).continuationOf());
        assertEquals(DeliveryForm.ONLINE, result.rows().get(2).form());
        assertEquals(List.of(), result.rows().get(2).hosts());
        assertEquals(7, result.rowsRead(), "not the blank row 6, not the total line 12");
        assertEquals(4, result.projects(), "rows 5, 9, 10, 11; rows 4, 7, 8 have no number");
        assertEquals(190, result.places());
    }

    /** Found by fuzzing (docs/fuzzing.md): the places of three 9-digit rows overflowed an int. */
    @Test
    void placesAreCountedWithoutOverflowAndCheckedAgainstTheTotalLine() {
        PlanSheetResult result = sheet.read(sheet(
                project(4, "1", "甲", "本地集中", "", "", "5", "999999999", ""),
                project(5, "2", "乙", "本地集中", "", "", "5", "999999999", ""),
                project(6, "3", "丙", "本地集中", "", "", "5", "999999999", ""),
                row(7, "合计", "", "", "", "", "", "", "", "", "999999999")));
        assertEquals(2_999_999_997L, result.places());
        assertEquals(
                List.of(ImportProblem.of(7, "培训人数", "plan.total.mismatch", 999_999_999, 2_999_999_997L)),
                result.problems());
    }

    @Test
    void theLevelColumnGivesEachRowItsLevelAndABlankCellNone() {
        List<SheetRow> rows = List.of(
                row(1, "2026年临沧市教师培训计划"),
                row(2, "序号", "项目名称", "培训形式", "培训天数", "", "", "培训人数", "项目级别"),
                row(3, "", "", "", "异地", "本地", "合计", "", ""),
                row(4, "1", "国培班", "本地集中", "", "5", "5", "70", "国家级"),
                row(5, "2", "省培班", "本地集中", "", "5", "5", "70", "省级"),
                row(6, "3", "市培班", "本地集中", "", "5", "5", "70", "市（州）级"),
                row(7, "4", "县培班", "本地集中", "", "5", "5", "70", "县(区)级"),
                row(8, "5", "校本班", "本地集中", "", "5", "5", "70", "校级"),
                row(9, "6", "未注明", "本地集中", "", "5", "5", "70", ""),
                row(10, "7", "错级别", "本地集中", "", "5", "5", "70", "乡级"));

        PlanSheetResult result = sheet.read(rows);

        assertEquals(
                Arrays.asList(Level.NATIONAL, Level.PROVINCIAL, Level.MUNICIPAL, Level.COUNTY, Level.SCHOOL, null),
                result.rows().stream().map(PlanRow::level).toList());
        assertEquals(List.of(ImportProblem.of(10, "项目级别", "plan.level.unknown", "乡级")), result.problems());
    }

    @Test
    void withoutALevelColumnNoRowStatesALevel() {
        PlanSheetResult result = sheet.read(sheet(project(4, "1", "甲班", "本地集中", "", "5", "5", "70", "湘南学院")));
        assertEquals(List.of(), result.problems());
        assertNull(result.rows().get(0).level());
    }

    @Test
    void theYearIsTheOneTheTitleStatesAndNoneWithoutATitle() {
        PlanSheetResult titled = sheet.read(sheet(project(4, "1", "甲班", "本地集中", "", "5", "5", "70", "湘南学院")));
        assertEquals(2019, titled.year(), "2019 年教师继续教育培训计划");
        assertEquals("2019 年教师继续教育培训计划", titled.title());

        List<SheetRow> untitled = new ArrayList<>(header().subList(1, 3));
        untitled.add(project(4, "1", "甲班", "本地集中", "", "5", "5", "70", "湘南学院"));
        PlanSheetResult bare = sheet.read(untitled);
        assertEquals(List.of(), bare.problems());
        assertNull(bare.year(), "no title: the importer asks for the year");
        assertNull(bare.title());

        List<SheetRow> noYear = new ArrayList<>(untitled);
        noYear.add(0, row(1, "附件 3：教师培训计划（第 12 号）"));
        assertNull(sheet.read(noYear).year(), "a number that is not a year");
    }

    private static void assertDays(PlanRow row, String offSite, String local, String total) {
        assertEquals(offSite == null ? null : new BigDecimal(offSite), row.daysOffSite(), "异地");
        assertEquals(local == null ? null : new BigDecimal(local), row.daysLocal(), "本地");
        assertEquals(new BigDecimal(total), row.daysTotal(), "合计");
    }

    private static SheetRow replace(SheetRow row, int column, String text) {
        List<String> cells = new ArrayList<>(row.cells());
        cells.set(column, text);
        return new SheetRow(row.number(), cells);
    }
}
