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
import java.net.URL;
import java.net.http.HttpResponse;
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
 * Tamper detection (workflow.md §4.4, rules.md §5, art. 21): a recognised result changed straight in the
 * database, past the application, is found by the next verification — the batch TAMPERED, the row named
 * with the field that changed, its credits void in the teacher's archive and compliance, one entry in the
 * teacher's integrity record however often it is checked — while the untouched rows stay recognised. The
 * administrators' verification run finds it too. Plan of 2033.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class TamperIT {

    private static final int YEAR = 2033;

    @ArquillianResource
    URL base;

    @Test
    void aScoreChangedInTheDatabaseIsFoundVoidedAndRecordedOnce() throws Exception {
        ResultScenario rs = new ResultScenario(base);
        rs.enrolSigners("lead", "cityreviewer", "province");
        long plan = rs.plan("city", YEAR);
        long project = rs.openProject(
                "city",
                rs.ledByTheDemoLead(ResultScenario.project(
                                plan, "篡改检测测试班", "MUNICIPAL", "DIRECTIVE", "1.5", 3, "2033-06-06", "2033-06-08")
                        .add("modules", modules("KNOWLEDGE", "18"))));
        List<Long> trainees = rs.linxiangTeachers(List.of("临翔区博尚镇中心完小"), 3, 20330001L);
        rs.nominate("city", project, trainees);
        rs.start("city", project);
        long victim = trainees.get(0);
        long other = trainees.get(1);
        long batch = rs.open("lead", project).getJsonNumber("id").longValue();
        Map<Long, String[]> grid = new LinkedHashMap<>();
        grid.put(victim, new String[] {"18", "85"});
        grid.put(other, new String[] {"18", "90"});
        grid.put(trainees.get(2), new String[] {"12", "70"});
        Map<Long, JsonObject> rows = rowsByTeacher(rs.enter("lead", batch, grid));
        rs.recognise("lead", batch, project);
        long resultId = rows.get(victim).getJsonNumber("resultId").longValue();
        int cycle = ResultScenario.cycleStartOf(YEAR);

        // before: valid, recognised, counted
        assertEquals("VALID", rs.verification("city", batch).getString("status"));
        JsonObject entry = rs.archiveEntry("linxiang", victim, resultId);
        assertEquals("RECOGNISED", entry.getString("status"));
        assertDecimal("32.40", decimal(entry, "credits"), "18 h × 1.5 = 27 + 20 %");
        assertDecimal(
                "32.40",
                decimal(
                        requirement(rs.complianceYear("linxiang", victim, cycle, YEAR), "TOTAL_CREDITS", null),
                        "actual"),
                "counted before");
        assertEquals(0, integrityEntries(batch));

        // the change, straight in the database
        try (Connection c = TestDatabase.connect();
                PreparedStatement s = c.prepareStatement("UPDATE training_result SET score = 99.0 WHERE id = ?")) {
            s.setLong(1, resultId);
            assertEquals(1, s.executeUpdate());
        }

        JsonObject found = rs.verification("city", batch);
        assertEquals("TAMPERED", found.getString("status"), found.toString());
        List<JsonObject> tampered = found.getJsonArray("tamperedRows").getValuesAs(JsonObject.class);
        assertEquals(1, tampered.size(), "exactly the changed row: " + found);
        assertEquals(resultId, tampered.get(0).getJsonNumber("resultId").longValue());
        assertEquals(victim, tampered.get(0).getJsonNumber("teacherId").longValue());
        assertEquals("CHANGED", tampered.get(0).getString("change"));
        assertTrue(
                tampered.get(0).getJsonArray("fields").getValuesAs(jakarta.json.JsonString.class).stream()
                        .anyMatch(f -> f.getString().equals("score")),
                "names the field: " + found);
        assertTrue(
                found.getJsonArray("signatures").getValuesAs(JsonObject.class).stream()
                        .allMatch(s -> s.getBoolean("valid")),
                "the signatures themselves still hold over what was signed: " + found);
        assertEquals(1, integrityEntries(batch));

        // the teacher's archive: void, with an integrity entry; compliance no longer counts it
        JsonObject voided = rs.archiveEntry("linxiang", victim, resultId);
        assertEquals("VOID", voided.getString("status"), voided.toString());
        assertFalse(voided.getString("voidReason", "").isBlank(), voided.toString());
        JsonObject archive = json(Api.as(base, "linxiang").get("/api/v1/teachers/" + victim + "/archive"), 200);
        List<JsonObject> record = archive.getJsonArray("integrityRecord").getValuesAs(JsonObject.class);
        assertEquals(1, record.size(), archive.toString());
        assertEquals("TAMPERED", record.get(0).getString("kind"));
        assertTrue(record.get(0).getString("detail").contains("篡改检测测试班"), record.toString());
        JsonObject year = rs.complianceYear("linxiang", victim, cycle, YEAR);
        assertDecimal("0", decimal(requirement(year, "TOTAL_CREDITS", null), "actual"), "void credits never count");
        assertDecimal(
                "0",
                decimal(requirement(year, "TOTAL_CREDITS", null), "actualIncludingPending"),
                "not even as pending");
        assertDecimal("0", decimal(requirement(year, "MODULE_CREDITS", "KNOWLEDGE"), "actual"), "nor in the module");
        assertDecimal("0", decimal(requirement(year, "TOTAL_HOURS", null), "actual"), "nor their hours");

        // checked again: still tampered, still one entry
        JsonObject again = rs.verification("cityreviewer", batch);
        assertEquals("TAMPERED", again.getString("status"));
        assertEquals(
                List.of(resultId),
                again.getJsonArray("tamperedRows").getValuesAs(JsonObject.class).stream()
                        .map(t -> t.getJsonNumber("resultId").longValue())
                        .toList());
        assertEquals(1, integrityEntries(batch), "recorded once per batch and row");
        assertEquals(
                1,
                json(Api.as(base, "linxiang").get("/api/v1/teachers/" + victim + "/archive"), 200)
                        .getJsonArray("integrityRecord")
                        .size());

        // the untouched rows keep their recognition and their credits
        for (long t : List.of(other, trainees.get(2))) {
            JsonObject kept = rs.archiveEntry(
                    "linxiang", t, rows.get(t).getJsonNumber("resultId").longValue());
            assertEquals("RECOGNISED", kept.getString("status"), kept.toString());
        }
        assertDecimal(
                "33.75",
                decimal(
                        requirement(rs.complianceYear("linxiang", other, cycle, YEAR), "TOTAL_CREDITS", null),
                        "actual"),
                "18 h × 1.5 = 27 + 25 %, still counted");
        Map<Long, JsonObject> after = rowsByTeacher(rs.sheet("lead", batch));
        assertTrue(after.get(victim).getBoolean("voided"), after.get(victim).toString());
        assertFalse(after.get(other).getBoolean("voided"));
        JsonObject summary = json(Api.as(base, "city").get("/api/v1/result-batches?projectId=" + project), 200)
                .getJsonArray("items")
                .getJsonObject(0);
        assertEquals("TAMPERED", summary.getString("integrity"), summary.toString());
        assertEquals("RECOGNISED", summary.getString("status"));

        // the administrators' run over every signed batch finds it as well
        HttpResponse<String> byCity = Api.as(base, "city").post("/api/v1/result-batches/verification-runs", "");
        assertEquals(403, byCity.statusCode(), "only an administrator starts a run: " + byCity.body());
        JsonObject run = json(Api.as(base, "admin").post("/api/v1/result-batches/verification-runs", ""), 200);
        assertTrue(run.getInt("tampered") >= 1, run.toString());
        assertTrue(run.getInt("batches") >= run.getInt("tampered") + run.getInt("valid"), run.toString());
        assertEquals(1, integrityEntries(batch), "the run records nothing twice either");
    }

    private static long integrityEntries(long batch) throws Exception {
        try (Connection c = TestDatabase.connect();
                PreparedStatement s = c.prepareStatement("SELECT COUNT(*) FROM integrity_record WHERE batch_id = ?")) {
            s.setLong(1, batch);
            try (ResultSet rs = s.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }
}
