package cn.edu.ttms.infrastructure.spreadsheet.plan;

import static cn.edu.ttms.infrastructure.spreadsheet.plan.ChenzhouPlan.CONTINUATION_ROW;
import static cn.edu.ttms.infrastructure.spreadsheet.plan.ChenzhouPlan.PLACES;
import static cn.edu.ttms.infrastructure.spreadsheet.plan.ChenzhouPlan.PROJECTS;
import static cn.edu.ttms.infrastructure.spreadsheet.plan.ChenzhouPlan.PROJECT_44_ROW;
import static cn.edu.ttms.infrastructure.spreadsheet.plan.ChenzhouPlan.ROWS;
import static cn.edu.ttms.infrastructure.spreadsheet.plan.ChenzhouPlan.TOTAL_ROW;
import static java.util.stream.Collectors.counting;
import static java.util.stream.Collectors.groupingBy;
import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.edu.ttms.application.plan.PlanInference;
import cn.edu.ttms.application.plan.PlanRow;
import cn.edu.ttms.application.plan.PlanSheetResult;
import cn.edu.ttms.domain.model.shared.DeliveryForm;
import cn.edu.ttms.infrastructure.spreadsheet.SheetRow;
import cn.edu.ttms.infrastructure.spreadsheet.SpreadsheetReader;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The real Chenzhou 2018 plan, as the seed gives it and written in every format. */
class ChenzhouPlanTest {

    private final PlanSheet sheet = new PlanSheet();

    @Test
    void theSeedGives54Rows53ProjectsAnd7205Places() {
        PlanSheetResult result = sheet.read(ChenzhouPlan.rows());

        assertAll(
                () -> assertEquals(List.of(), result.problems()),
                () -> assertEquals(ROWS, result.rowsRead()),
                () -> assertEquals(ROWS, result.rows().size()),
                () -> assertEquals(PROJECTS, result.projects()),
                () -> assertEquals(1, result.stages()),
                () -> assertEquals(PLACES, result.places()),
                () -> assertEquals(PLACES, result.statedPlaces()),
                () -> assertEquals(
                        PLACES,
                        result.rows().stream().mapToInt(PlanRow::trainees).sum()));
    }

    /**
     * The stage is counted once, as its own places: the 53 numbered rows plan 7,135 places, the stage
     * 70 more, and the bureau's 培训总人次 is 7,205, so it counts person-times per stage.
     */
    @Test
    void theContinuationIsStage2OfProject44AndItsPlacesCountOnce() {
        PlanSheetResult result = sheet.read(ChenzhouPlan.rows());
        PlanRow project = row(result, PROJECT_44_ROW);
        PlanRow stage = row(result, CONTINUATION_ROW);

        assertEquals(44, project.sequence());
        assertEquals("D309", project.code());
        assertNull(stage.sequence());
        assertTrue(stage.isContinuation());
        assertEquals(PROJECT_44_ROW, stage.continuationOf());
        assertEquals("市融合研究团队现场展示培训", stage.name());
        assertEquals(DeliveryForm.LOCAL_CONCENTRATED, stage.form());
        assertEquals("本地集中，分两阶 段进行", stage.formText());
        assertEquals(new BigDecimal("4"), stage.daysTotal());
        int numbered = result.rows().stream()
                .filter(r -> !r.isContinuation())
                .mapToInt(PlanRow::trainees)
                .sum();
        assertEquals(7135, numbered);
        assertEquals(PLACES, numbered + stage.trainees());
        assertTrue(result.inferences()
                .contains(PlanInference.of(
                        CONTINUATION_ROW, "plan.continuation", "44", String.valueOf(PROJECT_44_ROW), "2")));
    }

    @Test
    void everyInferenceOfTheSeedIsReported() {
        PlanSheetResult result = sheet.read(ChenzhouPlan.rows());
        Map<String, Long> byKey =
                result.inferences().stream().collect(groupingBy(PlanInference::messageKey, counting()));

        assertEquals(
                Map.of(
                        "plan.text.spacesRemoved", 25L,
                        "plan.name.code", 10L,
                        "plan.days.inferredTotal", 6L,
                        "plan.days.totalOnly", 5L,
                        "plan.continuation", 1L,
                        "plan.total.matches", 1L),
                byKey);
        assertTrue(result.inferences().contains(PlanInference.of(TOTAL_ROW, "plan.total.matches", PLACES)));
        // 异地 6.5 with 合计 6.5: consistent, nothing inferred; 本地 blank stays unknown.
        PlanRow leaders = project(result, 31);
        assertEquals(new BigDecimal("6.5"), leaders.daysOffSite());
        assertNull(leaders.daysLocal());
        assertEquals(new BigDecimal("6.5"), leaders.daysTotal());
        // Only 合计 2.5: kept, parts unknown.
        PlanRow counsellors = project(result, 38);
        assertNull(counsellors.daysOffSite());
        assertNull(counsellors.daysLocal());
        assertEquals(new BigDecimal("2.5"), counsellors.daysTotal());
        // Only 异地 10, no 合计: 合计 inferred as 10.
        PlanRow managers = project(result, 47);
        assertEquals("D308", managers.code());
        assertEquals(new BigDecimal("10"), managers.daysTotal());
        assertNull(managers.daysLocal());
    }

    @ParameterizedTest
    @EnumSource(ChenzhouPlan.Format.class)
    void everyFormatReadsBackTheSame(ChenzhouPlan.Format format, @TempDir Path dir) throws IOException {
        List<SheetRow> seed = ChenzhouPlan.rows();
        PlanSheetResult expected = sheet.read(seed);
        Path file = format.write(seed, dir);

        List<SheetRow> read;
        try (InputStream in = Files.newInputStream(file)) {
            read = new SpreadsheetReader().read(in, file.getFileName().toString());
        }
        PlanSheetResult result = sheet.read(read);

        assertAll(
                format.name(),
                () -> assertEquals(List.of(), result.problems()),
                () -> assertEquals(ROWS, result.rowsRead()),
                () -> assertEquals(PROJECTS, result.projects()),
                () -> assertEquals(PLACES, result.places()),
                () -> assertEquals(PLACES, result.statedPlaces()),
                () -> assertEquals(expected.inferences(), result.inferences()),
                () -> assertEquals(expected.rows(), result.rows()));
    }

    private static PlanRow project(PlanSheetResult result, int sequence) {
        return result.rows().stream()
                .filter(r -> Integer.valueOf(sequence).equals(r.sequence()))
                .findFirst()
                .orElseThrow();
    }

    private static PlanRow row(PlanSheetResult result, int number) {
        return result.rows().stream().filter(r -> r.row() == number).findFirst().orElseThrow();
    }
}
