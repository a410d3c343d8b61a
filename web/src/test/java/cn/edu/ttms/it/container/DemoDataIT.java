package cn.edu.ttms.it.container;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.edu.ttms.application.demo.DemoDataLoader;
import cn.edu.ttms.application.startup.DatabaseReady;
import cn.edu.ttms.domain.model.account.Role;
import cn.edu.ttms.domain.model.account.UserAccount;
import cn.edu.ttms.domain.model.account.UserAccountRepository;
import cn.edu.ttms.domain.model.organisation.DataScope;
import cn.edu.ttms.domain.model.organisation.Organisation;
import cn.edu.ttms.domain.model.organisation.OrganisationKind;
import cn.edu.ttms.domain.model.organisation.OrganisationRepository;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The demo data of api.md on MariaDB: the tree, the accounts, and that it loads only once. */
@ExtendWith(ArquillianExtension.class)
class DemoDataIT {

    @Inject
    OrganisationRepository organisations;

    @Inject
    UserAccountRepository accounts;

    @Inject
    DemoDataLoader loader;

    @Test
    void theTreeFromTheSourcesIsThere() {
        Organisation linxiang = organisations.findByName("临翔区").orElseThrow();
        Organisation fengqing = organisations.findByName("凤庆县").orElseThrow();
        Organisation city = organisations.findByName("临沧市").orElseThrow();

        assertEquals(OrganisationKind.COUNTY, linxiang.kind());
        assertEquals(city.id(), linxiang.parent().id());
        List<Organisation> underLinxiang = organisations.findSubtree(linxiang);
        Set<String> names = underLinxiang.stream().map(Organisation::name).collect(Collectors.toSet());
        assertTrue(names.contains("临翔区第一完全小学"), names::toString);
        assertFalse(names.contains("凤庆县第一中学"), "a county's subtree must not reach another county");
        assertTrue(city.contains(fengqing));
        assertFalse(linxiang.contains(fengqing));
        assertTrue(organisations.findByName("临沧市教师发展中心").orElseThrow().kind() == OrganisationKind.INSTITUTION);
    }

    @Test
    void everyDemoAccountOfTheContractExists() {
        UserAccount linxiang = accounts.findByUsername("linxiang").orElseThrow();
        assertEquals(Set.of(Role.BUREAU_STAFF), linxiang.roles());
        assertEquals("临翔区", linxiang.organisation().name());
        for (String username : List.of(
                "admin",
                "province",
                "city",
                "cityreviewer",
                "linxiang",
                "fengqing",
                "principal",
                "lead",
                "teacher",
                "teacher2")) {
            assertTrue(accounts.findByUsername(username).isPresent(), username);
        }
        assertEquals(
                "凤庆县第一中学",
                accounts.findByUsername("teacher2").orElseThrow().organisation().name());
    }

    @PersistenceContext(unitName = "ttms")
    EntityManager em;

    @Test
    void creatingTheTreeWasAuditedUnderTheDemoDataTask() {
        Number created = (Number) em.createNativeQuery("SELECT COUNT(*) FROM audit_entry WHERE action = 'CREATE'"
                        + " AND entity_type = 'Organisation' AND actor = 'demo-data'")
                .getSingleResult();
        // units other tests created (an organisation import) are audited under their own actors
        Number byOthers = (Number) em.createNativeQuery("SELECT COUNT(*) FROM audit_entry WHERE action = 'CREATE'"
                        + " AND entity_type = 'Organisation' AND actor <> 'demo-data'")
                .getSingleResult();
        assertTrue(
                created.longValue() >= organisations.count() - 1 - byOthers.longValue(),
                "audited creations: " + created + ", by others: " + byOthers);
        String after = (String) em.createNativeQuery("SELECT after_json FROM audit_entry WHERE action = 'CREATE'"
                        + " AND entity_type = 'Organisation' AND after_json LIKE '%\"name\":\"临翔区\"%'")
                .getResultList()
                .get(0);
        assertTrue(after.contains("\"kind\":\"COUNTY\""), after);
        Number accounts = (Number) em.createNativeQuery("SELECT COUNT(*) FROM audit_entry WHERE action = 'CREATE'"
                        + " AND entity_type = 'UserAccount' AND after_json NOT LIKE '%PBKDF2%'")
                .getSingleResult();
        assertTrue(accounts.longValue() >= 10, "account creations audited, never with the hash: " + accounts);
    }

    @Inject
    cn.edu.ttms.domain.model.project.ProjectRepository projects;

    @Test
    void theDemoPlansHaveProjectsAtEveryStepOfTheLifeCycle() {
        DataScope province =
                DataScope.subtree(organisations.findByName("云南省").orElseThrow().path());
        Set<cn.edu.ttms.domain.model.project.ProjectStatus> seen =
                projects
                        .search(province, cn.edu.ttms.domain.model.project.ProjectQuery.of(2026, null, null), 0, 500)
                        .stream()
                        .map(p -> p.status())
                        .collect(Collectors.toSet());
        assertEquals(Set.of(cn.edu.ttms.domain.model.project.ProjectStatus.values()), seen);
    }

    /**
     * Every project the demo loader made has a code as a bureau numbers its plan (LC2601), one of its
     * own. (Other tests may add projects without a code to these plans: the loader's are told by their
     * code's form, and there must be all of them.)
     */
    @Test
    void everyDemoProjectHasItsOwnCode() {
        DataScope province =
                DataScope.subtree(organisations.findByName("云南省").orElseThrow().path());
        var demo = java.util.stream.Stream.of(2025, 2026)
                .flatMap(
                        year -> projects
                                .search(
                                        province,
                                        cn.edu.ttms.domain.model.project.ProjectQuery.of(year, null, null),
                                        0,
                                        500)
                                .stream())
                .filter(p -> "demo-data".equals(p.plan().source()))
                .collect(Collectors.toMap(p -> p.name(), p -> String.valueOf(p.code()), (a, b) -> a + "," + b));
        var coded = demo.values().stream()
                .filter(code -> code.matches("(YN|LC|LX)2[56][0-9]{2}"))
                .toList();
        assertEquals(22, coded.size(), "2 + 14 + 4 projects of 2026, 2 of 2025: " + demo);
        assertEquals(coded.size(), Set.copyOf(coded).size(), "no code twice: " + demo);
        assertEquals("LC2601", demo.get("临沧市初中数学骨干教师培训班"));
        assertEquals("LX2602", demo.get("临翔区班主任工作坊研修"));
        assertEquals("YN2601", demo.get("云南省乡村学校骨干教师能力提升培训"));
        assertEquals("LC2502", demo.get("临沧市小学数学教师课堂教学能力提升培训"));
    }

    @jakarta.inject.Inject
    cn.edu.ttms.domain.model.enrolment.EnrolmentRepository enrolments;

    /** Enrolling projects of both selection types have trainees; the self-selected one is full and has applications waiting. */
    @Test
    void theEnrollingProjectsHaveTraineesAndOneIsFull() {
        DataScope province =
                DataScope.subtree(organisations.findByName("云南省").orElseThrow().path());
        var enrolling = projects
                .search(
                        province,
                        cn.edu.ttms.domain.model.project.ProjectQuery.of(
                                2026, null, cn.edu.ttms.domain.model.project.ProjectStatus.ENROLLING),
                        0,
                        100)
                .stream()
                .filter(p -> "demo-data".equals(p.plan().source()))
                .toList();
        assertEquals(
                Set.of(cn.edu.ttms.domain.model.shared.Selection.values()),
                enrolling.stream().map(p -> p.selection()).collect(Collectors.toSet()));
        for (var p : enrolling) {
            assertTrue(enrolments.rosterSize(p.id(), DataScope.everything()) > 0, p.name());
        }
        var workshop = enrolling.stream()
                .filter(p -> p.selection() == cn.edu.ttms.domain.model.shared.Selection.SELF_SELECTED)
                .findFirst()
                .orElseThrow();
        assertEquals(0, enrolments.seatsLeft(workshop.id(), 0).orElseThrow(), "full");
        assertEquals(workshop.capacity(), enrolments.rosterSize(workshop.id(), DataScope.everything()));
        assertEquals(
                List.of(1, 2),
                enrolments.waitingList(workshop.id()).stream()
                        .map(e -> e.waitPosition())
                        .toList(),
                "two teachers wait in line");
    }

    /** The city's plan holds projects at every level and in every state (issue: demo data of projects). */
    @Test
    void theCitysPlanHasEveryLevelEveryStateAndCompleteTerms() {
        var city = organisations.findByName("临沧市").orElseThrow();
        var plan = projects.plansVisibleTo(DataScope.subtree(city.path())).stream()
                .filter(a -> a.ownerPath().equals(city.path()) && a.year() == 2026 && "demo-data".equals(a.source()))
                .findFirst()
                .orElseThrow();
        var mine = projects.projectsOf(plan);
        assertEquals(
                Set.of(cn.edu.ttms.domain.model.shared.Level.values()),
                mine.stream().map(p -> p.level()).collect(Collectors.toSet()));
        assertEquals(
                Set.of(cn.edu.ttms.domain.model.project.ProjectStatus.values()),
                mine.stream().map(p -> p.status()).collect(Collectors.toSet()));
        var rules = cn.edu.ttms.domain.model.policy.PolicyRules.lincang2017();
        for (var p : mine) {
            assertTrue(
                    cn.edu.ttms.domain.model.project.ProjectChecks.problems(p.terms(), rules)
                            .isEmpty(),
                    p.name());
            assertTrue(
                    p.creditRate() != null
                            && !p.modules().isEmpty()
                            && !p.courses().isEmpty(),
                    p.name());
        }
        assertTrue(mine.stream().anyMatch(p -> p.leadId() != null && p.quotas().size() == 2), "a lead and quotas");
    }

    @Inject
    cn.edu.ttms.domain.model.result.ResultRepository results;

    /**
     * Batches stand at every step of the sign-off chain (issue: demo results). The province officer's
     * list ({@code GET /api/v1/result-batches?status=…}) is the province's subtree, as counted here.
     */
    @Test
    void theDemoHasResultBatchesAtEveryStepOfTheSignOffChain() {
        DataScope province =
                DataScope.subtree(organisations.findByName("云南省").orElseThrow().path());
        for (var status : cn.edu.ttms.domain.model.result.BatchStatus.values()) {
            assertTrue(results.countBatches(province, null, null, status) >= 1, "a batch " + status);
        }
        var city = organisations.findByName("临沧市").orElseThrow();
        var returned = results.batches(
                        province, null, null, cn.edu.ttms.domain.model.result.BatchStatus.RETURNED, 0, 10)
                .get(0);
        assertTrue(returned.revision() >= 2, "the return opened a new revision");
        assertTrue(returned.returnReason() != null && !returned.returnReason().isBlank());
        assertTrue(
                projects.plansVisibleTo(DataScope.subtree(city.path())).stream()
                        .anyMatch(a -> a.ownerPath().equals(city.path())
                                && a.year() == 2025
                                && "demo-data".equals(a.source())),
                "a plan of an earlier year");
    }

    /**
     * The {@code teacher} account's archive ({@code GET /api/v1/teachers/{id}/archive}: results of
     * signed batches only) holds results of two years, recognised ones and a pending one.
     */
    @Test
    void theDemoTeachersArchiveHasTwoYearsRecognisedAndPending() {
        long teacherId = accounts.findByUsername("teacher").orElseThrow().teacherId();
        var shown = results.ofTeacher(teacherId).stream()
                .filter(r -> r.result().statusIn(r.batchStatus()) != null)
                .toList();
        Set<Integer> years = shown.stream().map(r -> r.result().year()).collect(Collectors.toSet());
        assertTrue(years.size() >= 2, "results of two years: " + years);
        Set<cn.edu.ttms.domain.model.compliance.ResultStatus> statuses =
                shown.stream().map(r -> r.result().statusIn(r.batchStatus())).collect(Collectors.toSet());
        assertTrue(statuses.contains(cn.edu.ttms.domain.model.compliance.ResultStatus.RECOGNISED), statuses::toString);
        assertTrue(statuses.contains(cn.edu.ttms.domain.model.compliance.ResultStatus.REVIEWED), statuses::toString);
        Set<Integer> recognisedYears = shown.stream()
                .filter(r -> r.result().statusIn(r.batchStatus())
                        == cn.edu.ttms.domain.model.compliance.ResultStatus.RECOGNISED)
                .map(r -> r.result().year())
                .collect(Collectors.toSet());
        assertTrue(recognisedYears.size() >= 2, "recognised in two years: " + recognisedYears);
        long teacher2 = accounts.findByUsername("teacher2").orElseThrow().teacherId();
        assertTrue(
                results.ofTeacher(teacher2).stream()
                        .anyMatch(r -> r.batchStatus() == cn.edu.ttms.domain.model.result.BatchStatus.RECOGNISED),
                "teacher2 in a recognised class");
    }

    @Test
    void aSecondStartDoesNotLoadTheDemoDataAgain() {
        long before = organisations.count();
        assertTrue(loader.isLoaded("organisations-and-accounts"));

        loader.onDatabaseReady(new DatabaseReady(false));

        assertEquals(before, organisations.count());
    }
}
