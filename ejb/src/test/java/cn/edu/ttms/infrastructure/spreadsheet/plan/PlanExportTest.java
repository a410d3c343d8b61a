package cn.edu.ttms.infrastructure.spreadsheet.plan;

import static cn.edu.ttms.infrastructure.spreadsheet.plan.ChenzhouPlan.PLACES;
import static cn.edu.ttms.infrastructure.spreadsheet.plan.ChenzhouPlan.PROJECTS;
import static cn.edu.ttms.infrastructure.spreadsheet.plan.ChenzhouPlan.ROWS;
import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.edu.ttms.application.plan.DeliveryFormWords;
import cn.edu.ttms.application.plan.LevelWords;
import cn.edu.ttms.application.plan.PlanLine;
import cn.edu.ttms.application.plan.PlanRow;
import cn.edu.ttms.application.plan.PlanSheetResult;
import cn.edu.ttms.application.sheet.ExportFormat;
import cn.edu.ttms.domain.model.organisation.Organisation;
import cn.edu.ttms.domain.model.organisation.OrganisationKind;
import cn.edu.ttms.domain.model.plan.AnnualPlan;
import cn.edu.ttms.domain.model.project.ProjectStage;
import cn.edu.ttms.domain.model.project.TrainingProject;
import cn.edu.ttms.domain.model.shared.DeliveryForm;
import cn.edu.ttms.domain.model.shared.DomainMessages;
import cn.edu.ttms.domain.model.shared.Level;
import cn.edu.ttms.infrastructure.spreadsheet.SheetRow;
import cn.edu.ttms.infrastructure.spreadsheet.SpreadsheetReader;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** A plan written back into the Chenzhou layout reads back as the same plan. */
class PlanExportTest {

    private static final String TITLE = "2018 年全市中小学、幼儿园教师继续教育培训计划";

    private final PlanSheet sheet = new PlanSheet();
    private final PlanExport export = new PlanExport();

    @Test
    void theChenzhouPlanExportedReadsBackAsTheSame54Rows() throws IOException {
        PlanSheetResult seed = sheet.read(ChenzhouPlan.rows());
        List<PlanLine> lines = PlanLine.of(seed.rows());

        PlanSheetResult back = readBack(lines);

        assertAll(
                () -> assertEquals(List.of(), back.problems()),
                () -> assertEquals(ROWS, back.rowsRead()),
                () -> assertEquals(ROWS, back.rows().size()),
                () -> assertEquals(PROJECTS, back.projects()),
                () -> assertEquals(1, back.stages()),
                () -> assertEquals(PLACES, back.places()),
                () -> assertEquals(PLACES, back.statedPlaces()),
                () -> assertEquals(lines, PlanLine.of(back.rows())));
        for (int i = 0; i < seed.rows().size(); i++) {
            PlanRow expected = seed.rows().get(i);
            PlanRow actual = back.rows().get(i);
            String at = "line " + (i + 1) + ", seed row " + expected.row();
            assertAll(
                    at,
                    () -> assertEquals(expected.sequence(), actual.sequence()),
                    () -> assertEquals(expected.code(), actual.code()),
                    () -> assertEquals(expected.name(), actual.name()),
                    () -> assertEquals(expected.form(), actual.form()),
                    () -> assertEquals(expected.formText(), actual.formText()),
                    () -> assertEquals(expected.daysOffSite(), actual.daysOffSite()),
                    () -> assertEquals(expected.daysLocal(), actual.daysLocal()),
                    () -> assertEquals(expected.daysTotal(), actual.daysTotal()),
                    () -> assertEquals(expected.trainees(), actual.trainees()),
                    () -> assertEquals(expected.hosts(), actual.hosts()),
                    () -> assertEquals(expected.isContinuation(), actual.isContinuation()));
        }
        PlanRow stage =
                back.rows().stream().filter(PlanRow::isContinuation).findFirst().orElseThrow();
        PlanRow project44 = back.rows().stream()
                .filter(r -> r.row() == stage.continuationOf())
                .findFirst()
                .orElseThrow();
        assertEquals(44, project44.sequence());
        assertEquals("D309", project44.code());
    }

    @Test
    void theSheetHasATitleTwoHeaderRowsAndNumberCells() throws IOException {
        List<PlanLine> lines = PlanLine.of(sheet.read(ChenzhouPlan.rows()).rows());
        byte[] xlsx = xlsx(lines);

        List<SheetRow> rows = new SpreadsheetReader().read(new ByteArrayInputStream(xlsx), "计划.xlsx");
        assertEquals(List.of(TITLE), rows.get(0).cells());
        assertEquals(
                List.of("序号", "申报单位", "项目类别", "项目名称", "培训形式", "培训对象", "培训天数", "", "", "培训人数", "承办单位", "项目级别"),
                rows.get(1).cells());
        assertEquals(
                List.of("", "", "", "", "", "", "异地", "本地", "合计"), rows.get(2).cells());
        assertEquals("郴州市中小学信息技术骨干融合团队成员培训班(D309)", rows.get(3 + 44 - 1).cell(3));
        assertEquals("", rows.get(3 + 44).cell(0), "stage 2 of project 44 has no number");
        assertEquals(
                List.of("培训总人次", "", "", "", "", "", "", "", "", "7205"),
                rows.get(rows.size() - 1).cells());
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            Sheet first = workbook.getSheetAt(0);
            List<CellRangeAddress> merged = first.getMergedRegions();
            assertTrue(merged.contains(new CellRangeAddress(0, 0, 0, 11)), "the title across the table");
            assertTrue(merged.contains(new CellRangeAddress(1, 1, 6, 8)), "培训天数 over its parts");
            assertTrue(merged.contains(new CellRangeAddress(1, 2, 0, 0)), "序号 down both header rows");
            Cell leadersDays = first.getRow(3 + 31 - 1).getCell(6);
            assertEquals(CellType.NUMERIC, leadersDays.getCellType());
            assertEquals(6.5, leadersDays.getNumericCellValue());
            assertEquals(CellType.NUMERIC, first.getRow(3).getCell(9).getCellType());
        }
    }

    @ParameterizedTest
    @EnumSource(DeliveryForm.class)
    void aFormWithoutTheBureausWordsIsWrittenInWordsThatReadBackAsIt(DeliveryForm form) throws IOException {
        PlanLine line = line(1, null, form);

        assertEquals(form, DeliveryFormWords.of(line.formWords()).orElseThrow());
        PlanSheetResult back = readBack(List.of(line));
        assertEquals(List.of(), back.problems());
        assertEquals(form, back.rows().get(0).form());
    }

    @Test
    void wordsThatNoLongerMeanTheFormGiveWayToTheFormsOwn() {
        assertEquals(
                "本地集中，分两阶段进行",
                line(1, "本地集中，分两阶段进行", DeliveryForm.LOCAL_CONCENTRATED).formWords());
        assertEquals("网络研修", line(1, "本地集中", DeliveryForm.ONLINE).formWords());
        assertEquals("网络研修", line(1, "  ", DeliveryForm.ONLINE).formWords());
    }

    @Test
    void aProjectWithoutANumberGetsTheNextOneAndIsNotReadAsAStage() throws IOException {
        PlanSheetResult back = readBack(
                List.of(line(7, "本地集中", DeliveryForm.LOCAL_CONCENTRATED), line(null, null, DeliveryForm.ONLINE)));

        assertEquals(List.of(), back.problems());
        assertEquals(2, back.projects());
        assertEquals(8, back.rows().get(1).sequence());
    }

    @Test
    void aPlanWithoutProjectsReadsBackEmptyWithoutProblems() throws IOException {
        PlanSheetResult back = readBack(List.of());

        assertEquals(List.of(), back.problems());
        assertEquals(0, back.rowsRead());
        assertNull(back.statedPlaces());
    }

    @Test
    void aProjectOfTheDatabaseGivesOneLinePerStageTheCodeOnItsFirst() throws IOException {
        Organisation province = Organisation.root(OrganisationKind.PROVINCE, "湖南省", null);
        Organisation city = Organisation.under(province, OrganisationKind.CITY, "郴州市", null);
        AnnualPlan plan = new AnnualPlan(2018, city, null, "plan.xlsx");
        TrainingProject project = new TrainingProject(
                plan,
                44,
                "D309",
                "郴州市中小学信息技术骨干融合团队成员培训班",
                "国培省市联合立项项目",
                "市教师培训中心",
                "全市融合团队成员",
                List.of("湘南学院", "深圳龙岗教师进修学校"),
                new ProjectStage(
                        1,
                        DeliveryForm.MIXED_CONCENTRATED,
                        "本地+异地集中",
                        new BigDecimal("6.0"),
                        new BigDecimal("5.0"),
                        new BigDecimal("11.0"),
                        70));
        project.addStage(
                new ProjectStage(2, DeliveryForm.LOCAL_CONCENTRATED, null, null, null, new BigDecimal("4.0"), 70));

        List<PlanLine> lines = PlanLine.of(project);
        assertEquals(2, lines.size());
        assertEquals("郴州市中小学信息技术骨干融合团队成员培训班(D309)", lines.get(0).nameWithCode());
        assertEquals("湘南学院、深圳龙岗教师进修学校", lines.get(0).hostsText());
        assertNull(lines.get(1).sequence());
        assertNull(lines.get(1).code());
        assertEquals("本地集中", lines.get(1).formWords());

        PlanSheetResult back = readBack(lines);
        assertEquals(List.of(), back.problems());
        assertEquals(1, back.projects());
        assertEquals(140, back.places());
        PlanRow first = back.rows().get(0);
        assertEquals("D309", first.code());
        assertEquals(List.of("湘南学院", "深圳龙岗教师进修学校"), first.hosts());
        assertEquals(new BigDecimal("11"), first.daysTotal());
        assertTrue(back.rows().get(1).isContinuation());
        assertInstanceOf(BigDecimal.class, export.rows(lines).get(0).get(8), "days are numbers");
        assertEquals(new BigDecimal("11"), export.rows(lines).get(0).get(8));
    }

    @Test
    void aPlanOfMixedLevelsExportedReadsBackWithTheSameLevels() throws IOException {
        Organisation province = Organisation.root(OrganisationKind.PROVINCE, "云南省", null);
        Organisation city = Organisation.under(province, OrganisationKind.CITY, "临沧市", null);
        AnnualPlan plan = new AnnualPlan(2026, city, null, null);
        List<PlanLine> lines = new ArrayList<>();
        int sequence = 1;
        for (Level level : Level.values()) {
            lines.addAll(PlanLine.of(new TrainingProject(
                    plan,
                    sequence++,
                    null,
                    "培训班" + level,
                    null,
                    null,
                    null,
                    List.of(),
                    new ProjectStage(1, DeliveryForm.LOCAL_CONCENTRATED, null, null, null, new BigDecimal("3"), 40),
                    level)));
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        export.writeXlsx(plan.name(), lines, out);

        PlanSheetResult back =
                sheet.read(new SpreadsheetReader().read(new ByteArrayInputStream(out.toByteArray()), "计划.xlsx"));

        assertEquals(List.of(), back.problems());
        assertEquals(
                List.of(Level.values()),
                back.rows().stream().map(PlanRow::level).toList());
        assertEquals(2026, back.year(), "the title names the year: " + back.title());
        assertEquals("2026年临沧市教师培训计划", back.title());
    }

    @ParameterizedTest
    @EnumSource(Level.class)
    void theLevelsLabelReadsBackAsTheLevel(Level level) {
        assertEquals(level, LevelWords.of(LevelWords.canonical(level)).orElseThrow());
        assertEquals(level, LevelWords.of(level.name()).orElseThrow(), "the API's code name");
        assertEquals(
                DomainMessages.format(level.messageKey(), List.of(), Locale.SIMPLIFIED_CHINESE),
                LevelWords.canonical(level),
                "the export writes the UI's label");
    }

    @Test
    void theChenzhouPlanExportedAsGbkCsvReadsBackAsTheSamePlan() throws IOException {
        List<PlanLine> lines = PlanLine.of(sheet.read(ChenzhouPlan.rows()).rows());
        ByteArrayOutputStream csv = new ByteArrayOutputStream();
        export.write(TITLE, lines, ExportFormat.CSV, csv);

        String text = new String(csv.toByteArray(), ExportFormat.CSV_CHARSET);
        assertTrue(text.startsWith(TITLE + "\r\n序号,申报单位,"), text.substring(0, 80));
        assertTrue(text.contains("(D309)"), "the code in the name");
        PlanSheetResult back =
                sheet.read(new SpreadsheetReader().read(new ByteArrayInputStream(csv.toByteArray()), "计划.csv"));
        PlanSheetResult fromXlsx = readBack(lines);
        assertAll(
                () -> assertEquals(List.of(), back.problems()),
                () -> assertEquals(ROWS, back.rowsRead()),
                () -> assertEquals(PROJECTS, back.projects()),
                () -> assertEquals(PLACES, back.places()),
                () -> assertEquals(fromXlsx.rows(), back.rows(), "the same rows as from the workbook"));
    }

    private PlanSheetResult readBack(List<PlanLine> lines) throws IOException {
        List<SheetRow> rows = new SpreadsheetReader().read(new ByteArrayInputStream(xlsx(lines)), "计划.xlsx");
        return sheet.read(rows);
    }

    private byte[] xlsx(List<PlanLine> lines) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        export.writeXlsx(TITLE, lines, out);
        return out.toByteArray();
    }

    private static PlanLine line(Integer sequence, String formText, DeliveryForm form) {
        return new PlanLine(
                sequence,
                1,
                "市教师培训中心",
                "部门中心工作",
                "全市心理健康教师培训班",
                null,
                formText,
                form,
                "全市小学、初中、高中教师",
                null,
                null,
                new BigDecimal("2.5"),
                200,
                new ArrayList<>(List.of("市中小学教师发展中心")),
                null);
    }
}
