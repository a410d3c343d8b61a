package cn.edu.ttms.it.api;

import static cn.edu.ttms.it.api.ResultScenario.assertDecimal;
import static cn.edu.ttms.it.api.ResultScenario.decimal;
import static cn.edu.ttms.it.api.ResultScenario.json;
import static cn.edu.ttms.it.api.ResultScenario.modules;
import static cn.edu.ttms.it.api.ResultScenario.requirement;
import static cn.edu.ttms.it.api.ResultScenario.rowsByTeacher;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.edu.ttms.it.TestDatabase;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import java.net.URL;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Stored data that is wrong never stops a page from showing the rest (issue 14, findings 4 and 5): a
 * teacher's identity number changed straight in the database to one that fails its check character, and
 * a recognised result whose credits were changed so that its module split no longer adds up. Reading them
 * is not input: the registry, the archive, the batch, the pages and every compliance report still answer,
 * the wrong identity number is flagged, and verification (asked for, or the administrators' run) calls the
 * batch TAMPERED and names the row and the field. Each test uses fresh teachers of 凤庆县 and a plan year
 * no other test uses, and puts the changed column back at the end (the batch stays TAMPERED, as in
 * {@link TamperIT}).
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class StoredDataIT {

    /** The number of the finding: 凤庆县's region code, a real birth date, the check character 0 instead of 6. */
    private static final String MALFORMED = "530921196709171740";

    @ArquillianResource
    URL base;

    @Test
    void aMalformedIdentityNumberInTheDatabaseIsShownFlaggedAndFoundTampered() throws Exception {
        ResultScenario rs = new ResultScenario(base);
        rs.enrolSigners("lead", "cityreviewer", "province");
        long project = signedClass(rs, 2034, "身份证号篡改测试班");
        List<Long> trainees = rs.fengqingTeachers(2, 20340001L);
        rs.nominate("city", project, trainees);
        rs.start("city", project);
        long victim = trainees.get(0);
        long batch = rs.open("lead", project).getJsonNumber("id").longValue();
        Map<Long, String[]> grid = new LinkedHashMap<>();
        grid.put(victim, new String[] {"18", "85"});
        grid.put(trainees.get(1), new String[] {"18", "90"});
        Map<Long, JsonObject> rows = rowsByTeacher(rs.enter("lead", batch, grid));
        rs.recognise("lead", batch, project);
        long resultId = rows.get(victim).getJsonNumber("resultId").longValue();
        String name = json(Api.as(base, "fengqing").get("/api/v1/teachers/" + victim), 200)
                .getString("name");
        assertEquals("VALID", rs.verification("city", batch).getString("status"));

        String original = identityNumber(victim);
        try {
            setIdentityNumber(victim, MALFORMED);

            // the registry: the row is there, flagged; the rest of the page with it
            JsonObject found = json(
                    Api.as(base, "fengqing")
                            .get("/api/v1/teachers?size=500&q=" + URLEncoder.encode(name, StandardCharsets.UTF_8)),
                    200);
            JsonObject listed = found.getJsonArray("items").getValuesAs(JsonObject.class).stream()
                    .filter(t -> t.getJsonNumber("id").longValue() == victim)
                    .findFirst()
                    .orElseThrow(() -> new AssertionError("the teacher is listed: " + found));
            assertFalse(listed.getBoolean("identityNumberValid"), listed.toString());
            JsonObject whole = json(Api.as(base, "fengqing").get("/api/v1/teachers?size=500"), 200);
            assertTrue(
                    whole.getJsonArray("items").getValuesAs(JsonObject.class).stream()
                            .filter(t -> t.getJsonNumber("id").longValue() != victim)
                            .allMatch(t -> t.getBoolean("identityNumberValid")),
                    "only the changed row is flagged");
            JsonObject record = json(Api.as(base, "fengqing").get("/api/v1/teachers/" + victim), 200);
            assertEquals(MALFORMED, record.getString("identityNumber"), "shown as stored, not corrected");
            assertFalse(record.getBoolean("identityNumberValid"), record.toString());

            // the archive and the batch
            JsonObject archive = json(Api.as(base, "fengqing").get("/api/v1/teachers/" + victim + "/archive"), 200);
            assertFalse(archive.getBoolean("identityNumberValid"), archive.toString());
            assertTrue(
                    archive.getJsonArray("items").getValuesAs(JsonObject.class).stream()
                            .anyMatch(i -> i.getJsonNumber("resultId").longValue() == resultId),
                    archive.toString());
            JsonObject sheet = rs.sheet("city", batch);
            JsonObject row = rowsByTeacher(sheet).get(victim);
            assertFalse(row.getBoolean("identityNumberValid"), row.toString());
            assertTrue(rowsByTeacher(sheet).get(trainees.get(1)).getBoolean("identityNumberValid"), sheet.toString());

            // the administrators' run finds it before anyone opens the verification: no batch left out of its totals
            JsonObject run = json(Api.as(base, "admin").post("/api/v1/result-batches/verification-runs", ""), 200);
            assertEquals(
                    run.getInt("batches"),
                    run.getInt("valid") + run.getInt("tampered") + run.getInt("unsigned"),
                    "every signed batch is counted: " + run);
            JsonObject summary = json(Api.as(base, "city").get("/api/v1/result-batches?projectId=" + project), 200)
                    .getJsonArray("items")
                    .getJsonObject(0);
            assertEquals("TAMPERED", summary.getString("integrity"), "the run called it TAMPERED: " + summary);

            // the verification names the row and the field
            JsonObject verification = rs.verification("city", batch);
            assertEquals("TAMPERED", verification.getString("status"), verification.toString());
            List<JsonObject> tampered =
                    verification.getJsonArray("tamperedRows").getValuesAs(JsonObject.class);
            assertEquals(1, tampered.size(), verification.toString());
            assertEquals(resultId, tampered.get(0).getJsonNumber("resultId").longValue());
            assertEquals(victim, tampered.get(0).getJsonNumber("teacherId").longValue());
            assertEquals(name, tampered.get(0).getString("name"));
            assertEquals(
                    List.of("identityNumber"),
                    tampered.get(0).getJsonArray("fields").getValuesAs(JsonString.class).stream()
                            .map(JsonString::getString)
                            .toList(),
                    verification.toString());
            assertEquals("VOID", rs.archiveEntry("fengqing", victim, resultId).getString("status"));

            // the pages: the registry filtered by the name, the teacher, the archive
            WebSession pages = WebSession.signIn(base, "fengqing");
            assertPage(pages.get("app/teachers/list.xhtml?q=" + URLEncoder.encode(name, StandardCharsets.UTF_8)), name);
            assertPage(pages.get("app/teachers/view.xhtml?id=" + victim), MALFORMED);
            assertPage(pages.get("app/teachers/archive.xhtml?id=" + victim), name);
        } finally {
            setIdentityNumber(victim, original);
        }
    }

    @Test
    void aVoidedResultWhoseSplitNoLongerAddsUpNeverStopsAComplianceReport() throws Exception {
        ResultScenario rs = new ResultScenario(base);
        rs.enrolSigners("lead", "cityreviewer", "province");
        int year = 2036;
        long project = signedClass(rs, year, "作废成绩合规测试班");
        List<Long> trainees = rs.fengqingTeachers(2, 20360001L);
        rs.nominate("city", project, trainees);
        rs.start("city", project);
        long victim = trainees.get(0);
        long batch = rs.open("lead", project).getJsonNumber("id").longValue();
        Map<Long, String[]> grid = new LinkedHashMap<>();
        grid.put(victim, new String[] {"18", "85"});
        grid.put(trainees.get(1), new String[] {"18", "90"});
        Map<Long, JsonObject> rows = rowsByTeacher(rs.enter("lead", batch, grid));
        rs.recognise("lead", batch, project);
        long resultId = rows.get(victim).getJsonNumber("resultId").longValue();
        int cycle = ResultScenario.cycleStartOf(year);
        long school = json(Api.as(base, "fengqing").get("/api/v1/teachers/" + victim), 200)
                .getJsonObject("school")
                .getJsonNumber("id")
                .longValue();
        long county = rs.organisationOf("fengqing");
        long city = rs.organisationOf("city");

        try (Connection c = TestDatabase.connect();
                PreparedStatement s =
                        c.prepareStatement("UPDATE training_result SET credits = credits + 10" + " WHERE id = ?")) {
            s.setLong(1, resultId);
            assertEquals(1, s.executeUpdate());
        }
        try {
            JsonObject found = rs.verification("city", batch);
            assertEquals("TAMPERED", found.getString("status"), found.toString());
            assertTrue(
                    found
                            .getJsonArray("tamperedRows")
                            .getJsonObject(0)
                            .getJsonArray("fields")
                            .getValuesAs(JsonString.class)
                            .stream()
                            .anyMatch(f -> f.getString().equals("credits")),
                    found.toString());
            assertEquals("VOID", rs.archiveEntry("fengqing", victim, resultId).getString("status"));

            // the teacher's report: the void row counts for nothing, not even as pending
            JsonObject assessed = rs.complianceYear("fengqing", victim, cycle, year);
            for (String r : List.of("TOTAL_CREDITS", "TOTAL_HOURS", "COUNTY_OR_ABOVE_HOURS")) {
                assertDecimal("0", decimal(requirement(assessed, r, null), "actual"), r);
                assertDecimal("0", decimal(requirement(assessed, r, null), "actualIncludingPending"), r);
            }
            assertDecimal(
                    "0",
                    decimal(requirement(assessed, "MODULE_CREDITS", "KNOWLEDGE"), "actualIncludingPending"),
                    "nor in its module");
            assertDecimal(
                    "33.75",
                    decimal(
                            requirement(
                                    rs.complianceYear("fengqing", trainees.get(1), cycle, year), "TOTAL_CREDITS", null),
                            "actual"),
                    "the other trainee's still counts: 18 h × 1.5 = 27 + 25 %");

            // the reports above it: the school, the county, the city
            for (String[] unit : new String[][] {
                {"fengqing", String.valueOf(school)},
                {"fengqing", String.valueOf(county)},
                {"city", String.valueOf(city)}
            }) {
                HttpResponse<String> r = Api.as(base, unit[0])
                        .get("/api/v1/organisations/" + unit[1] + "/compliance?cycleStart=" + cycle + "&year=" + year
                                + "&size=500");
                JsonObject report = json(r, 200);
                assertTrue(report.getInt("teachers") >= 2, report.toString());
            }
            json(
                    Api.as(base, "fengqing").get("/api/v1/organisations/" + school + "/compliance?cycleStart=" + cycle),
                    200);
        } finally {
            try (Connection c = TestDatabase.connect();
                    PreparedStatement s =
                            c.prepareStatement("UPDATE training_result SET credits = credits - 10" + " WHERE id = ?")) {
                s.setLong(1, resultId);
                assertEquals(1, s.executeUpdate());
            }
        }
    }

    /** A municipal class of the city's own plan for the year, 3 days, KNOWLEDGE 18 h, rate 1.5, led by the lead. */
    private static long signedClass(ResultScenario rs, int year, String name) throws Exception {
        long plan = rs.plan("city", year);
        return rs.openProject(
                "city",
                rs.ledByTheDemoLead(ResultScenario.project(
                                plan, name, "MUNICIPAL", "DIRECTIVE", "1.5", 3, year + "-06-06", year + "-06-08")
                        .add("modules", modules("KNOWLEDGE", "18"))));
    }

    private static void assertPage(HttpResponse<String> page, String shown) {
        assertEquals(200, page.statusCode(), page.body());
        assertTrue(page.body().contains(shown), "the page shows " + shown + ": " + page.body());
        assertTrue(page.body().contains("ttms-identity-invalid"), "the page flags the identity number: " + page.body());
    }

    private static String identityNumber(long teacher) throws Exception {
        try (Connection c = TestDatabase.connect();
                PreparedStatement s = c.prepareStatement("SELECT identity_number FROM teacher WHERE id = ?")) {
            s.setLong(1, teacher);
            try (ResultSet r = s.executeQuery()) {
                assertTrue(r.next());
                return r.getString(1);
            }
        }
    }

    private static void setIdentityNumber(long teacher, String number) throws Exception {
        try (Connection c = TestDatabase.connect();
                PreparedStatement s = c.prepareStatement("UPDATE teacher SET identity_number = ? WHERE id = ?")) {
            s.setString(1, number);
            s.setLong(2, teacher);
            assertEquals(1, s.executeUpdate());
        }
    }
}
