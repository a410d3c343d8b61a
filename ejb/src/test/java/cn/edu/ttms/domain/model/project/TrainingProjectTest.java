package cn.edu.ttms.domain.model.project;

import static cn.edu.ttms.domain.model.organisation.Units.unit;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
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
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A training project's own life: a draft from a plan row, stages added only as a draft, each step of the
 * life cycle only from its status, terms revised only before publication, results following the sign-off.
 */
class TrainingProjectTest {

    private static final PolicyRules LINCANG = PolicyRules.lincang2017();

    private final Organisation province = unit(null, OrganisationKind.PROVINCE, "云南省", 1);
    private final Organisation city = unit(province, OrganisationKind.CITY, "临沧市", 2);

    private static ProjectStage stage(int no, String days, int trainees) {
        return new ProjectStage(
                no,
                DeliveryForm.LOCAL_CONCENTRATED,
                "本地集中",
                null,
                new BigDecimal(days),
                new BigDecimal(days),
                trainees);
    }

    private TrainingProject draft() {
        return new TrainingProject(
                new AnnualPlan(2027, city, null, null),
                3,
                "L003",
                " 小学语文骨干教师培训 ",
                "骨干教师",
                "临沧市教育局",
                "全市小学语文教师",
                List.of("临沧市教师发展中心", "临沧师专"),
                stage(1, "3", 40));
    }

    private static void run(TrainingProject p, ProjectAction... steps) {
        for (ProjectAction step : steps) {
            p.apply(step, null);
        }
    }

    @Test
    void aDraftTakesYearLevelAndOwnerFromItsPlan() {
        TrainingProject p = draft();
        assertEquals(ProjectStatus.DRAFT, p.status());
        assertEquals(2027, p.year());
        assertEquals(Level.MUNICIPAL, p.level(), "a city's plan runs municipal projects");
        assertEquals("/1/2/", p.ownerPath());
        assertEquals("小学语文骨干教师培训", p.name());
        assertEquals("临沧市教师发展中心、临沧师专", p.hosts());
        assertEquals(40, p.capacity());
        assertFalse(p.proposed());
        assertTrue(p.editable());
    }

    @Test
    void aProjectNeedsANameAPlanAndAFirstStage() {
        AnnualPlan plan = new AnnualPlan(2027, city, null, null);
        assertThrows(
                IllegalArgumentException.class,
                () -> new TrainingProject(plan, 1, null, " ", null, null, null, null, stage(1, "3", 40)));
        assertThrows(
                NullPointerException.class,
                () -> new TrainingProject(null, 1, null, "培训", null, null, null, null, stage(1, "3", 40)));
        assertThrows(
                NullPointerException.class,
                () -> new TrainingProject(plan, 1, null, "培训", null, null, null, null, null));
        assertThrows(
                IllegalArgumentException.class,
                () -> new TrainingProject(plan, 1, null, "培训", null, null, null, null, stage(2, "3", 40)),
                "the first stage is stage 1");
    }

    @Test
    void stagesFollowInOrderTheLargestSetsTheCapacityAndPlacesCountPersonTimes() {
        TrainingProject p = draft();
        assertThrows(IllegalArgumentException.class, () -> p.addStage(stage(3, "2", 60)));
        p.addStage(stage(2, "2", 60));
        assertEquals(60, p.capacity());
        assertEquals(100, p.places());
        assertEquals(Hours.of(30), p.hours(LINCANG), "5 concentrated days at 6 hours (rules.md §2)");
    }

    @Test
    void stagesChangeOnlyWhileADraft() {
        TrainingProject p = draft();
        p.apply(ProjectAction.SUBMIT, null);
        assertThrows(IllegalStateException.class, () -> p.addStage(stage(2, "2", 60)));
        assertEquals(1, p.stages().size());
    }

    @Test
    void eachStepIsTakenOnlyFromItsStatusAndTheRefusalNamesBoth() {
        TrainingProject p = draft();
        IllegalTransition e = assertThrows(IllegalTransition.class, () -> p.apply(ProjectAction.PUBLISH, null));
        assertEquals("error.project.illegalTransition", e.messageKey());
        assertEquals(List.of(ProjectAction.PUBLISH, ProjectStatus.DRAFT), e.args());
        assertEquals(ProjectStatus.DRAFT, p.status());

        run(
                p,
                ProjectAction.SUBMIT,
                ProjectAction.APPROVE,
                ProjectAction.PUBLISH,
                ProjectAction.OPEN_ENROLMENT,
                ProjectAction.START);
        assertEquals(ProjectStatus.IN_PROGRESS, p.status());
        assertThrows(IllegalTransition.class, () -> p.apply(ProjectAction.CANCEL, "太晚"), "it has started");
    }

    @Test
    void aCancellationNeedsAReasonAndKeepsIt() {
        TrainingProject p = draft();
        run(p, ProjectAction.SUBMIT, ProjectAction.APPROVE, ProjectAction.PUBLISH);
        DomainException e = assertThrows(DomainException.class, () -> p.apply(ProjectAction.CANCEL, "  "));
        assertEquals("error.project.cancelNeedsReason", e.messageKey());
        assertEquals(ProjectStatus.PUBLISHED, p.status());
        p.apply(ProjectAction.CANCEL, " 报名人数不足 ");
        assertEquals(ProjectStatus.CANCELLED, p.status());
        assertEquals("报名人数不足", p.cancelReason());
        assertFalse(p.editable());
        assertFalse(p.takesResults());
    }

    @Test
    void termsAreRevisedOnlyBeforePublication() {
        TrainingProject p = draft();
        ProjectTerms t = p.terms();
        run(p, ProjectAction.SUBMIT, ProjectAction.APPROVE);
        p.revise(t, LINCANG);
        assertEquals(t.name(), p.name(), "an approved project may still change");
        p.apply(ProjectAction.PUBLISH, null);
        DomainException e = assertThrows(DomainException.class, () -> p.revise(t, LINCANG));
        assertEquals("error.project.notEditable", e.messageKey());
        assertEquals(List.of(ProjectStatus.PUBLISHED), e.args());
    }

    @Test
    void termsWithAProblemChangeNothing() {
        TrainingProject p = draft();
        ProjectTerms t = p.terms();
        ProjectTerms tooRich = new ProjectTerms(
                t.code(),
                "改过的名字",
                t.level(),
                t.category(),
                t.proposingUnit(),
                t.selection(),
                new BigDecimal("99"),
                t.capacity(),
                null,
                null,
                null,
                null,
                null,
                null,
                t.audienceStages(),
                t.audienceSubjects(),
                t.stages(),
                List.of(),
                List.of(),
                List.of());
        assertFalse(ProjectChecks.problems(tooRich, LINCANG).isEmpty(), "99 credits an hour is outside the policy");
        assertThrows(InvalidProject.class, () -> p.revise(tooRich, LINCANG));
        assertEquals("小学语文骨干教师培训", p.name());
        assertNull(p.creditRate());
    }

    @Test
    void resultsMoveTheProjectOnlyBetweenTheResultStages() {
        TrainingProject p = draft();
        assertFalse(p.takesResults());
        p.resultsAt(ProjectStatus.RESULTS_SUBMITTED);
        assertEquals(ProjectStatus.DRAFT, p.status(), "a draft does not follow a signature");

        run(
                p,
                ProjectAction.SUBMIT,
                ProjectAction.APPROVE,
                ProjectAction.PUBLISH,
                ProjectAction.OPEN_ENROLMENT,
                ProjectAction.START);
        assertTrue(p.takesResults());
        p.resultsAt(ProjectStatus.RESULTS_SUBMITTED);
        p.resultsAt(ProjectStatus.REVIEWED);
        assertEquals(ProjectStatus.REVIEWED, p.status());
        p.resultsAt(ProjectStatus.IN_PROGRESS);
        assertEquals(ProjectStatus.IN_PROGRESS, p.status(), "a return takes it back");
        p.resultsAt(ProjectStatus.ARCHIVED);
        assertEquals(ProjectStatus.IN_PROGRESS, p.status(), "archiving is a step of its own");
    }

    @Test
    void resultsAreDueOnceTheLastDayOfARunningClassIsPast() {
        TrainingProject p = new TrainingProject(
                new AnnualPlan(2027, city, null, null),
                4,
                "L004",
                "班主任培训",
                "班主任",
                "临沧市教育局",
                "全市班主任",
                List.of("临沧市教师发展中心"),
                dated(1, "2027-03-01", "2027-03-03"));
        p.addStage(dated(2, "2027-04-10", "2027-04-12"));
        assertEquals(java.time.LocalDate.parse("2027-04-12"), p.lastDay(), "the last stage's end");
        java.time.LocalDate after = java.time.LocalDate.parse("2027-04-13");
        assertFalse(p.resultsDueOn(after), "a draft owes nothing");
        run(
                p,
                ProjectAction.SUBMIT,
                ProjectAction.APPROVE,
                ProjectAction.PUBLISH,
                ProjectAction.OPEN_ENROLMENT,
                ProjectAction.START);
        assertFalse(p.resultsDueOn(java.time.LocalDate.parse("2027-04-12")), "not on its last day");
        assertTrue(p.resultsDueOn(after), "running, and its last day is past");
        p.resultsAt(ProjectStatus.RESULTS_SUBMITTED);
        assertFalse(p.resultsDueOn(after), "its results are in");
    }

    private static ProjectStage dated(int no, String from, String to) {
        return new ProjectStage(
                no,
                DeliveryForm.LOCAL_CONCENTRATED,
                "本地集中",
                null,
                new BigDecimal("3"),
                new BigDecimal("3"),
                40,
                null,
                java.time.LocalDate.parse(from),
                java.time.LocalDate.parse(to),
                null);
    }

    @Test
    void aMinimumClassSizeIsOptionalAndOnlyFewerThanItIsTooFew() {
        TrainingProject p = draft();
        assertNull(p.minTrainees());
        assertFalse(p.belowMinimum(0), "no minimum: never too few");
        ProjectTerms t = p.terms();
        p.revise(
                new ProjectTerms(
                        t.code(),
                        t.name(),
                        t.level(),
                        t.category(),
                        t.proposingUnit(),
                        t.selection(),
                        t.creditRate(),
                        t.capacity(),
                        null,
                        null,
                        null,
                        null,
                        null,
                        null,
                        t.audienceStages(),
                        t.audienceSubjects(),
                        t.stages(),
                        List.of(),
                        List.of(),
                        List.of(),
                        10),
                LINCANG);
        assertEquals(10, p.minTrainees());
        assertTrue(p.belowMinimum(9));
        assertFalse(p.belowMinimum(10));
    }

    @Test
    void aDraftIsSeenByItsOwnerAndAboveAndByUnitsBelowOnlyOncePastDraft() {
        assertTrue(TrainingProject.visibleTo("/1/2/", ProjectStatus.DRAFT, "/1/2/"));
        assertTrue(TrainingProject.visibleTo("/1/2/", ProjectStatus.DRAFT, "/1/"), "the province above sees it");
        assertFalse(TrainingProject.visibleTo("/1/2/", ProjectStatus.DRAFT, "/1/2/4/"));
        assertTrue(TrainingProject.visibleTo("/1/2/", ProjectStatus.PUBLISHED, "/1/2/4/"));
        assertFalse(TrainingProject.visibleTo("/1/2/", ProjectStatus.PUBLISHED, "/1/3/"), "another city");
        assertFalse(TrainingProject.visibleTo("/1/2/4/", ProjectStatus.PUBLISHED, "/1/2/5/"));
    }
}
