package cn.edu.ttms.it.api;

import static cn.edu.ttms.it.api.ResultScenario.json;
import static cn.edu.ttms.it.api.ResultScenario.modules;
import static cn.edu.ttms.it.api.ResultScenario.rowsByTeacher;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.edu.ttms.it.TestDatabase;
import jakarta.json.JsonObject;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.net.URL;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Compliance statistics (issue 19, items 1 and 5): on the demo data, 凤庆县's figures agree exactly with
 * {@code GET /teachers/{id}/compliance} of every one of its teachers, for the cycle and for a year, and its
 * schools add up to it; on generated data of 2071, recognising a batch, voiding a result and returning a
 * batch change the figures at once, and a reconciliation then finds nothing to fix — and finds and fixes a
 * row changed straight in the database. Scope: 凤庆县 gets 404 for 临翔区, a teacher 403.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ComplianceStatisticsIT {

    private static final int YEAR = 2071;
    private static final String STATS = "/api/v1/statistics/compliance";

    @ArquillianResource
    URL base;

    @Test
    void theCountysFiguresAgreeWithEveryTeachersOwnCompliance() throws Exception {
        long fengqing = unitId("凤庆县");
        Map<Long, JsonObject> reports = new HashMap<>();
        for (String period : List.of("", "&year=2026")) {
            JsonObject figures = json(
                    Api.as(base, "fengqing").get(STATS + "?unitId=" + fengqing + "&cycleStart=2026" + period), 200);
            assertEquals(
                    fengqing, figures.getJsonObject("unit").getJsonNumber("id").longValue());
            assertEquals("凤庆县", figures.getJsonObject("unit").getString("name"));
            long teachers = figures.getJsonNumber("teachers").longValue();
            long compliant = figures.getJsonNumber("compliant").longValue();
            assertTrue(teachers >= 100, "凤庆县's demo teachers: " + figures);
            assertEquals(
                    rate(compliant, teachers), figures.getJsonNumber("rate").bigDecimalValue(), figures.toString());

            // the schools add up to the county (no teacher sits at the county itself)
            long childTeachers = 0;
            long childCompliant = 0;
            for (JsonObject c : figures.getJsonArray("children").getValuesAs(JsonObject.class)) {
                childTeachers += c.getJsonNumber("teachers").longValue();
                childCompliant += c.getJsonNumber("compliant").longValue();
                assertEquals(
                        rate(
                                c.getJsonNumber("compliant").longValue(),
                                c.getJsonNumber("teachers").longValue()),
                        c.getJsonNumber("rate").bigDecimalValue());
                assertTrue(c.getJsonObject("unit").containsKey("name"));
            }
            assertEquals(teachers, childTeachers, "children add up: " + figures);
            assertEquals(compliant, childCompliant, "children add up: " + figures);
            for (String group : List.of("byStage", "bySubject", "byDesignation")) {
                assertEquals(teachers, sum(figures, group, "teachers"), group);
                assertEquals(compliant, sum(figures, group, "compliant"), group);
            }

            // every teacher of the county, against their own compliance report
            Map<Long, JsonObject> listed = teacherList("fengqing", fengqing, 2026, period);
            assertEquals(teachers, listed.size(), "the list has every teacher");
            long ownCompliant = 0;
            Map<String, Long> failing = new HashMap<>();
            for (Map.Entry<Long, JsonObject> e : listed.entrySet()) {
                JsonObject report = reports.get(e.getKey());
                if (report == null) {
                    report = json(
                            Api.as(base, "fengqing")
                                    .get("/api/v1/teachers/" + e.getKey() + "/compliance?cycleStart=2026"),
                            200);
                    reports.put(e.getKey(), report);
                }
                JsonObject judged = period.isEmpty() ? report.getJsonObject("cycle") : year(report, 2026);
                boolean own = judged.getBoolean("compliant");
                if (own) {
                    ownCompliant++;
                }
                assertEquals(own, e.getValue().getBoolean("compliant"), "teacher " + e.getKey() + " " + period);
                Set<String> shortRows = shortRows(judged);
                assertEquals(shortRows, listedShortfalls(e.getValue()), "teacher " + e.getKey() + " " + period);
                shortRows.forEach(r -> failing.merge(r, 1L, Long::sum));
            }
            assertEquals(ownCompliant, compliant, "compliant, " + period);
            for (JsonObject r : figures.getJsonArray("failingRows").getValuesAs(JsonObject.class)) {
                assertEquals(
                        failing.getOrDefault(key(r), 0L).longValue(),
                        r.getJsonNumber("teachers").longValue(),
                        "failing " + key(r) + " " + period);
            }
        }

        // the city sees itself and both counties; 凤庆县 is among its children with the same figures
        long city = unitId("临沧市");
        JsonObject cityFigures = json(Api.as(base, "city").get(STATS + "?unitId=" + city + "&cycleStart=2026"), 200);
        JsonObject countyFigures =
                json(Api.as(base, "city").get(STATS + "?unitId=" + fengqing + "&cycleStart=2026"), 200);
        JsonObject asChild = cityFigures.getJsonArray("children").getValuesAs(JsonObject.class).stream()
                .filter(c -> c.getJsonObject("unit").getJsonNumber("id").longValue() == fengqing)
                .findFirst()
                .orElseThrow(() -> new AssertionError("凤庆县 under 临沧市: " + cityFigures));
        assertEquals(countyFigures.getJsonNumber("teachers"), asChild.getJsonNumber("teachers"));
        assertEquals(countyFigures.getJsonNumber("compliant"), asChild.getJsonNumber("compliant"));
        assertEquals(cityFigures.getJsonNumber("teachers").longValue(), sum(cityFigures, "children", "teachers"));
        assertTrue(
                cityFigures.getJsonArray("children").getValuesAs(JsonObject.class).stream()
                        .noneMatch(
                                c -> c.getJsonObject("unit").getString("name").contains("教师发展中心")),
                "training institutions are no children of a bureau's figures: " + cityFigures);
        JsonObject province = json(Api.as(base, "province").get(STATS + "?cycleStart=2026"), 200);
        assertEquals("云南省", province.getJsonObject("unit").getString("name"), "the caller's own unit by default");
        assertTrue(province.getJsonNumber("teachers").longValue()
                >= cityFigures.getJsonNumber("teachers").longValue());
    }

    @Test
    void scopeAndBadInput() throws Exception {
        long linxiang = unitId("临翔区");
        long school = unitId("临翔区博尚镇中心完小");
        assertEquals(
                404, Api.as(base, "fengqing").get(STATS + "?unitId=" + linxiang).statusCode());
        assertEquals(
                404,
                Api.as(base, "fengqing")
                        .get(STATS + "/teachers?unitId=" + linxiang)
                        .statusCode());
        assertEquals(
                404,
                Api.as(base, "fengqing")
                        .get(STATS + "/teachers?unitId=" + school)
                        .statusCode());
        assertEquals(
                404,
                Api.as(base, "principal").get(STATS + "?unitId=" + linxiang).statusCode(),
                "a school sees its own");
        assertEquals(
                403, Api.as(base, "teacher").get(STATS + "?unitId=" + linxiang).statusCode());
        assertEquals(
                403,
                Api.as(base, "teacher")
                        .get(STATS + "/teachers?unitId=" + linxiang)
                        .statusCode());
        assertEquals(
                403,
                Api.as(base, "fengqing").post(STATS + "/reconciliations", "").statusCode());
        assertEquals(
                200, Api.as(base, "linxiang").get(STATS + "?unitId=" + school).statusCode());

        HttpResponse<String> outside =
                Api.as(base, "linxiang").get(STATS + "?unitId=" + linxiang + "&cycleStart=2026&year=2031");
        assertEquals(422, outside.statusCode(), outside.body());
        assertTrue(outside.body().contains("2031"), outside.body());
        HttpResponse<String> english =
                Api.as(base, "linxiang").inEnglish().get(STATS + "?unitId=" + linxiang + "&cycleStart=2026&year=2031");
        assertTrue(english.body().contains("is not a year of the cycle"), english.body());
        JsonObject empty =
                json(Api.as(base, "linxiang").get(STATS + "?unitId=" + linxiang + "&cycleStart=2096&year=2097"), 200);
        assertEquals(0, empty.getJsonNumber("teachers").longValue(), "a year without data: zeros");
        assertEquals(new BigDecimal("0.0"), empty.getJsonNumber("rate").bigDecimalValue());
        assertEquals(
                422,
                Api.as(base, "linxiang")
                        .get(STATS + "?unitId=" + linxiang + "&cycleStart=2027")
                        .statusCode(),
                "no cycle starts in 2027");
    }

    @Test
    void recognisingVoidingAndReturningUpdateTheFiguresAndReconciliationAgrees() throws Exception {
        // whatever earlier tests left (a policy refreshed in the background) is settled first
        json(Api.as(base, "province").post(STATS + "/reconciliations", ""), 200);

        ResultScenario rs = new ResultScenario(base);
        rs.enrolSigners("lead", "cityreviewer", "province");
        long plan = rs.plan("city", YEAR);
        long project = rs.openProject(
                "city",
                rs.ledByTheDemoLead(ResultScenario.project(
                                plan, "达标统计测试班", "MUNICIPAL", "DIRECTIVE", "1.5", 3, "2071-06-06", "2071-06-08")
                        .add("modules", modules("KNOWLEDGE", "18"))));
        String schoolName = "临翔区博尚镇中心完小";
        long school = unitId(schoolName);
        List<Long> trainees = rs.linxiangTeachers(List.of(schoolName), 3, 20710001L);
        long passed = trainees.get(0);
        long voided = trainees.get(1);
        long failed = trainees.get(2);
        String query = STATS + "?unitId=" + school + "&cycleStart=" + YEAR + "&year=" + YEAR;
        JsonObject before = json(Api.as(base, "linxiang").get(query), 200);

        rs.nominate("city", project, trainees);
        rs.start("city", project);
        long batch = rs.open("lead", project).getJsonNumber("id").longValue();
        Map<Long, String[]> grid = new LinkedHashMap<>();
        grid.put(passed, new String[] {"18", "85"});
        grid.put(voided, new String[] {"18", "90"});
        grid.put(failed, new String[] {"18", "40"});
        Map<Long, JsonObject> rows = rowsByTeacher(rs.enter("lead", batch, grid));
        rs.sign("lead", batch, "SIGNED");
        rs.sign("cityreviewer", batch, "REVIEWED");
        assertEquals(before, json(Api.as(base, "linxiang").get(query), 200), "reviewed results do not count yet");
        rs.sign("province", batch, "RECOGNISED");

        // recognised: the three now have standings in 2071; 18 h of KNOWLEDGE at 1.5 meet its 12 credits, a FAIL not
        JsonObject recognised = json(Api.as(base, "linxiang").get(query), 200);
        assertEquals(teachers(before) + 3, teachers(recognised), recognised.toString());
        assertEquals(failing(before, "KNOWLEDGE") + 1, failing(recognised, "KNOWLEDGE"), "only the failed one");
        assertEquals(failing(before, "COUNTY_OR_ABOVE_HOURS") + 3, failing(recognised, "COUNTY_OR_ABOVE_HOURS"));
        agreeWithTheirOwnReports(school, trainees);

        // voided: the changed row is found by the verification and no longer counts
        long resultId = rows.get(voided).getJsonNumber("resultId").longValue();
        try (Connection c = TestDatabase.connect();
                PreparedStatement s = c.prepareStatement("UPDATE training_result SET score = 99.0 WHERE id = ?")) {
            s.setLong(1, resultId);
            assertEquals(1, s.executeUpdate());
        }
        assertEquals("TAMPERED", rs.verification("city", batch).getString("status"));
        JsonObject afterVoid = json(Api.as(base, "linxiang").get(query), 200);
        assertEquals(teachers(recognised), teachers(afterVoid));
        assertEquals(
                failing(recognised, "KNOWLEDGE") + 1, failing(afterVoid, "KNOWLEDGE"), "the voided one falls short");
        agreeWithTheirOwnReports(school, trainees);

        // returned: a second class of the same trainees, signed, sent back; figures as the reports say
        long countyPlan = rs.plan("linxiang", YEAR);
        long second = rs.openProject(
                "linxiang",
                rs.ledByTheDemoLead(ResultScenario.project(
                                countyPlan, "达标统计退回班", "COUNTY", "SELF_SELECTED", "1.0", 2, "2071-09-06", "2071-09-07")
                        .add("modules", modules("ETHICS", "12"))));
        rs.nominate("linxiang", second, trainees);
        rs.start("linxiang", second);
        long secondBatch = rs.open("lead", second).getJsonNumber("id").longValue();
        Map<Long, String[]> secondGrid = new LinkedHashMap<>();
        trainees.forEach(t -> secondGrid.put(t, new String[] {"12", "80"}));
        rs.enter("lead", secondBatch, secondGrid);
        rs.sign("lead", secondBatch, "SIGNED");
        rs.giveBack("cityreviewer", secondBatch, "学时有误，请更正");
        assertEquals(afterVoid, json(Api.as(base, "linxiang").get(query), 200), "returned results never counted");
        agreeWithTheirOwnReports(school, trainees);

        // corrected: a new subject and a designation regroup the teacher at once
        JsonObject details = json(Api.as(base, "linxiang").get("/api/v1/teachers/" + passed), 200);
        String correction = jakarta.json.Json.createObjectBuilder()
                .add("version", details.getJsonNumber("version").longValue())
                .add("name", details.getString("name"))
                .add("subject", "统计测试学科")
                .add("stage", details.getString("stage"))
                .add(
                        "designations",
                        jakarta.json.Json.createArrayBuilder()
                                .add(jakarta.json.Json.createObjectBuilder()
                                        .add("kind", "KEY_TEACHER")
                                        .add("level", "COUNTY")
                                        .add("year", 2019))
                                .add(jakarta.json.Json.createObjectBuilder()
                                        .add("kind", "MASTER_TEACHER")
                                        .add("level", "MUNICIPAL")
                                        .add("year", 2022)))
                .build()
                .toString();
        json(Api.as(base, "linxiang").put("/api/v1/teachers/" + passed, correction), 200);
        JsonObject corrected = json(Api.as(base, "linxiang").get(query), 200);
        assertEquals(
                1,
                group(corrected, "bySubject", "统计测试学科")
                        .getJsonNumber("teachers")
                        .longValue(),
                corrected.toString());
        assertEquals(
                groupTeachers(afterVoid, "byDesignation", "MASTER_TEACHER") + 1,
                groupTeachers(corrected, "byDesignation", "MASTER_TEACHER"),
                "counted under the most senior designation");
        assertEquals("名师", group(corrected, "byDesignation", "MASTER_TEACHER").getString("label"));
        assertEquals(teachers(afterVoid), teachers(corrected));

        // the incremental updates left nothing for a full recomputation to fix
        JsonObject clean = json(Api.as(base, "province").post(STATS + "/reconciliations", ""), 200);
        assertEquals(0, clean.getJsonNumber("differences").longValue(), clean.toString());
        assertEquals(0, clean.getJsonNumber("fixed").longValue(), clean.toString());
        assertTrue(clean.getJsonNumber("teachers").longValue() >= 300, clean.toString());
        assertTrue(clean.containsKey("tookMs"), clean.toString());

        // a row changed straight in the database is found and fixed
        try (Connection c = TestDatabase.connect();
                PreparedStatement s = c.prepareStatement(
                        "UPDATE compliance_standing SET compliant = 1 - compliant,"
                                + " short_knowledge = 1 - short_knowledge WHERE teacher_id = ? AND cycle_start = ? AND period = ?")) {
            s.setLong(1, passed);
            s.setInt(2, YEAR);
            s.setInt(3, YEAR);
            assertEquals(1, s.executeUpdate());
        }
        assertEquals(
                failing(afterVoid, "KNOWLEDGE") + 1,
                failing(json(Api.as(base, "linxiang").get(query), 200), "KNOWLEDGE"),
                "corrupted");
        JsonObject found = json(Api.as(base, "admin").post(STATS + "/reconciliations", ""), 200);
        assertEquals(1, found.getJsonNumber("differences").longValue(), found.toString());
        assertEquals(1, found.getJsonNumber("fixed").longValue(), found.toString());
        assertEquals(corrected, json(Api.as(base, "linxiang").get(query), 200), "fixed");
        assertEquals(
                0,
                json(Api.as(base, "admin").post(STATS + "/reconciliations", ""), 200)
                        .getJsonNumber("differences")
                        .longValue());
    }

    /** The school's teacher list says of each trainee what their own compliance report says of 2071. */
    private void agreeWithTheirOwnReports(long school, List<Long> trainees) throws Exception {
        Map<Long, JsonObject> listed = teacherList("linxiang", school, YEAR, "&year=" + YEAR);
        Map<Long, JsonObject> listedCycle = teacherList("linxiang", school, YEAR, "");
        for (long t : trainees) {
            JsonObject report =
                    json(Api.as(base, "linxiang").get("/api/v1/teachers/" + t + "/compliance?cycleStart=" + YEAR), 200);
            JsonObject item = listed.get(t);
            assertTrue(item != null, "teacher " + t + " listed in " + YEAR);
            JsonObject y = year(report, YEAR);
            assertEquals(y.getBoolean("compliant"), item.getBoolean("compliant"));
            assertEquals(shortRows(y), listedShortfalls(item), "teacher " + t);
            assertEquals(
                    report.getJsonObject("cycle").getBoolean("compliant"),
                    listedCycle.get(t).getBoolean("compliant"));
            assertEquals(shortRows(report.getJsonObject("cycle")), listedShortfalls(listedCycle.get(t)));
        }
    }

    private Map<Long, JsonObject> teacherList(String user, long unit, int cycleStart, String period) throws Exception {
        Map<Long, JsonObject> out = new LinkedHashMap<>();
        long total;
        int page = 0;
        do {
            JsonObject p = json(
                    Api.as(base, user)
                            .get(STATS + "/teachers?unitId=" + unit + "&cycleStart=" + cycleStart + period
                                    + "&size=200&page=" + page),
                    200);
            total = p.getJsonNumber("total").longValue();
            for (JsonObject i : p.getJsonArray("items").getValuesAs(JsonObject.class)) {
                out.put(i.getJsonObject("teacher").getJsonNumber("id").longValue(), i);
                assertFalse(i.getJsonObject("school").getString("name").isBlank());
            }
            page++;
        } while (out.size() < total && page < 50);
        return out;
    }

    private static JsonObject year(JsonObject report, int year) {
        return report.getJsonArray("years").getValuesAs(JsonObject.class).stream()
                .filter(y -> y.getInt("year") == year)
                .findFirst()
                .orElseThrow();
    }

    private static Set<String> shortRows(JsonObject assessment) {
        Set<String> out = new TreeSet<>();
        for (JsonObject r : assessment.getJsonArray("rows").getValuesAs(JsonObject.class)) {
            if (!r.getBoolean("met")) {
                out.add(key(r));
            }
        }
        return out;
    }

    private static Set<String> listedShortfalls(JsonObject item) {
        Set<String> out = new TreeSet<>();
        item.getJsonArray("shortfalls").getValuesAs(JsonObject.class).forEach(r -> out.add(key(r)));
        return out;
    }

    private static String key(JsonObject row) {
        return row.getString("requirement") + (row.isNull("module") ? "" : " " + row.getString("module"));
    }

    private static long teachers(JsonObject figures) {
        return figures.getJsonNumber("teachers").longValue();
    }

    /** How many fall short in a module's row (or, for a non-module requirement, in that requirement). */
    private static long failing(JsonObject figures, String rowName) {
        return figures.getJsonArray("failingRows").getValuesAs(JsonObject.class).stream()
                .filter(r -> rowName.equals(r.isNull("module") ? r.getString("requirement") : r.getString("module")))
                .findFirst()
                .orElseThrow(() -> new AssertionError(rowName + " in " + figures))
                .getJsonNumber("teachers")
                .longValue();
    }

    private static JsonObject group(JsonObject figures, String list, String key) {
        return figures.getJsonArray(list).getValuesAs(JsonObject.class).stream()
                .filter(g -> g.getString("key").equals(key))
                .findFirst()
                .orElseThrow(() -> new AssertionError(key + " in " + list + ": " + figures));
    }

    private static long groupTeachers(JsonObject figures, String list, String key) {
        return figures.getJsonArray(list).getValuesAs(JsonObject.class).stream()
                .filter(g -> g.getString("key").equals(key))
                .mapToLong(g -> g.getJsonNumber("teachers").longValue())
                .sum();
    }

    private static long sum(JsonObject figures, String list, String field) {
        return figures.getJsonArray(list).getValuesAs(JsonObject.class).stream()
                .mapToLong(g -> g.getJsonNumber(field).longValue())
                .sum();
    }

    private static BigDecimal rate(long compliant, long teachers) {
        return teachers == 0
                ? new BigDecimal("0.0")
                : BigDecimal.valueOf(compliant * 100).divide(BigDecimal.valueOf(teachers), 1, RoundingMode.DOWN);
    }

    static long unitId(String name) throws Exception {
        try (Connection c = TestDatabase.connect();
                PreparedStatement s = c.prepareStatement("SELECT id FROM organisation WHERE name = ?")) {
            s.setString(1, name);
            try (ResultSet rs = s.executeQuery()) {
                assertTrue(rs.next(), name);
                return rs.getLong(1);
            }
        }
    }
}
