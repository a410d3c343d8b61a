package cn.edu.ttms.it.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.edu.ttms.domain.model.teacher.IdentityNumber;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.net.URL;
import java.net.http.HttpResponse;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The scope harness: for county 临翔区 against 凤庆县, no read, change or listing crosses the line,
 * over every REST resource. {@link #everyApiPathIsInTheHarness()} reads the application's own
 * OpenAPI document, so a new resource fails the build until its scope checks are added here.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ScopeHarnessIT {

    /** Every API path and how this harness covers it. */
    private static final Map<String, String> COVERED = Map.ofEntries(
            Map.entry("/api/v1/credits/calculate", "no personal data: rules only (CreditsIT)"),
            Map.entry(
                    "/api/v1/credit-policies",
                    "public rules; creating needs ADMIN/PROVINCE_OFFICER: policiesAreRulesNotPersonalData"),
            Map.entry("/api/v1/credit-policies/{id}", "public rules: policiesAreRulesNotPersonalData"),
            Map.entry("/api/v1/credit-policies/{id}/history", "public rules: policiesAreRulesNotPersonalData"),
            Map.entry("/api/v1/credit-policies/{id}/what-if", "a teacher or unit in scope only: WhatIfIT"),
            Map.entry("/api/v1/plans/import", "a plan belongs to the caller's own bureau: PlanImportIT"),
            Map.entry(
                    "/api/v1/plans",
                    "a new plan is the caller's own bureau's (a school 403); listed: only the plans open to the caller (a school: its county's): ProposalIT"),
            Map.entry(
                    "/api/v1/projects",
                    "drafts only within the subtree, and a proposing unit's own (another county, another unit, a teacher 404): PlanImportIT, ProposalIT"),
            Map.entry(
                    "/api/v1/projects/{id}/transitions",
                    "only the owner bureau's roles; a proposed project submitted by its proposer only, who approves nothing (403): ProjectLifecycleIT, ProposalIT"),
            Map.entry(
                    "/api/v1/projects/{id}",
                    "read in view, edited by the owner subtree only, or by its proposer while a draft (409 after): ProjectTermsIT, ProposalIT"),
            Map.entry(
                    "/api/v1/projects/{id}/enrolments",
                    "only teachers of one's own subtree (凤庆县 cannot nominate 临翔区's): EnrolmentIT"),
            Map.entry(
                    "/api/v1/projects/{id}/applications",
                    "the signed-in teacher only, projects visible to their school: EnrolmentIT"),
            Map.entry(
                    "/api/v1/projects/{id}/roster",
                    "trainees of one's own subtree only (凤庆县 sees none of 临翔区's): EnrolmentIT"),
            Map.entry("/api/v1/projects/{id}/rounds", "the owning bureau's subtree only: LotteryIT"),
            Map.entry("/api/v1/projects/{id}/rounds/{no}/draw", "the owning bureau's subtree only: LotteryIT"),
            Map.entry("/api/v1/projects/{id}/waiting-list/backfill", "the owning bureau's subtree only: LotteryIT"),
            Map.entry(
                    "/api/v1/projects/{id}/attendance-sessions",
                    "the lead, host institution and owning bureau only (凤庆县 403, teacher 403): AttendanceIT"),
            Map.entry(
                    "/api/v1/projects/{id}/attendance",
                    "trainees of one's own subtree only (凤庆县 sees none of 临翔区's): AttendanceIT"),
            Map.entry(
                    "/api/v1/attendance/scan",
                    "the signed-in teacher, enrolled in the session's project only (teacher2 403): AttendanceIT"),
            Map.entry(
                    "/api/v1/attendance-sessions/{id}",
                    "the lead, host institution and owning bureau only (凤庆县 404): AttendanceIT"),
            Map.entry(
                    "/api/v1/attendance-sessions/{id}/marks",
                    "enrolled trainees, by the lead, host and owning bureau only: AttendanceIT"),
            Map.entry("/api/v1/enrolments/{id}/decision", "enrolments of one's own subtree only: EnrolmentIT"),
            Map.entry(
                    "/api/v1/enrolments/{id}/withdrawal", "enrolments of one's own subtree, or one's own: EnrolmentIT"),
            Map.entry("/api/v1/notifications", "only the caller's own: NotificationIT"),
            Map.entry(
                    "/api/v1/notifications/{id}/read",
                    "only the caller's own (another teacher gets 404): NotificationIT"),
            Map.entry("/api/v1/organisations", "organisationsOfAnotherCountyAreInvisibleAndUntouchable"),
            Map.entry("/api/v1/organisations/{id}", "organisationsOfAnotherCountyAreInvisibleAndUntouchable"),
            Map.entry("/api/v1/organisations/{id}/move", "organisationsOfAnotherCountyAreInvisibleAndUntouchable"),
            Map.entry("/api/v1/organisations/{id}/close", "organisationsOfAnotherCountyAreInvisibleAndUntouchable"),
            Map.entry(
                    "/api/v1/organisations/import",
                    "a parent outside the subtree is an unknown parent (临翔区 under 临沧市): OrganisationImportIT"),
            Map.entry(
                    "/api/v1/organisations/import/template",
                    "the same empty template for everyone allowed to import: OrganisationImportIT"),
            Map.entry("/api/v1/me", "own account only: meIsAlwaysTheCallersOwn"),
            Map.entry(
                    "/api/v1/me/password",
                    "the caller's own password only, no id to name another's: AccountAdministrationIT"),
            Map.entry("/api/v1/teachers", "listingAndSearch, registeringIntoAnotherCountyIsRefused"),
            Map.entry("/api/v1/teachers/{id}", "readingAndChangingAnotherCountysTeacherIs404"),
            Map.entry("/api/v1/teachers/{id}/moves", "movingAnotherCountysTeacherIs404"),
            Map.entry("/api/v1/teachers/import", "importingIntoAnotherCountysSchoolIsAnUnknownSchool"),
            Map.entry(
                    "/api/v1/teachers/{id}/archive",
                    "archivesAndComplianceStayInsideTheCounty (临翔区 404 on 凤庆县's teacher, a teacher 404 on another's)"),
            Map.entry(
                    "/api/v1/teachers/{id}/compliance",
                    "archivesAndComplianceStayInsideTheCounty (临翔区 404 on 凤庆县's teacher)"),
            Map.entry(
                    "/api/v1/organisations/{id}/compliance",
                    "archivesAndComplianceStayInsideTheCounty (凤庆县 404 on 临翔区 and its school, a teacher 403)"),
            Map.entry(
                    "/api/v1/statistics/compliance",
                    "凤庆县 404 on 临翔区, a teacher 403, the city sees both counties: ComplianceStatisticsIT"),
            Map.entry(
                    "/api/v1/statistics/compliance/teachers",
                    "凤庆县 404 on 临翔区 and its school, a teacher 403: ComplianceStatisticsIT"),
            Map.entry(
                    "/api/v1/statistics/compliance/reconciliations",
                    "ADMIN and PROVINCE_OFFICER only (a county 403), no personal data returned: ComplianceStatisticsIT"),
            Map.entry(
                    "/api/v1/statistics/training/reconciliations",
                    "ADMIN and PROVINCE_OFFICER only (a county 403), no personal data returned: TrainingTallyIT"),
            Map.entry("/api/v1/organisations/{id}/teacher-accounts", "凤庆县 404 on 临翔区's school: TeacherAccountsIT"),
            Map.entry(
                    "/api/v1/account-sheets", "凤庆县 404 on 临翔区's school, its own list without them: TeacherAccountsIT"),
            Map.entry("/api/v1/account-sheets/{id}", "凤庆县 404 on 临翔区's sheet: TeacherAccountsIT"),
            Map.entry(
                    "/api/v1/account-sheets/{id}/reissue", "凤庆县 404 on 临翔区's sheet, a teacher 403: TeacherAccountsIT"),
            Map.entry("/api/v1/account-sheets/unfetched", "凤庆县 404 on 临翔区's school: TeacherAccountsIT"),
            Map.entry("/api/v1/signing-locks", "ADMIN only, signers of the admin's subtree only: SigningPinLockIT"),
            Map.entry(
                    "/api/v1/signing-locks/{accountId}",
                    "ADMIN only, 404 outside the admin's subtree: SigningPinLockIT"),
            Map.entry(
                    "/api/v1/me/signing-certificate",
                    "the caller's own certificate only, no id to name another's; no signing role 403: ResultChainIT"),
            Map.entry(
                    "/api/v1/result-batches",
                    "lists the caller's subtree and own led/hosted projects only (凤庆县 lists none of the city's or 临翔区's, a teacher 403); opening 凤庆县 404 on 临翔区's project: ResultChainIT"),
            Map.entry(
                    "/api/v1/result-batches/{id}",
                    "凤庆县 404 on 临翔区's batch, a lead of other projects 404: ResultChainIT"),
            Map.entry(
                    "/api/v1/result-batches/{id}/results",
                    "the lead, host or owning unit; 凤庆县 404 on 临翔区's batch: ResultChainIT"),
            Map.entry(
                    "/api/v1/result-batches/{id}/signatures",
                    "signing roles only (bureau staff/teacher 403, for any id); a signer outside the batch 404; the wrong step 403: ResultChainIT"),
            Map.entry(
                    "/api/v1/result-batches/{id}/return",
                    "reviewer/province of the batch's subtree only (凤庆县 and the lead 403): ResultChainIT"),
            Map.entry("/api/v1/result-batches/{id}/verification", "凤庆县 404 on 临翔区's batch: ResultChainIT"),
            Map.entry("/api/v1/result-batches/{id}/export", "凤庆县 404 on 临翔区's batch: ResultChainIT, ResultExportIT"),
            Map.entry("/api/v1/result-batches/{id}/sheet", "凤庆县 404 on 临翔区's batch: ResultChainIT"),
            Map.entry("/api/v1/result-batches/{id}/import", "凤庆县 404 on 临翔区's batch: ResultChainIT"),
            Map.entry("/api/v1/result-batches/verification-runs", "administrators only (city 403): TamperIT"),
            Map.entry(
                    "/api/v1/system/backups",
                    "the whole system: an administrator of the top unit only (a city administrator and a teacher 403): SystemBackupIT"),
            Map.entry(
                    "/api/v1/accounts",
                    "the subtree's manageable accounts only (a county admin lists none of 凤庆县's or the city's; staff only TEACHER accounts); a unit outside 404: AccountAdministrationIT"),
            Map.entry(
                    "/api/v1/accounts/{id}",
                    "404 outside the subtree or beyond RoleGrants.mayManage (guessed ids of 凤庆县's accounts); moves up or out 404: AccountAdministrationIT"),
            Map.entry(
                    "/api/v1/accounts/{id}/password-reset",
                    "404 for accounts out of reach (a principal on a colleague's or staff's): AccountAdministrationIT"),
            Map.entry("/api/v1/accounts/{id}/unlock", "404 for accounts out of reach: AccountAdministrationIT"),
            Map.entry(
                    "/api/v1/teachers/{id}/archive/export",
                    "signedDocumentsAndExportsStayInsideTheCounty (临翔区 404 on 凤庆县's teacher); ArchiveExportIT"),
            Map.entry(
                    "/api/v1/teachers/{id}/transcript",
                    "signedDocumentsAndExportsStayInsideTheCounty (临翔区 404 on 凤庆县's teacher, a teacher 404 on another's); DocumentsIT"),
            Map.entry(
                    "/api/v1/teachers/{id}/certificates/{projectId}",
                    "signedDocumentsAndExportsStayInsideTheCounty (临翔区 404 on 凤庆县's teacher); DocumentsIT"),
            Map.entry(
                    "/api/v1/projects/{id}/certificates",
                    "the host all, bureau staff their subtree's trainees only (凤庆县 gets none of 临翔区's, a teacher 403): DocumentsIT"),
            Map.entry(
                    "/api/v1/projects/{id}/materials",
                    "listed by the lead, host and staff whose subtree owns the project (凤庆县 404, a teacher 403); uploaded by those who enter its results: ProjectMaterialsIT"),
            Map.entry(
                    "/api/v1/projects/{id}/materials/{materialId}",
                    "downloaded by those who list them, deleted by those who upload (凤庆县 404, a teacher 403): ProjectMaterialsIT"),
            Map.entry(
                    "/api/v1/verifications/{code}",
                    "public by design (issue 18): a code's holder masked, nothing else; unknown codes 404: DocumentsIT"),
            Map.entry("/api/v1/ca/certificate", "public by design: the trust anchor, no personal data"),
            Map.entry("/api/v1/ca/crl", "public by design: revoked serial numbers, no personal data: DocumentsIT"),
            Map.entry("/api/v1/statistics/training", "凤庆县 404 on 临翔区's unit, a teacher 403: TrainingStatisticsIT"),
            Map.entry(
                    "/api/v1/statistics/training/trend", "凤庆县 404 on 临翔区's unit, a teacher 403: TrainingStatisticsIT"),
            Map.entry(
                    "/api/v1/statistics/targets",
                    "凤庆县 404 on 临翔区's unit (read and set), a teacher 403: TrainingStatisticsIT"));

    private static final Set<String> LINXIANG_SCHOOLS = Set.of("临沧市第一中学", "临翔区第一完全小学", "临翔区博尚镇中心完小", "临翔区南美乡民族学校");

    @ArquillianResource
    URL base;

    @Test
    void everyApiPathIsInTheHarness() throws Exception {
        HttpResponse<String> openapi = java.net.http.HttpClient.newHttpClient()
                .send(
                        java.net.http.HttpRequest.newBuilder(java.net.URI.create(base + "openapi"))
                                .header("Accept", "application/json")
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
        assertEquals(200, openapi.statusCode());
        Set<String> paths =
                Json.createReader(new StringReader(openapi.body()))
                        .readObject()
                        .getJsonObject("paths")
                        .keySet()
                        .stream()
                        .filter(p -> p.startsWith("/api/"))
                        .collect(Collectors.toCollection(TreeSet::new));
        assertEquals(new TreeSet<>(COVERED.keySet()), paths, "add the new resource's scope checks to this harness");
    }

    @Test
    void listingAndSearchStayInsideTheCounty() throws Exception {
        JsonObject page = json(Api.as(base, "linxiang").get("/api/v1/teachers?size=500"));
        assertTrue(page.getInt("total") > 0);
        Set<String> schools = page.getJsonArray("items").getValuesAs(JsonObject.class).stream()
                .map(t -> t.getJsonObject("school").getString("name"))
                .collect(Collectors.toSet());
        assertTrue(LINXIANG_SCHOOLS.containsAll(schools), "schools seen by 临翔区: " + schools);

        JsonObject other = aFengqingTeacher();
        String name = other.getString("name");
        JsonObject byName = json(Api.as(base, "linxiang").get("/api/v1/teachers?q=" + enc(name)));
        assertFalse(
                byName.getJsonArray("items").getValuesAs(JsonObject.class).stream()
                        .anyMatch(t -> t.getInt("id") == other.getInt("id")),
                "found a 凤庆县 teacher by name");
        JsonObject bySuffix = json(Api.as(base, "linxiang").get("/api/v1/teachers?q=" + other.getString("idSuffix")));
        assertFalse(
                bySuffix.getJsonArray("items").getValuesAs(JsonObject.class).stream()
                        .anyMatch(t -> t.getInt("id") == other.getInt("id")),
                "found a 凤庆县 teacher by ID suffix");
    }

    @Test
    void readingAndChangingAnotherCountysTeacherIs404() throws Exception {
        JsonObject other = aFengqingTeacher();
        String path = "/api/v1/teachers/" + other.getInt("id");
        assertEquals(200, Api.as(base, "fengqing").get(path).statusCode());
        assertEquals(404, Api.as(base, "linxiang").get(path).statusCode());

        JsonObject record = json(Api.as(base, "fengqing").get(path));
        String change = "{\"version\":" + record.getInt("version")
                + ",\"name\":\"改名\",\"subject\":\"数学\",\"stage\":\"PRIMARY\"}";
        HttpResponse<String> put = Api.as(base, "linxiang").put(path, change);
        assertEquals(404, put.statusCode(), put.body());
        assertEquals(
                record.getString("name"),
                json(Api.as(base, "fengqing").get(path)).getString("name"),
                "unchanged");
        assertEquals(404, Api.as(base, "teacher").get(path).statusCode(), "a teacher sees only themself");
    }

    @Test
    void movingAnotherCountysTeacherIs404() throws Exception {
        JsonObject other = aFengqingTeacher();
        HttpResponse<String> move = Api.as(base, "linxiang")
                .post(
                        "/api/v1/teachers/" + other.getInt("id") + "/moves",
                        "{\"schoolId\":" + other.getJsonObject("school").getInt("id") + ",\"on\":\"2026-09-01\"}");
        assertEquals(404, move.statusCode(), move.body());
    }

    @Test
    void registeringIntoAnotherCountysSchoolIsRefused() throws Exception {
        int fengqingSchool = aFengqingTeacher().getJsonObject("school").getInt("id");
        HttpResponse<String> r = Api.as(base, "linxiang")
                .post(
                        "/api/v1/teachers",
                        "{\"identityNumber\":\""
                                + IdentityNumber.withCheckDigit("53092119900307002")
                                        .value() + "\"," + "\"schoolId\":" + fengqingSchool
                                + ",\"name\":\"越界\",\"subject\":\"数学\",\"stage\":\"PRIMARY\"}");
        assertEquals(422, r.statusCode(), r.body());
        assertTrue(r.body().contains("不在您的权限范围内"), r.body());
    }

    @Test
    void importingIntoAnotherCountysSchoolIsAnUnknownSchool() throws Exception {
        String csv = "姓名,身份证号,学校,学科,学段\n越界,\""
                + IdentityNumber.withCheckDigit("53092119880808003").value() + "\",凤庆县第一中学,数学,初中\n";
        HttpResponse<String> r = Api.as(base, "linxiang")
                .upload(
                        "/api/v1/teachers/import?dryRun=true",
                        "t.csv",
                        csv.getBytes(java.nio.charset.StandardCharsets.UTF_8));
        JsonObject report = json(r);
        assertEquals(0, report.getInt("valid"), r.body());
        assertEquals("学校", report.getJsonArray("errors").getJsonObject(0).getString("column"), r.body());
    }

    @Test
    void organisationsOfAnotherCountyAreInvisibleAndUntouchable() throws Exception {
        JsonObject list = json(Api.as(base, "linxiang").get("/api/v1/organisations?size=500"));
        Set<String> names = list.getJsonArray("items").getValuesAs(JsonObject.class).stream()
                .map(o -> o.getString("name"))
                .collect(Collectors.toSet());
        assertTrue(names.contains("临翔区") && names.containsAll(LINXIANG_SCHOOLS), names.toString());
        assertFalse(names.contains("凤庆县") || names.contains("凤庆县第一中学") || names.contains("临沧市"), names.toString());

        int fengqingSchool = aFengqingTeacher().getJsonObject("school").getInt("id");
        int linxiangSchool = list.getJsonArray("items").getValuesAs(JsonObject.class).stream()
                .filter(o -> o.getString("name").equals("临翔区博尚镇中心完小"))
                .findFirst()
                .orElseThrow()
                .getInt("id");
        Api linxiang = Api.as(base, "linxiang");
        assertEquals(
                404, linxiang.get("/api/v1/organisations/" + fengqingSchool).statusCode());
        assertEquals(
                404,
                linxiang.put("/api/v1/organisations/" + fengqingSchool, "{\"version\":0,\"name\":\"改名\"}")
                        .statusCode());
        assertEquals(
                404,
                linxiang.post("/api/v1/organisations/" + fengqingSchool + "/close", "{}")
                        .statusCode());
        assertEquals(
                404,
                linxiang.post(
                                "/api/v1/organisations/" + fengqingSchool + "/move",
                                "{\"parentId\":"
                                        + list.getJsonArray("items")
                                                .getJsonObject(0)
                                                .getInt("id") + "}")
                        .statusCode());
        assertEquals(
                404,
                linxiang.post(
                                "/api/v1/organisations/" + linxiangSchool + "/move",
                                "{\"parentId\":" + fengqingSchool + "}")
                        .statusCode(),
                "nor move one of hers into another county");
        assertEquals(
                404,
                linxiang.post(
                                "/api/v1/organisations",
                                "{\"parentId\":" + fengqingSchool + ",\"kind\":\"SCHOOL\",\"name\":\"越界学校\"}")
                        .statusCode());
        assertEquals(
                200,
                Api.as(base, "fengqing")
                        .get("/api/v1/organisations/" + fengqingSchool)
                        .statusCode());
    }

    @Test
    void policiesAreRulesNotPersonalDataButOnlyAdministratorsMakeThem() throws Exception {
        JsonObject list = json(Api.as(base, "linxiang").get("/api/v1/credit-policies"));
        int id = list.getJsonArray("items").getJsonObject(0).getInt("id");
        JsonObject policy = json(Api.as(base, "linxiang").get("/api/v1/credit-policies/" + id));
        HttpResponse<String> r = Api.as(base, "linxiang")
                .post(
                        "/api/v1/credit-policies",
                        "{\"basedOn\":" + id + ",\"effectiveFrom\":\"2031-01-01\",\"rules\":"
                                + policy.getJsonObject("rules") + "}");
        assertEquals(403, r.statusCode(), r.body());
    }

    @Test
    void meIsAlwaysTheCallersOwn() throws Exception {
        assertEquals(
                "凤庆县",
                json(Api.as(base, "fengqing").get("/api/v1/me"))
                        .getJsonObject("organisation")
                        .getString("name"));
    }

    @Test
    void signedDocumentsAndExportsStayInsideTheCounty() throws Exception {
        String other = "/api/v1/teachers/" + aFengqingTeacher().getInt("id");
        assertEquals(
                200,
                Api.as(base, "fengqing")
                        .get(other + "/transcript?cycleStart=2026")
                        .statusCode());
        assertEquals(
                404,
                Api.as(base, "linxiang")
                        .get(other + "/transcript?cycleStart=2026")
                        .statusCode(),
                "another county's teacher's transcript");
        assertEquals(404, Api.as(base, "teacher").get(other + "/transcript").statusCode(), "another teacher's");
        assertEquals(
                404, Api.as(base, "linxiang").get(other + "/archive/export").statusCode());
        assertEquals(
                404, Api.as(base, "linxiang").get(other + "/certificates/1").statusCode());
    }

    @Test
    void archivesAndComplianceStayInsideTheCounty() throws Exception {
        String other = "/api/v1/teachers/" + aFengqingTeacher().getInt("id");
        assertEquals(200, Api.as(base, "fengqing").get(other + "/archive").statusCode());
        assertEquals(
                200,
                Api.as(base, "fengqing")
                        .get(other + "/compliance?cycleStart=2026")
                        .statusCode());
        assertEquals(404, Api.as(base, "linxiang").get(other + "/archive").statusCode(), "another county's archive");
        assertEquals(
                404,
                Api.as(base, "linxiang")
                        .get(other + "/compliance?cycleStart=2026")
                        .statusCode(),
                "another county's compliance");
        assertEquals(404, Api.as(base, "linxiang").get(other + "/compliance").statusCode(), "in the current cycle too");
        assertEquals(
                404, Api.as(base, "teacher").get(other + "/archive").statusCode(), "a teacher reads only their own");
        int own = json(Api.as(base, "teacher").get("/api/v1/me")).getInt("teacherId");
        assertEquals(
                own,
                json(Api.as(base, "teacher").get("/api/v1/teachers/" + own + "/archive"))
                        .getInt("teacherId"));

        JsonObject units = json(Api.as(base, "linxiang").get("/api/v1/organisations?size=500"));
        int county = json(Api.as(base, "linxiang").get("/api/v1/me"))
                .getJsonObject("organisation")
                .getInt("id");
        int school = units.getJsonArray("items").getValuesAs(JsonObject.class).stream()
                .filter(o -> o.getString("name").equals("临翔区南美乡民族学校"))
                .findFirst()
                .orElseThrow()
                .getInt("id");
        JsonObject listed = json(Api.as(base, "linxiang")
                .get("/api/v1/organisations/" + school + "/compliance?cycleStart=2026&year=2026&size=1"));
        assertEquals(school, listed.getInt("unitId"));
        assertEquals(
                404,
                Api.as(base, "fengqing")
                        .get("/api/v1/organisations/" + county + "/compliance?cycleStart=2026")
                        .statusCode(),
                "凤庆县 cannot read 临翔区's compliance");
        assertEquals(
                404,
                Api.as(base, "fengqing")
                        .get("/api/v1/organisations/" + school + "/compliance?cycleStart=2026&year=2026")
                        .statusCode(),
                "nor that of a school of 临翔区");
        assertEquals(
                403,
                Api.as(base, "teacher")
                        .get("/api/v1/organisations/" + school + "/compliance?cycleStart=2026")
                        .statusCode(),
                "a teacher reads no unit's compliance");
    }

    private JsonObject aFengqingTeacher() throws Exception {
        return json(Api.as(base, "fengqing").get("/api/v1/teachers?size=1"))
                .getJsonArray("items")
                .getJsonObject(0);
    }

    private static JsonObject json(HttpResponse<String> r) {
        assertEquals(200, r.statusCode(), r.body());
        return Json.createReader(new StringReader(r.body())).readObject();
    }

    private static String enc(String s) {
        return java.net.URLEncoder.encode(s, java.nio.charset.StandardCharsets.UTF_8);
    }
}
