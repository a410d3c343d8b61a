package cn.edu.ttms.domain.model.result;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import cn.edu.ttms.domain.model.organisation.Organisation;
import cn.edu.ttms.domain.model.organisation.OrganisationKind;
import cn.edu.ttms.domain.model.plan.AnnualPlan;
import cn.edu.ttms.domain.model.policy.PolicyRules;
import cn.edu.ttms.domain.model.project.ProjectModule;
import cn.edu.ttms.domain.model.project.ProjectStage;
import cn.edu.ttms.domain.model.project.ProjectTerms;
import cn.edu.ttms.domain.model.project.TrainingProject;
import cn.edu.ttms.domain.model.shared.DeliveryForm;
import cn.edu.ttms.domain.model.shared.Grade;
import cn.edu.ttms.domain.model.shared.Hours;
import cn.edu.ttms.domain.model.shared.Level;
import cn.edu.ttms.domain.model.shared.Module;
import cn.edu.ttms.domain.model.shared.Selection;
import cn.edu.ttms.domain.model.shared.Violation;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** A trainee's hours and score made into credits under the project's terms and the policy (rules.md §2–3). */
class ResultRulesTest {

    private static final PolicyRules LINCANG = PolicyRules.lincang2017();

    /** E1's project: COUNTY, 3 days local (18 h), rate 1.2, declared 6 h ETHICS + 12 h COMPETENCE. */
    private static TrainingProject e1Project(String rate) {
        Organisation province = Organisation.root(OrganisationKind.PROVINCE, "云南省", null);
        Organisation city = Organisation.under(province, OrganisationKind.CITY, "临沧市", null);
        Organisation county = Organisation.under(city, OrganisationKind.COUNTY, "临翔区", null);
        AnnualPlan plan = new AnnualPlan(2026, county, "临翔区2026年教师培训计划", null);
        TrainingProject p = new TrainingProject(
                plan,
                1,
                null,
                "开班",
                null,
                null,
                null,
                null,
                new ProjectStage(1, DeliveryForm.LOCAL_CONCENTRATED, null, null, null, d("3"), 10));
        List<ProjectStage> stages = List.of(new ProjectStage(
                1,
                DeliveryForm.LOCAL_CONCENTRATED,
                "本地集中",
                null,
                d("3"),
                d("3"),
                50,
                null,
                LocalDate.of(2026, 4, 6),
                LocalDate.of(2026, 4, 8),
                "临翔区教师进修学校"));
        p.revise(
                new ProjectTerms(
                        "LX01",
                        "临翔区小学语文骨干教师培训",
                        Level.COUNTY,
                        "骨干教师",
                        "临翔区教育局",
                        Selection.DIRECTIVE,
                        rate == null ? null : d(rate),
                        50,
                        null,
                        null,
                        "临翔区教师进修学校",
                        null,
                        null,
                        "小学语文教师",
                        Set.of(),
                        List.of(),
                        stages,
                        List.of(
                                new ProjectModule(Module.ETHICS, Hours.of(6)),
                                new ProjectModule(Module.COMPETENCE, Hours.of(12))),
                        List.of(),
                        List.of()),
                LINCANG);
        return p;
    }

    private static BigDecimal d(String s) {
        return new BigDecimal(s);
    }

    @Test
    void e1AsAResultGivesTheWorkedFiguresAndTheModuleSplit() {
        List<Violation> found = new ArrayList<>();
        ResultRules.Computed c =
                new ResultRules(e1Project("1.2"), LINCANG).compute(1, Map.of(1, d("18")), d("85"), found);
        assertEquals(List.of(), found);
        assertEquals(Grade.GOOD, c.credit().grade());
        assertEquals(d("25.92"), c.credit().credits().value());
        assertEquals(d("4.32"), c.credit().performanceCredits().value().stripTrailingZeros());
        assertEquals(Module.ETHICS, c.split().get(0).module());
        assertEquals(d("8.64"), c.split().get(0).credits().value());
        assertEquals(d("6.0"), c.split().get(0).hours().value());
        assertEquals(d("17.28"), c.split().get(1).credits().value());
        assertEquals(d("12.0"), c.split().get(1).hours().value());
        assertEquals(
                List.of(new StageAttendance(1, d("18.0")).hours()),
                c.stages().stream().map(StageAttendance::hours).toList());
    }

    @Test
    void theStageOffersAtMostItsHoursAndEveryProblemIsReportedWithItsRow() {
        ResultRules rules = new ResultRules(e1Project("1.2"), LINCANG);
        assertEquals(d("18.0"), rules.offered().get(1));
        List<Violation> found = new ArrayList<>();
        assertNull(rules.compute(3, Map.of(1, d("19")), d("85"), found));
        assertNull(rules.compute(4, Map.of(1, d("12.25")), d("101"), found));
        assertNull(rules.compute(5, Map.of(2, d("1")), d("70"), found));
        assertEquals(
                List.of(
                        "error.result.tooManyHours",
                        "error.result.badHours",
                        "error.result.badScore",
                        "error.result.noSuchStage"),
                found.stream().map(Violation::messageKey).toList());
        assertEquals(
                List.of("row 3: stage1", "row 4: stage1", "row 4: score", "row 5: stage2"),
                found.stream().map(Violation::field).toList());
    }

    /** Found by fuzzing (docs/fuzzing.md): naming such hours in the problem failed (NegativeArraySizeException). */
    @Test
    void hoursWithAnAbsurdExponentAreAProblemNamedAsSent() {
        List<Violation> found = new ArrayList<>();
        assertNull(
                new ResultRules(e1Project("1.2"), LINCANG).compute(3, Map.of(1, d("1E-2147483647")), d("85"), found));
        assertEquals(List.of(Violation.of("row 3: stage1", "error.result.badHours", 3, 1, "1E-2147483647")), found);
    }

    @Test
    void aFailEarnsNothingAndCountsNoHoursByDefault() {
        List<Violation> found = new ArrayList<>();
        ResultRules.Computed c =
                new ResultRules(e1Project("1.2"), LINCANG).compute(1, Map.of(1, d("18")), d("59.9"), found);
        assertEquals(Grade.FAIL, c.credit().grade());
        assertEquals(0, c.credit().credits().value().signum());
        assertEquals(0, c.credit().countedHours().value().signum());
        assertEquals(d("18.0"), c.credit().hours().value());
    }

    @Test
    void withoutAScoreTheRowIsNotComputedAndIsNoProblem() {
        List<Violation> found = new ArrayList<>();
        assertNull(new ResultRules(e1Project("1.2"), LINCANG).compute(1, Map.of(1, d("18")), null, found));
        assertEquals(List.of(), found);
    }

    @Test
    void aProjectWithoutARateCannotGiveCredits() {
        List<Violation> found = new ArrayList<>();
        assertNull(new ResultRules(e1Project(null), LINCANG).compute(2, Map.of(1, d("18")), d("85"), found));
        assertEquals(
                List.of("error.result.noRate"),
                found.stream().map(Violation::messageKey).toList());
    }
}
