package cn.edu.ttms.domain.model.project;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.edu.ttms.domain.model.organisation.Organisation;
import cn.edu.ttms.domain.model.organisation.OrganisationKind;
import cn.edu.ttms.domain.model.plan.AnnualPlan;
import cn.edu.ttms.domain.model.shared.DeliveryForm;
import cn.edu.ttms.domain.model.shared.Level;
import cn.edu.ttms.domain.model.shared.Violation;
import java.lang.reflect.Field;
import java.math.BigDecimal;
import java.util.EnumSet;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Projects proposed by institutions and schools: levels, the owning bureau, visibility, return and resubmission. */
class ProposalsTest {

    private final Organisation province = unit(null, OrganisationKind.PROVINCE, "云南省", 1);
    private final Organisation city = unit(province, OrganisationKind.CITY, "临沧市", 2);
    private final Organisation centre = unit(city, OrganisationKind.INSTITUTION, "临沧市教师发展中心", 3);
    private final Organisation county = unit(city, OrganisationKind.COUNTY, "临翔区", 4);
    private final Organisation school = unit(county, OrganisationKind.SCHOOL, "临翔区第一完全小学", 5);
    private final Organisation otherSchool = unit(county, OrganisationKind.SCHOOL, "临翔区博尚镇中心完小", 6);
    private final Organisation countySchool = unit(county, OrganisationKind.INSTITUTION, "临翔区教师进修学校", 7);

    @Test
    void aSchoolProposesOnlySchoolBasedTraining() {
        assertEquals(EnumSet.of(Level.SCHOOL), Proposals.levelsFor(OrganisationKind.SCHOOL, OrganisationKind.COUNTY));
        List<Violation> county =
                Proposals.levelProblems(OrganisationKind.SCHOOL, OrganisationKind.COUNTY, Level.COUNTY);
        assertEquals(1, county.size());
        assertEquals("level", county.get(0).field());
        assertEquals("error.proposal.schoolLevelOnly", county.get(0).messageKey());
        assertTrue(Proposals.levelProblems(OrganisationKind.SCHOOL, OrganisationKind.COUNTY, Level.SCHOOL)
                .isEmpty());
    }

    @Test
    void anInstitutionProposesAtItsBureausLevelOrLowerDownToCounty() {
        assertEquals(
                EnumSet.of(Level.MUNICIPAL, Level.COUNTY),
                Proposals.levelsFor(OrganisationKind.INSTITUTION, OrganisationKind.CITY));
        assertEquals(
                EnumSet.of(Level.COUNTY), Proposals.levelsFor(OrganisationKind.INSTITUTION, OrganisationKind.COUNTY));
        assertEquals(
                EnumSet.of(Level.PROVINCIAL, Level.MUNICIPAL, Level.COUNTY),
                Proposals.levelsFor(OrganisationKind.INSTITUTION, OrganisationKind.PROVINCE));
        assertEquals(
                "error.proposal.levelAboveBureau",
                Proposals.levelProblems(OrganisationKind.INSTITUTION, OrganisationKind.CITY, Level.PROVINCIAL)
                        .get(0)
                        .messageKey());
        assertFalse(
                Proposals.levelProblems(OrganisationKind.INSTITUTION, OrganisationKind.CITY, Level.SCHOOL)
                        .isEmpty(),
                "school-based training is the schools' own");
        assertTrue(
                Proposals.levelProblems(OrganisationKind.INSTITUTION, OrganisationKind.CITY, null)
                        .isEmpty(),
                "a missing level is the terms' own problem");
    }

    @Test
    void theNearestBureauAboveOwnsTheProposal() {
        assertEquals(county, Proposals.owningBureau(school).orElseThrow());
        assertEquals(city, Proposals.owningBureau(centre).orElseThrow());
        assertEquals(county, Proposals.owningBureau(countySchool).orElseThrow());
        assertTrue(Proposals.owningBureau(province).isEmpty());
        assertFalse(Proposals.proposes(OrganisationKind.COUNTY));
    }

    @Test
    void theProposerSeesItsDraftAndNoOtherUnitBelowTheBureauDoes() {
        TrainingProject p = draftOf(county);
        p.proposedBy(school);
        assertEquals("临翔区第一完全小学", p.proposingUnit());
        assertTrue(p.visibleTo(school.path()));
        assertTrue(p.visibleTo(county.path()), "the owning bureau");
        assertTrue(p.visibleTo(city.path()), "a bureau above");
        assertFalse(p.visibleTo(otherSchool.path()), "another school does not see the draft");
        assertTrue(p.proposedBy(school.path()));
        assertFalse(p.proposedBy(otherSchool.path()));
        assertThrows(IllegalStateException.class, () -> p.proposedBy(otherSchool), "the proposer never changes");
    }

    @Test
    void onlyAUnitBelowTheOwningBureauProposesToIt() {
        assertThrows(
                IllegalArgumentException.class,
                () -> draftOf(county).proposedBy(centre),
                "the city's centre is not below the county");
        assertThrows(
                IllegalArgumentException.class,
                () -> draftOf(city).proposedBy(county),
                "a bureau owns plans, it does not propose");
    }

    @Test
    void aReturnNeedsAReasonWhichTheProposerReadsUntilItResubmits() {
        TrainingProject p = draftOf(county);
        p.proposedBy(school);
        assertTrue(p.editableByProposer());
        p.apply(ProjectAction.SUBMIT, null);
        assertFalse(p.editableByProposer(), "submitted: the bureau's to decide");
        MissingReason none = assertThrows(MissingReason.class, () -> p.apply(ProjectAction.RETURN, " "));
        assertEquals("reason", none.violations().get(0).field());
        assertEquals(ProjectStatus.SUBMITTED, p.status());

        p.apply(ProjectAction.RETURN, " 请补充课程安排 ");
        assertEquals(ProjectStatus.DRAFT, p.status());
        assertEquals("请补充课程安排", p.returnReason());
        assertTrue(p.editableByProposer());
        assertEquals("请补充课程安排", p.auditState().get("returnReason"), "the reason goes into the history");

        p.apply(ProjectAction.SUBMIT, null);
        assertNull(p.returnReason(), "answered by the resubmission");
        p.apply(ProjectAction.APPROVE, null);
        assertEquals(ProjectStatus.APPROVED, p.status());
        assertThrows(
                IllegalTransition.class,
                () -> p.apply(ProjectAction.RETURN, "太晚了"),
                "only a submitted project returns");
    }

    @Test
    void theProposingUnitStaysThroughRevisions() {
        TrainingProject p = draftOf(county);
        p.proposedBy(school);
        ProjectTerms t = p.terms();
        p.revise(
                new ProjectTerms(
                        t.code(),
                        t.name(),
                        Level.SCHOOL,
                        t.category(),
                        "别的单位",
                        t.selection(),
                        null,
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
                        null,
                        t.approvalChain()),
                cn.edu.ttms.domain.model.policy.PolicyRules.lincang2017());
        assertEquals("临翔区第一完全小学", p.proposingUnit());
    }

    private static TrainingProject draftOf(Organisation bureau) {
        AnnualPlan plan = new AnnualPlan(2027, bureau, null, null);
        return new TrainingProject(
                plan,
                1,
                null,
                "校本研修",
                null,
                null,
                null,
                null,
                new ProjectStage(1, DeliveryForm.LOCAL_CONCENTRATED, null, null, null, BigDecimal.ONE, 10));
    }

    private static Organisation unit(Organisation parent, OrganisationKind kind, String name, long id) {
        Organisation o =
                parent == null ? Organisation.root(kind, name, null) : Organisation.under(parent, kind, name, null);
        try {
            Field f = Organisation.class.getDeclaredField("id");
            f.setAccessible(true);
            f.set(o, id);
        } catch (ReflectiveOperationException e) {
            throw new AssertionError(e);
        }
        o.assignPath();
        return o;
    }
}
