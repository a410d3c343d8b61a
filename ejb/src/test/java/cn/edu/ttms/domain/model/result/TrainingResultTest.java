package cn.edu.ttms.domain.model.result;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.edu.ttms.domain.model.compliance.ResultRecord;
import cn.edu.ttms.domain.model.compliance.ResultStatus;
import cn.edu.ttms.domain.model.credit.CreditCalculator;
import cn.edu.ttms.domain.model.credit.CreditResult;
import cn.edu.ttms.domain.model.credit.ModuleCredits;
import cn.edu.ttms.domain.model.credit.ModuleShare;
import cn.edu.ttms.domain.model.policy.PolicyRules;
import cn.edu.ttms.domain.model.shared.CreditRate;
import cn.edu.ttms.domain.model.shared.Credits;
import cn.edu.ttms.domain.model.shared.DeliveryForm;
import cn.edu.ttms.domain.model.shared.Grade;
import cn.edu.ttms.domain.model.shared.Hours;
import cn.edu.ttms.domain.model.shared.Level;
import cn.edu.ttms.domain.model.shared.Module;
import cn.edu.ttms.domain.model.shared.Score;
import cn.edu.ttms.domain.model.shared.Selection;
import java.lang.reflect.Field;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * A stored result as the compliance report counts it (issue 14, finding 5): stored figures are read, not
 * re-validated as input; a void result, or one whose figures no longer hold together, counts nothing and
 * never stops the report.
 */
class TrainingResultTest {

    private final CreditCalculator calculator = new CreditCalculator(PolicyRules.lincang2017());

    /** 18 h of a municipal class at 1.5, score 85: 27 + 20 % = 32.40, all KNOWLEDGE. */
    private final CreditResult computed = calculator.calculate(
            Level.MUNICIPAL, DeliveryForm.LOCAL_CONCENTRATED, Hours.of(18), CreditRate.of("1.5"), Score.of(85));

    private TrainingResult recorded(List<ModuleCredits> split) throws Exception {
        var c = ResultBatch.class.getDeclaredConstructor();
        c.setAccessible(true);
        ResultBatch batch = c.newInstance();
        Field id = ResultBatch.class.getDeclaredField("id");
        id.setAccessible(true);
        id.set(batch, 11L);
        TrainingResult r = new TrainingResult(batch, 5L, null, "/1/2/", 2034, "lead", Instant.EPOCH);
        r.record(
                List.of(new StageAttendance(1, new BigDecimal("18.0"))),
                new BigDecimal("85"),
                computed,
                split,
                1L,
                1,
                "lead",
                Instant.EPOCH);
        return r;
    }

    private List<ModuleCredits> split() {
        return calculator.splitByModule(computed, List.of(ModuleShare.of(Module.KNOWLEDGE, "18")));
    }

    @Test
    void aResultThatHoldsTogetherCountsItsFigures() throws Exception {
        ResultRecord r = recorded(split()).toRecord(Level.MUNICIPAL, Selection.DIRECTIVE, ResultStatus.RECOGNISED);
        assertEquals(ResultStatus.RECOGNISED, r.status());
        assertEquals(Credits.of("32.40"), r.credits());
        assertEquals(Credits.of("32.40"), r.creditsOf(Module.KNOWLEDGE));
    }

    @Test
    void aVoidResultCountsNothingWhateverItsFigures() throws Exception {
        TrainingResult r = recorded(List.of(new ModuleCredits(Module.KNOWLEDGE, Hours.of(18), Credits.of("22.40"))));
        r.voidFor("result changed after signing");
        ResultRecord counted = r.toRecord(Level.MUNICIPAL, Selection.DIRECTIVE, r.statusIn(BatchStatus.RECOGNISED));
        assertEquals(ResultStatus.VOID, counted.status());
        assertEquals(Credits.ZERO, counted.credits());
        assertEquals(Hours.ZERO, counted.hours());
        assertTrue(counted.moduleSplit().isEmpty());
    }

    @Test
    void aShownResultWhoseSplitNoLongerAddsUpCountsNothingUntilVerified() throws Exception {
        TrainingResult r = recorded(List.of(new ModuleCredits(Module.KNOWLEDGE, Hours.of(18), Credits.of("22.40"))));
        ResultRecord counted = r.toRecord(Level.MUNICIPAL, Selection.DIRECTIVE, ResultStatus.RECOGNISED);
        assertEquals(ResultStatus.VOID, counted.status(), "counted as nothing, not refused");
        assertEquals(Credits.ZERO, counted.credits());
    }

    @Test
    void aResultBelongsToAStoredBatch() throws Exception {
        var c = ResultBatch.class.getDeclaredConstructor();
        c.setAccessible(true);
        ResultBatch unsaved = c.newInstance();
        assertThrows(
                NullPointerException.class,
                () -> new TrainingResult(unsaved, 5L, null, "/1/2/", 2034, "lead", Instant.EPOCH));
    }

    @Test
    void aScoredResultShowsAsItsBatchStandsAndANeverSignedOneNotAtAll() throws Exception {
        TrainingResult r = recorded(split());
        assertTrue(r.scored());
        assertNull(r.statusIn(BatchStatus.DRAFT), "never signed: not in the archive (art. 20)");
        assertEquals(ResultStatus.PENDING, r.statusIn(BatchStatus.SIGNED));
        assertEquals(ResultStatus.PENDING, r.statusIn(BatchStatus.RETURNED));
        assertEquals(ResultStatus.RECOGNISED, r.statusIn(BatchStatus.RECOGNISED));
        assertEquals(Grade.GOOD, r.grade());
        assertEquals(0, new BigDecimal("32.40").compareTo(r.credits()));
    }

    @Test
    void hoursWithoutAScoreAddUpTheStagesAndTakeTheScoreAndCreditsBack() throws Exception {
        TrainingResult r = recorded(split());
        Map<Integer, BigDecimal> byStage = new HashMap<>();
        byStage.put(2, new BigDecimal("6"));
        byStage.put(1, new BigDecimal("12.5"));
        byStage.put(3, null);
        r.attended(byStage, "adviser", Instant.EPOCH.plusSeconds(60));

        assertEquals(new BigDecimal("18.5"), r.hours());
        assertEquals(
                List.of(1, 2),
                r.stageHours().stream().map(StageAttendance::stageNo).toList(),
                "in stage order, a stage without hours left out");
        assertFalse(r.scored());
        assertNull(r.score());
        assertEquals(new BigDecimal("0.00"), r.credits());
        assertTrue(r.modules().isEmpty());
        assertNull(r.policyId());
        assertNull(r.statusIn(BatchStatus.RECOGNISED), "an unscored result does not show");
        assertEquals("adviser", r.updatedBy());
    }

    @Test
    void recordingKeepsThePolicyVersionTheCreditsWereComputedUnder() throws Exception {
        TrainingResult r = recorded(split());
        assertEquals(1L, r.policyId());
        assertEquals(1, r.policyVersion());
        assertEquals("1/v1", r.auditState().get("policy"));
        assertEquals("KNOWLEDGE:32.40", r.auditState().get("modules"));
    }

    @Test
    void aVoidResultIsVoidInEveryBatchStatusAndKeepsItsReason() throws Exception {
        TrainingResult r = recorded(split());
        r.voidFor("伪造");
        for (BatchStatus status : BatchStatus.values()) {
            assertEquals(ResultStatus.VOID, r.statusIn(status), status.name());
        }
        assertTrue(r.voided());
        assertEquals("伪造", r.voidReason());
    }
}
