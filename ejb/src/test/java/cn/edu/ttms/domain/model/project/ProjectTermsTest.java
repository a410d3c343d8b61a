package cn.edu.ttms.domain.model.project;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.edu.ttms.domain.model.organisation.Organisation;
import cn.edu.ttms.domain.model.organisation.OrganisationKind;
import cn.edu.ttms.domain.model.plan.AnnualPlan;
import cn.edu.ttms.domain.model.policy.PolicyRules;
import cn.edu.ttms.domain.model.shared.DeliveryForm;
import cn.edu.ttms.domain.model.shared.DomainException;
import cn.edu.ttms.domain.model.shared.Hours;
import cn.edu.ttms.domain.model.shared.Level;
import cn.edu.ttms.domain.model.shared.Module;
import cn.edu.ttms.domain.model.shared.Selection;
import cn.edu.ttms.domain.model.shared.Violation;
import cn.edu.ttms.domain.model.teacher.SchoolStage;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** A project's terms held to each other and to the Lincang 2017 policy (workflow.md §1, art. 6–10). */
class ProjectTermsTest {

    private static final PolicyRules LINCANG = PolicyRules.lincang2017();

    /** 5 days concentrated (30 h) + 10 h online: 40 h, split 12 + 28 over two modules; county level. */
    private static ProjectTerms terms(
            BigDecimal rate, List<ProjectModule> modules, List<ProjectQuota> quotas, List<ProjectCourse> courses) {
        List<ProjectStage> stages = List.of(
                new ProjectStage(
                        1,
                        DeliveryForm.LOCAL_CONCENTRATED,
                        "本地集中",
                        null,
                        d("5"),
                        d("5"),
                        100,
                        null,
                        LocalDate.of(2026, 4, 6),
                        LocalDate.of(2026, 4, 10),
                        "临翔区教师进修学校"),
                new ProjectStage(
                        2, DeliveryForm.ONLINE, "网络研修", null, null, null, 100, Hours.of(10), null, null, null));
        return new ProjectTerms(
                "LX01",
                "临翔区小学语文骨干教师培训",
                Level.COUNTY,
                "骨干教师",
                "临翔区教育局",
                Selection.DIRECTIVE,
                rate,
                100,
                d("38000.50"),
                null,
                "临翔区教师进修学校",
                null,
                "王老师",
                "小学语文教师",
                Set.of(SchoolStage.PRIMARY),
                List.of("语文"),
                stages,
                modules,
                quotas,
                courses);
    }

    private static List<ProjectModule> modules(String ethics, String competence) {
        return List.of(
                new ProjectModule(Module.ETHICS, Hours.of(ethics)),
                new ProjectModule(Module.COMPETENCE, Hours.of(competence)));
    }

    private static BigDecimal d(String s) {
        return new BigDecimal(s);
    }

    private static List<String> keys(List<Violation> violations) {
        return violations.stream().map(Violation::messageKey).toList();
    }

    @Test
    void soundTermsHaveNoProblemAndTheirHoursComeFromTheStages() {
        ProjectTerms t = terms(
                d("1.2"), modules("12", "28"), List.of(new ProjectQuota(7, 60), new ProjectQuota(8, 40)), List.of());
        assertEquals(List.of(), ProjectChecks.problems(t, LINCANG));

        TrainingProject p = draft();
        p.revise(t, LINCANG);
        assertEquals(Hours.of("40"), p.hours(LINCANG));
        assertEquals(2, p.stages().size());
        assertEquals(List.of("语文"), p.audienceSubjects());
        assertEquals(Level.COUNTY, p.level());
    }

    @Test
    void modulesMustAddUpToTheProjectsHours() {
        List<Violation> found = ProjectChecks.problems(terms(null, modules("12", "20"), List.of(), List.of()), LINCANG);
        assertEquals(List.of("error.project.modulesSum"), keys(found));
        assertEquals(List.of("32", "40"), found.get(0).args());
        assertEquals("modules", found.get(0).field());
    }

    @Test
    void theCreditRateMustLieInTheRangeOfTheLevelAndForm() {
        List<Violation> found = ProjectChecks.problems(terms(d("1.6"), List.of(), List.of(), List.of()), LINCANG);
        assertEquals(List.of("error.project.rateOutOfRange"), keys(found));
        assertEquals(
                List.of("1.6", Level.COUNTY, DeliveryForm.LOCAL_CONCENTRATED, "1", "1.5"),
                found.get(0).args());
        assertEquals(List.of(), ProjectChecks.problems(terms(d("1.5"), List.of(), List.of(), List.of()), LINCANG));
    }

    @Test
    void quotasMayNotExceedTheCapacityNorNameAUnitTwice() {
        List<Violation> found = ProjectChecks.problems(
                terms(
                        null,
                        List.of(),
                        List.of(new ProjectQuota(7, 60), new ProjectQuota(7, 30), new ProjectQuota(9, 20)),
                        List.of()),
                LINCANG);
        assertEquals(List.of("error.project.quotaTwice", "error.project.quotasExceedCapacity"), keys(found));
        assertEquals(List.of("110", "100"), found.get(1).args());
    }

    @Test
    void everyProblemIsReportedAtOnceAndNothingChanges() {
        TrainingProject p = draft();
        ProjectTerms bad = terms(d("9"), modules("1", "1"), List.of(new ProjectQuota(7, 500)), List.of());
        InvalidProject e = assertThrows(InvalidProject.class, () -> p.revise(bad, LINCANG));
        assertEquals(
                Set.of(
                        "error.project.modulesSum",
                        "error.project.rateOutOfRange",
                        "error.project.quotasExceedCapacity"),
                Set.copyOf(keys(e.violations())));
        assertEquals("开班", p.name());
        assertTrue(p.modules().isEmpty());
    }

    @Test
    void aStageWithoutTheFigureItsFormCountsByIsAProblem() {
        ProjectStage online = new ProjectStage(1, DeliveryForm.ONLINE, null, null, null, d("3"), 50);
        ProjectTerms t = new ProjectTerms(
                null,
                "网络研修",
                Level.COUNTY,
                null,
                null,
                null,
                null,
                50,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                List.of(online),
                null,
                null,
                null);
        List<Violation> problems = ProjectChecks.problems(t, LINCANG);
        assertEquals(List.of("error.project.stageHoursMissing"), keys(problems));
        assertEquals(List.of(1, DeliveryForm.ONLINE), problems.get(0).args(), "the stage and its form");
    }

    /** Issue 17 item 4: 本地 filled and 合计 left blank is no problem: the total is derived. */
    @Test
    void aTotalLeftBlankIsTheSumOfItsPartsAndNoProblem() {
        ProjectStage local = new ProjectStage(1, DeliveryForm.LOCAL_CONCENTRATED, null, null, d("3"), null, 50);
        assertEquals(List.of(), keys(ProjectChecks.problems(oneStage(local), LINCANG)));
    }

    @Test
    void aDayStageWithoutAnyDaysAsksForTheLocalOrOffSiteDays() {
        ProjectStage none = new ProjectStage(1, DeliveryForm.LOCAL_CONCENTRATED, null, null, null, null, 50);
        // the credit rules would say "needs its days or its hours"; the form names the inputs to fill
        ProjectStage hoursOnly = new ProjectStage(
                2, DeliveryForm.LOCAL_CONCENTRATED, null, null, null, null, 50, Hours.of(6), null, null, null);
        List<Violation> problems = ProjectChecks.problems(oneStage(none, hoursOnly), LINCANG);
        assertEquals(List.of("error.project.stageDaysMissing", "error.project.stageDaysMissing"), keys(problems));
        assertEquals(
                List.of(1, DeliveryForm.LOCAL_CONCENTRATED), problems.get(0).args());
        assertEquals(
                List.of(2, DeliveryForm.LOCAL_CONCENTRATED), problems.get(1).args());
    }

    @Test
    void aTotalThatContradictsItsPartsIsTheProblemNamed() {
        ProjectStage wrong = new ProjectStage(1, DeliveryForm.LOCAL_CONCENTRATED, null, d("2"), d("3"), d("4"), 50);
        List<Violation> problems = ProjectChecks.problems(oneStage(wrong), LINCANG);
        assertEquals(List.of("error.project.stageDaysInconsistent"), keys(problems));
        assertEquals(List.of(1, "2", "3", "5", "4"), problems.get(0).args());
        ProjectStage partTooBig = new ProjectStage(1, DeliveryForm.LOCAL_CONCENTRATED, null, null, d("6"), d("4"), 50);
        assertEquals(
                List.of("error.project.stageDaysInconsistent"),
                keys(ProjectChecks.problems(oneStage(partTooBig), LINCANG)));
        ProjectStage otherPartUnknown =
                new ProjectStage(1, DeliveryForm.LOCAL_CONCENTRATED, null, null, d("3"), d("5"), 50);
        assertEquals(List.of(), keys(ProjectChecks.problems(oneStage(otherPartUnknown), LINCANG)));
    }

    private static ProjectTerms oneStage(ProjectStage... stages) {
        return new ProjectTerms(
                null,
                "集中培训",
                Level.COUNTY,
                null,
                null,
                null,
                null,
                50,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                List.of(stages),
                null,
                null,
                null);
    }

    @Test
    void fewerElectivesThanRequiredAndLittlePracticeAreWarningsNotProblems() {
        List<ProjectCourse> courses = List.of(
                new ProjectCourse(1, "师德专题", CourseKind.REQUIRED, Hours.of(20), false),
                new ProjectCourse(2, "课堂观摩", CourseKind.ELECTIVE, Hours.of(12), true),
                new ProjectCourse(3, "讲座", CourseKind.ELECTIVE, Hours.of(6), false));
        ProjectTerms t = terms(d("1.2"), modules("12", "28"), List.of(), courses);
        assertEquals(List.of(), ProjectChecks.problems(t, LINCANG));
        List<Violation> warnings = ProjectChecks.warnings(t);
        assertEquals(
                List.of("warning.project.electiveBelowRequired", "warning.project.practicalShare"), keys(warnings));
        assertEquals(List.of("18", "20"), warnings.get(0).args());
        assertEquals(List.of("32"), warnings.get(1).args()); // 12 of 38 h
    }

    @Test
    void balancedCurriculumHasNoWarning() {
        List<ProjectCourse> courses = List.of(
                new ProjectCourse(1, "师德专题", CourseKind.REQUIRED, Hours.of(10), false),
                new ProjectCourse(2, "跟岗实践", CourseKind.ELECTIVE, Hours.of(30), true));
        assertEquals(List.of(), ProjectChecks.warnings(terms(d("1.2"), modules("12", "28"), List.of(), courses)));
    }

    @Test
    void aPublishedProjectKeepsItsTerms() {
        TrainingProject p = draft();
        p.apply(ProjectAction.SUBMIT, null);
        p.apply(ProjectAction.APPROVE, null);
        p.revise(terms(d("1.2"), List.of(), List.of(), List.of()), LINCANG); // still editable when approved
        p.apply(ProjectAction.PUBLISH, null);
        DomainException e = assertThrows(
                DomainException.class, () -> p.revise(terms(d("1.3"), List.of(), List.of(), List.of()), LINCANG));
        assertEquals("error.project.notEditable", e.messageKey());
        assertEquals(0, d("1.2").compareTo(p.creditRate()));
    }

    private static TrainingProject draft() {
        Organisation province = Organisation.root(OrganisationKind.PROVINCE, "云南省", null);
        Organisation city = Organisation.under(province, OrganisationKind.CITY, "临沧市", null);
        Organisation county = Organisation.under(city, OrganisationKind.COUNTY, "临翔区", null);
        AnnualPlan plan = new AnnualPlan(2026, county, "临翔区2026年教师培训计划", null);
        return new TrainingProject(
                plan,
                1,
                null,
                "开班",
                null,
                null,
                null,
                null,
                new ProjectStage(1, DeliveryForm.LOCAL_CONCENTRATED, null, null, null, d("1"), 10));
    }
}
