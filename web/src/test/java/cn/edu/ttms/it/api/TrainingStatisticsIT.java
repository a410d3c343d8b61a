package cn.edu.ttms.it.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.edu.ttms.it.TestDatabase;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.net.URL;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Issue 19, items 2 and 3: the training figures of the demo data agree with an independent count — the
 * raw rows of projects, stages, enrolments and results read here and counted in Java, no GROUP BY — for
 * 临沧市, each unit below it and each level; a year without data is zeros; scope (凤庆县 404 on 临翔区's
 * unit, a teacher 403); targets set, read, refused out of range or not a number (422 naming the field)
 * and over a stale version (409), every change in the audit trail.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class TrainingStatisticsIT {

    private static final int YEAR = 2026;

    /** Targets are set for a year of their own, so that no other test sees them. */
    private static final int TARGET_YEAR = 2077;

    private static final String[] LEVELS = {"NATIONAL", "PROVINCIAL", "MUNICIPAL", "COUNTY", "SCHOOL"};

    @ArquillianResource
    URL base;

    /** The counts of one unit (a path prefix), per level and in all: planned, enrolled, completed, recognised. */
    private record Count(Map<String, long[]> byLevel) {

        long[] total() {
            long[] t = new long[4];
            byLevel.values().forEach(c -> {
                for (int i = 0; i < 4; i++) {
                    t[i] += c[i];
                }
            });
            return t;
        }
    }

    private record Project(long id, String ownerPath, String level, String status, long places) {}

    /** Every project of the year with its places, every enrolment and result: read once, counted in Java. */
    private static final class Raw {
        final Map<Long, Project> projects = new HashMap<>();
        final List<String[]> enrolments = new ArrayList<>(); // project, unit path, status
        final List<String[]> results = new ArrayList<>(); // project, unit path, voided, grade, batch status, teacher

        Raw(int year) throws Exception {
            try (Connection c = TestDatabase.connect()) {
                try (PreparedStatement s = c.prepareStatement(
                        "SELECT id, owner_path, level, status FROM training_project WHERE project_year = ?")) {
                    s.setInt(1, year);
                    try (ResultSet rs = s.executeQuery()) {
                        while (rs.next()) {
                            projects.put(
                                    rs.getLong(1),
                                    new Project(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4), 0));
                        }
                    }
                }
                try (PreparedStatement s = c.prepareStatement("SELECT project_id, trainees FROM project_stage");
                        ResultSet rs = s.executeQuery()) {
                    while (rs.next()) {
                        Project p = projects.get(rs.getLong(1));
                        if (p != null) {
                            projects.put(
                                    p.id(),
                                    new Project(
                                            p.id(), p.ownerPath(), p.level(), p.status(), p.places() + rs.getLong(2)));
                        }
                    }
                }
                try (PreparedStatement s = c.prepareStatement("SELECT project_id, unit_path, status FROM enrolment");
                        ResultSet rs = s.executeQuery()) {
                    while (rs.next()) {
                        enrolments.add(new String[] {rs.getString(1), rs.getString(2), rs.getString(3)});
                    }
                }
                try (PreparedStatement s = c.prepareStatement(
                                "SELECT r.project_id, r.unit_path, r.voided, r.grade, b.status, r.teacher_id"
                                        + " FROM training_result r, result_batch b WHERE b.id = r.batch_id");
                        ResultSet rs = s.executeQuery()) {
                    while (rs.next()) {
                        results.add(new String[] {
                            rs.getString(1),
                            rs.getString(2),
                            String.valueOf(rs.getBoolean(3)),
                            rs.getString(4),
                            rs.getString(5),
                            rs.getString(6)
                        });
                    }
                }
            }
        }

        Count count(String path) {
            Map<String, long[]> byLevel = new HashMap<>();
            for (String level : LEVELS) {
                byLevel.put(level, new long[4]);
            }
            for (Project p : projects.values()) {
                if (p.ownerPath().startsWith(path)) {
                    byLevel.get(p.level())[0] += p.places();
                }
            }
            for (String[] e : enrolments) {
                Project p = projects.get(Long.valueOf(e[0]));
                if (p != null && e[1].startsWith(path) && "ENROLLED".equals(e[2]) && !"CANCELLED".equals(p.status())) {
                    byLevel.get(p.level())[1]++;
                }
            }
            for (String[] r : results) {
                Project p = projects.get(Long.valueOf(r[0]));
                if (p != null && r[1].startsWith(path) && completed(r)) {
                    byLevel.get(p.level())[2]++;
                    if ("RECOGNISED".equals(r[4])) {
                        byLevel.get(p.level())[3]++;
                    }
                }
            }
            return new Count(byLevel);
        }

        /** The same four figures for the projects the unit's plans hold, wherever the trainees come from. */
        long[] organised(String path) {
            long[] c = new long[4];
            for (Project p : projects.values()) {
                if (p.ownerPath().startsWith(path)) {
                    c[0] += p.places();
                }
            }
            for (String[] e : enrolments) {
                Project p = projects.get(Long.valueOf(e[0]));
                if (p != null
                        && p.ownerPath().startsWith(path)
                        && "ENROLLED".equals(e[2])
                        && !"CANCELLED".equals(p.status())) {
                    c[1]++;
                }
            }
            for (String[] r : results) {
                Project p = projects.get(Long.valueOf(r[0]));
                if (p != null && p.ownerPath().startsWith(path) && completed(r)) {
                    c[2]++;
                    if ("RECOGNISED".equals(r[4])) {
                        c[3]++;
                    }
                }
            }
            return c;
        }

        static boolean completed(String[] r) {
            return !Boolean.parseBoolean(r[2]) && !"DRAFT".equals(r[4]) && !"FAIL".equals(r[3]);
        }
    }

    private static String pathOf(long unitId) throws Exception {
        try (Connection c = TestDatabase.connect();
                PreparedStatement s = c.prepareStatement("SELECT path FROM organisation WHERE id = ?")) {
            s.setLong(1, unitId);
            try (ResultSet rs = s.executeQuery()) {
                assertTrue(rs.next(), "unit " + unitId);
                return rs.getString(1);
            }
        }
    }

    private static void assertFigures(long[] expected, JsonObject actual, String what) {
        assertEquals(expected[0], actual.getJsonNumber("planned").longValue(), what + ": planned " + actual);
        assertEquals(expected[1], actual.getJsonNumber("enrolled").longValue(), what + ": enrolled " + actual);
        assertEquals(expected[2], actual.getJsonNumber("completed").longValue(), what + ": completed " + actual);
        assertEquals(expected[3], actual.getJsonNumber("recognised").longValue(), what + ": recognised " + actual);
    }

    @Test
    void theDemoFiguresAgreeWithAnIndependentCount() throws Exception {
        ResultScenario rs = new ResultScenario(base);
        long city = rs.organisationOf("city");
        JsonObject stats = Scenario.json(
                Api.as(base, "city").get("/api/v1/statistics/training?unitId=" + city + "&year=" + YEAR), 200);
        Raw raw = new Raw(YEAR);
        Count count = raw.count(pathOf(city));
        assertFigures(count.total(), stats, "临沧市");
        assertTrue(stats.getJsonNumber("planned").longValue() > 0, "the demo plans of 2026 have places: " + stats);
        assertTrue(stats.getJsonNumber("enrolled").longValue() > 0, "the demo has enrolments in 2026: " + stats);
        assertFigures(raw.organised(pathOf(city)), stats.getJsonObject("organised"), "what 临沧市 organised");
        String cityPath = pathOf(city);
        long cancelled = raw.projects.values().stream()
                .filter(p -> p.ownerPath().startsWith(cityPath) && "CANCELLED".equals(p.status()))
                .count();
        assertEquals(cancelled, stats.getJsonNumber("cancelled").longValue(), stats.toString());
        assertTrue(
                stats.getJsonNumber("cancelledForTooFewTrainees").longValue() >= 1,
                "the demo's 临沧市 project cancelled as 报名人数不足: " + stats);
        JsonArray byLevel = stats.getJsonArray("byLevel");
        assertEquals(LEVELS.length, byLevel.size(), "every level, zeros included");
        for (JsonValue v : byLevel) {
            JsonObject l = v.asJsonObject();
            assertFigures(count.byLevel().get(l.getString("level")), l, "临沧市, " + l.getString("level"));
        }
        long[] byCategory = new long[4];
        for (JsonValue v : stats.getJsonArray("byCategory")) {
            JsonObject c = v.asJsonObject();
            assertTrue(c.containsKey("category"), c.toString());
            byCategory[0] += c.getJsonNumber("planned").longValue();
            byCategory[3] += c.getJsonNumber("recognised").longValue();
        }
        assertEquals(count.total()[0], byCategory[0], "the categories add up to the places planned");
        assertEquals(count.total()[3], byCategory[3], "and to the places recognised");
        JsonArray children = stats.getJsonArray("children");
        assertFalse(children.isEmpty(), "临沧市 has counties: " + stats);
        for (JsonValue v : children) {
            JsonObject child = v.asJsonObject();
            long id = child.getJsonObject("unit").getJsonNumber("id").longValue();
            assertFigures(
                    raw.count(pathOf(id)).total(),
                    child,
                    child.getJsonObject("unit").getString("name"));
        }
        // the teachers of the unit now, and those with a recognised, passed result of the year
        String path = pathOf(city);
        Set<String> trained = new HashSet<>();
        for (String[] r : raw.results) {
            if (raw.projects.containsKey(Long.valueOf(r[0])) && Raw.completed(r) && "RECOGNISED".equals(r[4])) {
                trained.add(r[5]);
            }
        }
        long teachers;
        long trainedHere = 0;
        try (Connection c = TestDatabase.connect();
                PreparedStatement s = c.prepareStatement("SELECT id, school_path FROM teacher");
                ResultSet t = s.executeQuery()) {
            long n = 0;
            while (t.next()) {
                if (t.getString(2).startsWith(path)) {
                    n++;
                    if (trained.contains(t.getString(1))) {
                        trainedHere++;
                    }
                }
            }
            teachers = n;
        }
        assertEquals(teachers, stats.getJsonNumber("teachers").longValue(), stats.toString());
        assertEquals(trainedHere, stats.getJsonNumber("trainedTeachers").longValue(), stats.toString());
        BigDecimal share = teachers == 0
                ? new BigDecimal("0.0")
                : BigDecimal.valueOf(trainedHere * 100).divide(BigDecimal.valueOf(teachers), 1, RoundingMode.HALF_UP);
        assertEquals(0, share.compareTo(stats.getJsonNumber("shareTrained").bigDecimalValue()), stats.toString());

        // the trend's 2026 is the same year's figures
        JsonObject trend = Scenario.json(
                Api.as(base, "city").get("/api/v1/statistics/training/trend?unitId=" + city + "&from=2024&to=" + YEAR),
                200);
        assertEquals(3, trend.getJsonArray("years").size(), trend.toString());
        assertFigures(count.total(), trend.getJsonArray("years").getJsonObject(2), "the trend's 2026");
    }

    @Test
    void aYearWithoutDataIsZerosNotAnError() throws Exception {
        long city = new ResultScenario(base).organisationOf("city");
        JsonObject stats = Scenario.json(
                Api.as(base, "city").get("/api/v1/statistics/training?unitId=" + city + "&year=2091"), 200);
        assertFigures(new long[4], stats, "2091");
        assertEquals(0, stats.getJsonNumber("hoursDelivered").bigDecimalValue().signum());
        stats.getJsonArray("children").forEach(c -> assertFigures(new long[4], c.asJsonObject(), "a county in 2091"));
        assertEquals(
                422,
                Api.as(base, "city")
                        .get("/api/v1/statistics/training/trend?unitId=" + city + "&from=2030&to=2020")
                        .statusCode(),
                "a range that ends before it starts");
    }

    @Test
    void statisticsStayInScope() throws Exception {
        ResultScenario rs = new ResultScenario(base);
        long linxiang = rs.organisationOf("linxiang");
        long fengqing = rs.organisationOf("fengqing");
        for (String path : List.of(
                "/api/v1/statistics/training?unitId=" + linxiang + "&year=" + YEAR,
                "/api/v1/statistics/training/trend?unitId=" + linxiang,
                "/api/v1/statistics/targets?unitId=" + linxiang + "&year=" + TARGET_YEAR)) {
            assertEquals(404, Api.as(base, "fengqing").get(path).statusCode(), "凤庆县 on 临翔区's unit: " + path);
            assertEquals(403, Api.as(base, "teacher").get(path).statusCode(), "a teacher: " + path);
            assertEquals(200, Api.as(base, "linxiang").get(path).statusCode(), "临翔区 on its own: " + path);
            assertEquals(200, Api.as(base, "city").get(path).statusCode(), "the city above it: " + path);
        }
        assertEquals(
                404,
                Api.as(base, "fengqing")
                        .put(
                                "/api/v1/statistics/targets?unitId=" + linxiang + "&year=" + TARGET_YEAR,
                                "{\"compliancePercent\": 90}")
                        .statusCode(),
                "凤庆县 sets no target of 临翔区");
        assertEquals(
                200,
                Api.as(base, "fengqing")
                        .get("/api/v1/statistics/training?unitId=" + fengqing + "&year=" + YEAR)
                        .statusCode());
        JsonObject linxiangStats = Scenario.json(
                Api.as(base, "linxiang").get("/api/v1/statistics/training?unitId=" + linxiang + "&year=" + YEAR), 200);
        assertFigures(new Raw(YEAR).count(pathOf(linxiang)).total(), linxiangStats, "临翔区");
    }

    @Test
    void targetsAreSetReadRefusedAndAudited() throws Exception {
        ResultScenario rs = new ResultScenario(base);
        long linxiang = rs.organisationOf("linxiang");
        String path = "/api/v1/statistics/targets?unitId=" + linxiang + "&year=" + TARGET_YEAR;
        Api staff = Api.as(base, "linxiang");

        JsonObject none = Scenario.json(staff.get(path), 200);
        assertTrue(noVersion(none), "no targets yet: " + none);
        assertEquals(
                0,
                new BigDecimal("20")
                        .compareTo(none.getJsonObject("keyTeacherCounty")
                                .getJsonNumber("hint")
                                .bigDecimalValue()),
                "the sources' 20 % is the hint: " + none);

        // out of range, not a number, a bad category row: 422 naming the field, nothing stored
        assertNamed(staff.put(path, "{\"keyTeacherCountyPercent\": 120}"), "keyTeacherCountyPercent");
        assertNamed(staff.inEnglish().put(path, "{\"compliancePercent\": \"ninety\"}"), "compliancePercent");
        assertNamed(staff.put(path, "{\"keyTeacherCityPercent\": 1e999999}"), "keyTeacherCityPercent");
        assertNamed(
                staff.put(path, "{\"categories\": [{\"category\": \"骨干教师培训\", \"places\": -5}]}"),
                "categories",
                "places");
        assertNamed(
                staff.put(
                        path,
                        "{\"categories\": [{\"category\": \"骨干教师培训\", \"places\": 5},"
                                + " {\"category\": \"骨干教师培训\", \"places\": 6}]}"),
                "categories[1].category");
        assertTrue(noVersion(Scenario.json(staff.get(path), 200)), "nothing was stored");

        // set, read back, then a stale version is refused and a current one accepted
        String body = "{\"categories\": [{\"category\": \"骨干教师培训\", \"places\": 50}, {\"category\": \"校长培训\","
                + " \"places\": 8}], \"keyTeacherCityPercent\": 3, \"keyTeacherCountyPercent\": 20,"
                + " \"compliancePercent\": 92.5}";
        JsonObject set = Scenario.json(staff.put(path, body), 200);
        long version = set.getJsonNumber("version").longValue();
        JsonObject read = Scenario.json(staff.get(path), 200);
        assertEquals(version, read.getJsonNumber("version").longValue());
        assertEquals(2, read.getJsonArray("categories").size(), read.toString());
        assertEquals(
                0,
                new BigDecimal("92.5")
                        .compareTo(read.getJsonObject("compliance")
                                .getJsonNumber("target")
                                .bigDecimalValue()));
        assertEquals(
                409, staff.put(path, body).statusCode(), "targets exist: a save without the version read is stale");
        JsonObject changed = Scenario.json(
                Api.as(base, "city")
                        .put(
                                path,
                                body.replace("92.5", "95")
                                        .replace("{\"categories\"", "{\"version\": " + version + ", \"categories\"")),
                200);
        long newer = changed.getJsonNumber("version").longValue();
        assertNotEquals(version, newer, "the city (the unit above) saved a new version");
        HttpResponse<String> stale =
                staff.put(path, body.replace("{\"categories\"", "{\"version\": " + version + ", \"categories\""));
        assertEquals(409, stale.statusCode(), "linxiang's edit of the old version: " + stale.body());
        assertEquals(
                403,
                Api.as(base, "cityreviewer").put(path, body).statusCode(),
                "a reviewer reads targets but sets none");
        try (Connection c = TestDatabase.connect();
                PreparedStatement s = c.prepareStatement(
                        "SELECT COUNT(*) FROM audit_entry WHERE entity_type = 'TrainingTarget' AND entity_id = ?")) {
            s.setString(1, String.valueOf(targetId(linxiang)));
            try (ResultSet r = s.executeQuery()) {
                r.next();
                assertEquals(2, r.getLong(1), "the creation and the city's change are audited");
            }
        }
    }

    /** Targets not set: the version is absent (JSON-B leaves nulls out) or null. */
    private static boolean noVersion(JsonObject targets) {
        return !targets.containsKey("version") || targets.isNull("version");
    }

    private static long targetId(long unitId) throws Exception {
        try (Connection c = TestDatabase.connect();
                PreparedStatement s =
                        c.prepareStatement("SELECT id FROM training_target WHERE unit_id = ? AND target_year = ?")) {
            s.setLong(1, unitId);
            s.setInt(2, TARGET_YEAR);
            try (ResultSet r = s.executeQuery()) {
                assertTrue(r.next());
                return r.getLong(1);
            }
        }
    }

    private static void assertNamed(HttpResponse<String> r, String field, String... alsoContains) {
        assertEquals(422, r.statusCode(), r.body());
        JsonObject problem = Scenario.json(r, 422);
        assertTrue(problem.containsKey("errors"), r.body());
        String named = problem.getJsonArray("errors").getJsonObject(0).getString("field");
        assertTrue(named.startsWith(field), "named " + named + ", expected " + field + ": " + r.body());
        for (String part : alsoContains) {
            assertTrue(named.contains(part), "named " + named + ", expected it to contain " + part);
        }
    }
}
