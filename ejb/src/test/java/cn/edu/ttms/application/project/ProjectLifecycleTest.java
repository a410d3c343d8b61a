package cn.edu.ttms.application.project;

import static cn.edu.ttms.domain.model.organisation.Units.unit;
import static cn.edu.ttms.domain.model.organisation.Units.withId;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.edu.ttms.application.enrolment.Enrolments;
import cn.edu.ttms.application.enrolment.InMemoryProjects;
import cn.edu.ttms.application.notification.Notifications;
import cn.edu.ttms.application.scope.Caller;
import cn.edu.ttms.application.scope.CurrentCaller;
import cn.edu.ttms.domain.model.account.Role;
import cn.edu.ttms.domain.model.organisation.Organisation;
import cn.edu.ttms.domain.model.organisation.OrganisationKind;
import cn.edu.ttms.domain.model.plan.AnnualPlan;
import cn.edu.ttms.domain.model.project.IllegalTransition;
import cn.edu.ttms.domain.model.project.ProjectAction;
import cn.edu.ttms.domain.model.project.ProjectStage;
import cn.edu.ttms.domain.model.project.ProjectStatus;
import cn.edu.ttms.domain.model.project.TrainingProject;
import cn.edu.ttms.domain.model.shared.DeliveryForm;
import cn.edu.ttms.domain.model.shared.DomainException;
import cn.edu.ttms.domain.model.shared.RecordNotFound;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Who takes which step of a project's life below the container: the state first, then the steps that are
 * signatures, then role and scope (a bureau's staff write, its reviewers approve), the proposing unit
 * submitting its own, and the city approving principal qualification training. Publication windows
 * depend on the month and are left to the integration tests.
 */
class ProjectLifecycleTest {

    private final Organisation province = unit(null, OrganisationKind.PROVINCE, "云南省", 1);
    private final Organisation city = unit(province, OrganisationKind.CITY, "临沧市", 2);
    private final Organisation county = unit(city, OrganisationKind.COUNTY, "临翔区", 4);
    private final Organisation school = unit(county, OrganisationKind.SCHOOL, "临翔区第一完全小学", 9);

    private final InMemoryProjects projects = new InMemoryProjects().with(province, city, county, school);
    private final List<String> opened = new ArrayList<>();
    private Caller me;

    private static final Caller CITY_STAFF = new Caller("city", Set.of(Role.BUREAU_STAFF), 2, "/1/2/", null);
    private static final Caller CITY_REVIEWER =
            new Caller("cityreviewer", Set.of(Role.BUREAU_REVIEWER), 2, "/1/2/", null);
    private static final Caller COUNTY_REVIEWER =
            new Caller("lxreviewer", Set.of(Role.BUREAU_REVIEWER), 4, "/1/2/4/", null);
    private static final Caller SCHOOL_ADMIN = new Caller("school", Set.of(Role.SCHOOL_ADMIN), 9, "/1/2/4/9/", null);

    private ProjectLifecycle service() {
        ProjectLifecycle s = new ProjectLifecycle();
        s.projects = projects;
        s.organisations = projects.organisations();
        s.caller = new CurrentCaller() {
            @Override
            public Caller get() {
                return me;
            }
        };
        ProposingUnits proposers = new ProposingUnits();
        proposers.projects = projects;
        proposers.organisations = projects.organisations();
        s.proposers = proposers;
        s.notifications = new Notifications() {
            @Override
            public void afterTransition(TrainingProject project, ProjectAction action, String reason) {}
        };
        s.enrolments = new Enrolments() {
            @Override
            public void openSeats(TrainingProject project) {
                opened.add(project.name());
            }
        };
        return s;
    }

    private TrainingProject project(long id, Organisation bureau, String name, ProjectAction... steps) {
        TrainingProject p = withId(
                new TrainingProject(
                        new AnnualPlan(2026, bureau, null, null),
                        1,
                        null,
                        name,
                        null,
                        null,
                        null,
                        null,
                        new ProjectStage(
                                1, DeliveryForm.LOCAL_CONCENTRATED, null, null, BigDecimal.ONE, BigDecimal.ONE, 40)),
                id);
        for (ProjectAction step : steps) {
            p.apply(step, null);
        }
        projects.with(p);
        return p;
    }

    @Test
    void staffSubmitAndReviewersApproveTheirBureausProjects() {
        TrainingProject p = project(7, city, "小学语文骨干教师培训");
        me = CITY_STAFF;
        service().apply(7, ProjectAction.SUBMIT, null, false);
        DomainException staffApproves =
                assertThrows(DomainException.class, () -> service().apply(7, ProjectAction.APPROVE, null, false));
        assertEquals("error.project.notYours", staffApproves.messageKey());
        assertEquals(List.of(ProjectAction.APPROVE, "BUREAU_REVIEWER"), staffApproves.args());

        me = CITY_REVIEWER;
        assertEquals(
                List.of(ProjectAction.APPROVE, ProjectAction.RETURN), service().available(p));
        assertEquals(
                ProjectStatus.APPROVED,
                service().apply(7, ProjectAction.APPROVE, null, false).status());
    }

    @Test
    void theStateIsCheckedFirstAndSignatureStepsAreNeverButtons() {
        project(7, city, "小学语文骨干教师培训");
        me = CITY_REVIEWER;
        assertThrows(
                IllegalTransition.class,
                () -> service().apply(7, ProjectAction.APPROVE, null, false),
                "a draft is not approved, whoever asks");
        TrainingProject running = project(
                8,
                city,
                "班主任培训",
                ProjectAction.SUBMIT,
                ProjectAction.APPROVE,
                ProjectAction.PUBLISH,
                ProjectAction.OPEN_ENROLMENT,
                ProjectAction.START);
        me = CITY_STAFF;
        DomainException e = assertThrows(
                DomainException.class, () -> service().apply(8, ProjectAction.SUBMIT_RESULTS, null, false));
        assertEquals("error.project.bySignatures", e.messageKey());
        assertEquals(List.of(), service().available(running), "nothing but signatures moves it on from here");
    }

    @Test
    void aBureauBelowNeitherSeesADraftNorTakesStepsOnTheCitysProjects() {
        TrainingProject published =
                project(8, city, "班主任培训", ProjectAction.SUBMIT, ProjectAction.APPROVE, ProjectAction.PUBLISH);
        project(7, city, "草稿");
        me = COUNTY_REVIEWER;
        assertThrows(RecordNotFound.class, () -> service().apply(7, ProjectAction.SUBMIT, null, false));
        assertEquals(
                "error.project.notYours",
                assertThrows(DomainException.class, () -> service().apply(8, ProjectAction.CANCEL, "不办了", false))
                        .messageKey());
        assertEquals(List.of(), service().available(published));
        assertEquals(ProjectStatus.PUBLISHED, published.status());
    }

    @Test
    void openingEnrolmentOpensTheSeats() {
        project(8, city, "班主任培训", ProjectAction.SUBMIT, ProjectAction.APPROVE, ProjectAction.PUBLISH);
        me = CITY_STAFF;
        assertEquals(
                ProjectStatus.ENROLLING,
                service().apply(8, ProjectAction.OPEN_ENROLMENT, null, false).status());
        assertEquals(List.of("班主任培训"), opened);
    }

    @Test
    void principalQualificationTrainingIsApprovedByTheCityNotTheCounty() {
        project(7, county, "临翔区校长任职资格培训", ProjectAction.SUBMIT);
        me = COUNTY_REVIEWER;
        DomainException e =
                assertThrows(DomainException.class, () -> service().apply(7, ProjectAction.APPROVE, null, false));
        assertEquals("error.project.qualificationNeedsCity", e.messageKey());
        me = CITY_REVIEWER;
        assertEquals(
                ProjectStatus.APPROVED,
                service().apply(7, ProjectAction.APPROVE, null, false).status());
    }

    @Test
    void theProposingUnitSubmitsItsOwnProjectAndTheBureausStaffDecideIt() {
        TrainingProject p = project(7, county, "校本研修");
        p.proposedBy(school);
        me = new Caller("lx", Set.of(Role.BUREAU_STAFF), 4, "/1/2/4/", null);
        DomainException e =
                assertThrows(DomainException.class, () -> service().apply(7, ProjectAction.SUBMIT, null, false));
        assertEquals("error.proposal.proposerSubmits", e.messageKey());

        me = SCHOOL_ADMIN;
        assertTrue(service().available(p).contains(ProjectAction.SUBMIT));
        service().apply(7, ProjectAction.SUBMIT, null, false);

        me = new Caller("lx", Set.of(Role.BUREAU_STAFF), 4, "/1/2/4/", null);
        assertEquals(
                ProjectStatus.DRAFT,
                service().apply(7, ProjectAction.RETURN, "请补充课程安排", false).status(),
                "the staff did not write it, so they may decide it");
    }

    @Test
    void theNextStepSaysWhoTakesItAndWhetherItIsTheCallers() {
        TrainingProject p = project(7, city, "小学语文骨干教师培训", ProjectAction.SUBMIT);
        me = CITY_STAFF;
        NextStep staff = service().nextStep(p);
        assertEquals("project.next.SUBMITTED", staff.key());
        assertEquals(List.of("临沧市"), staff.args(), "names the bureau whose reviewers approve");
        assertEquals(false, staff.yours(), "staff do not approve what they submitted");
        me = CITY_REVIEWER;
        assertTrue(service().nextStep(p).yours());

        TrainingProject course = project(8, county, "小学校长任职资格培训", ProjectAction.SUBMIT);
        me = COUNTY_REVIEWER;
        NextStep county = service().nextStep(course);
        assertEquals("project.next.SUBMITTED.qualification", county.key());
        assertEquals(false, county.yours(), "a county may not approve a principal qualification course");

        TrainingProject running = project(
                9,
                city,
                "班主任培训",
                ProjectAction.SUBMIT,
                ProjectAction.APPROVE,
                ProjectAction.PUBLISH,
                ProjectAction.OPEN_ENROLMENT,
                ProjectAction.START);
        me = CITY_STAFF;
        assertEquals("project.next.IN_PROGRESS", service().nextStep(running).key());
        assertEquals(false, service().nextStep(running).yours(), "results are signed, not a button");

        TrainingProject cancelled = project(10, city, "取消的培训");
        cancelled.apply(ProjectAction.CANCEL, "经费未落实");
        assertEquals(null, service().nextStep(cancelled), "nothing follows a cancellation");
    }
}
