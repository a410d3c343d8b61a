package cn.edu.ttms.it.api;

import static cn.edu.ttms.it.api.ResultScenario.json;
import static cn.edu.ttms.it.api.ResultScenario.modules;
import static org.junit.jupiter.api.Assertions.assertEquals;

import cn.edu.ttms.it.TestDatabase;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.math.BigDecimal;
import java.net.URL;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Issue 19, item 5, the training figures: they are read from kept sums (V30), which every change marks for a
 * recount. Through the public API, a class of 2066 is nominated, entered, confirmed and recognised, and a trained
 * teacher moves school and back; after each step the next report already shows the change, and a reconciliation
 * (every year recounted in full) finds no difference. A kept row changed behind the application is what the report
 * shows until the reconciliation finds and rewrites it. Only an administrator or a province officer reconciles.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class TrainingTallyIT {

    /** A year of its own: no other test has data in it. */
    private static final int YEAR = 2066;

    private static final String RECONCILE = "/api/v1/statistics/training/reconciliations";

    @ArquillianResource
    URL base;

    @Test
    void everyChangeIsInTheNextReportAndTheReconciliationFindsNoDifference() throws Exception {
        ResultScenario rs = new ResultScenario(base);
        rs.enrolSigners("lead", "cityreviewer", "province");
        long county = rs.organisationOf("linxiang");
        long plan = rs.plan("city", YEAR);
        long project = rs.openProject(
                "city",
                rs.ledByTheDemoLead(ResultScenario.project(
                                plan, "汇总核对测试班", "MUNICIPAL", "DIRECTIVE", "1.0", 3, "2066-05-06", "2066-05-08")
                        .add("modules", modules("KNOWLEDGE", "18"))));
        assertFigures(report(county), 0, 0, 0, "a year without data");

        List<Long> trainees = rs.linxiangTeachers(List.of("临翔区博尚镇中心完小"), 3, 20660001L);
        long schoolA = schoolOf(trainees.get(0));
        long schoolB = rs.organisationOf("principal"); // 临翔区第一完全小学
        rs.nominate("city", project, trainees);
        assertFigures(report(county), 3, 0, 0, "nominated: enrolled");
        assertNoDifferences();

        rs.start("city", project);
        long batch = rs.open("lead", project).getJsonNumber("id").longValue();
        Map<Long, String[]> grid = new LinkedHashMap<>();
        grid.put(trainees.get(0), new String[] {"18", "85"});
        grid.put(trainees.get(1), new String[] {"18", "90"});
        grid.put(trainees.get(2), new String[] {"18", "40"}); // failed: never completed
        rs.enter("lead", batch, grid);
        assertFigures(report(county), 3, 0, 0, "entered, not yet confirmed by the lead");
        rs.sign("lead", batch, "SIGNED");
        assertFigures(report(county), 3, 2, 0, "confirmed: the two passed are completed");
        rs.sign("cityreviewer", batch, "REVIEWED");
        rs.sign("province", batch, "RECOGNISED");
        JsonObject done = report(county);
        assertFigures(done, 3, 2, 2, "recognised");
        assertEquals(
                0,
                new BigDecimal("36")
                        .compareTo(done.getJsonNumber("hoursDelivered").bigDecimalValue()),
                done.toString());
        assertEquals(2, done.getJsonNumber("trainedTeachers").longValue(), done.toString());
        assertEquals(2, report(schoolA).getJsonNumber("trainedTeachers").longValue());
        assertNoDifferences();

        // a trained teacher moves: counted as trained at the school joined (the teachers trained are those of the
        // school now), while what the school's trainees got stays with the school they trained from
        move(trainees.get(0), schoolB);
        assertEquals(1, report(schoolA).getJsonNumber("trainedTeachers").longValue(), "the school left");
        assertFigures(report(schoolA), 3, 2, 2, "the school left keeps its trainees' places");
        assertEquals(1, report(schoolB).getJsonNumber("trainedTeachers").longValue(), "the school joined");
        assertEquals(2, report(county).getJsonNumber("trainedTeachers").longValue(), "the county: the same two");
        assertNoDifferences();
        move(trainees.get(0), schoolA);
        assertEquals(2, report(schoolA).getJsonNumber("trainedTeachers").longValue(), "back");
        assertEquals(0, report(schoolB).getJsonNumber("trainedTeachers").longValue(), "back");

        // the report reads the kept sums: a row changed behind the application shows, and the reconciliation finds
        // it (only it), leaves it when asked only to check, and rewrites it when asked to fix
        try (Connection c = TestDatabase.connect();
                PreparedStatement s = c.prepareStatement(
                        "UPDATE training_tally SET enrolled = enrolled + 5 WHERE project_year = ?")) {
            s.setInt(1, YEAR);
            assertEquals(1, s.executeUpdate(), "one kept row for the class, its school and its project's keys");
        }
        assertFigures(report(county), 8, 2, 2, "what is kept is what is shown");
        JsonObject checked = reconcile("admin", false);
        assertEquals(1, checked.getJsonNumber("differences").longValue(), checked.toString());
        assertEquals(false, checked.getBoolean("fixed"));
        assertFigures(report(county), 8, 2, 2, "only checked");
        JsonObject fixed = reconcile("province", true);
        assertEquals(1, fixed.getJsonNumber("differences").longValue(), fixed.toString());
        assertEquals(true, fixed.getBoolean("fixed"));
        assertFigures(report(county), 3, 2, 2, "rewritten from the rows");
        assertNoDifferences();

        // a county's staff may not reconcile, a teacher neither
        assertEquals(
                403, Api.as(base, "linxiang").post(RECONCILE + "?fix=false", "").statusCode());
        assertEquals(
                403, Api.as(base, "teacher").post(RECONCILE + "?fix=false", "").statusCode());
    }

    private JsonObject report(long unitId) throws Exception {
        return json(
                Api.as(base, "linxiang").get("/api/v1/statistics/training?unitId=" + unitId + "&year=" + YEAR), 200);
    }

    private static void assertFigures(JsonObject report, long enrolled, long completed, long recognised, String when) {
        assertEquals(
                List.of(enrolled, completed, recognised),
                List.of(
                        report.getJsonNumber("enrolled").longValue(),
                        report.getJsonNumber("completed").longValue(),
                        report.getJsonNumber("recognised").longValue()),
                when + ": " + report);
    }

    private JsonObject reconcile(String user, boolean fix) throws Exception {
        return json(Api.as(base, user).post(RECONCILE + "?fix=" + fix, ""), 200);
    }

    private void assertNoDifferences() throws Exception {
        JsonObject r = reconcile("admin", false);
        assertEquals(0, r.getJsonNumber("differences").longValue(), r.toString());
    }

    private long schoolOf(long teacher) throws Exception {
        return json(Api.as(base, "linxiang").get("/api/v1/teachers/" + teacher), 200)
                .getJsonObject("school")
                .getJsonNumber("id")
                .longValue();
    }

    private void move(long teacher, long school) throws Exception {
        json(
                Api.as(base, "linxiang")
                        .post(
                                "/api/v1/teachers/" + teacher + "/moves",
                                Json.createObjectBuilder()
                                        .add("schoolId", school)
                                        .add("on", LocalDate.now().toString())
                                        .build()
                                        .toString()),
                200);
    }
}
