package cn.edu.ttms.it.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.edu.ttms.application.demo.DemoTeacherGenerator;
import cn.edu.ttms.application.demo.DemoTeacherGenerator.DemoTeacher;
import cn.edu.ttms.domain.model.teacher.SchoolStage;
import cn.edu.ttms.infrastructure.spreadsheet.SpreadsheetWriter;
import cn.edu.ttms.it.TestDatabase;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The steps the results tests share, all through the public API as the demo accounts (workflow.md
 * §3–4): a plan of the caller's bureau for a year, a project taken to IN_PROGRESS with trainees, its
 * result batch opened and filled in, the signers' PINs set, and the sign-off chain 确认 → 审核通过 → 认定.
 * Used by {@link ResultChainIT}, {@link TamperIT}, {@link ResultExportIT} and {@link ComplianceIT}.
 */
public final class ResultScenario {

    /** The signing PIN every signer is (re-)enrolled with by these tests; never the demo's. */
    public static final String PIN = "it-pin-7319";

    private static final String PLAN = "序号\t申报单位\t项目类别\t项目名称\t培训形式\t培训对象\t培训天数\t\t\t培训人数\t承办单位\n"
            + "\t\t\t\t\t\t异地\t本地\t合计\t\t\n"
            + "1\t临沧市教师发展中心\t名师培养\t成绩测试用计划项目(R001)\t本地集中\t全体教师\t\t3\t3\t10\t临沧市教师发展中心\n";
    private static final List<String> TEACHER_HEADER =
            List.of("姓名", "性别", "身份证号", "手机", "学校", "学科", "学段", "职称", "参加工作时间", "民办");
    private static final HttpClient HTTP =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    private final URL base;

    public ResultScenario(URL base) {
        this.base = base;
    }

    // ---------------------------------------------------------------- who is who

    /** The account id of a demo user (a project's {@code leadId} names an account). */
    public static long accountId(String username) throws Exception {
        try (Connection c = TestDatabase.connect();
                PreparedStatement s = c.prepareStatement("SELECT id FROM user_account WHERE username = ?")) {
            s.setString(1, username);
            try (ResultSet rs = s.executeQuery()) {
                assertTrue(rs.next(), "the demo account " + username);
                return rs.getLong(1);
            }
        }
    }

    /** The id of the organisation a demo user belongs to. */
    public long organisationOf(String username) throws Exception {
        return json(Api.as(base, username).get("/api/v1/me"), 200)
                .getJsonObject("organisation")
                .getJsonNumber("id")
                .longValue();
    }

    // ---------------------------------------------------------------- plans and projects

    /**
     * A new annual plan of the caller's bureau for {@code year}, imported from a one-row table; its id. A
     * plan is not unique per bureau and year, so this never collides with another test's or the demo's.
     */
    public long plan(String bureauUser, int year) throws Exception {
        JsonObject imported = json(
                Api.as(base, bureauUser)
                        .upload(
                                "/api/v1/plans/import?dryRun=false&year=" + year,
                                "plan.txt",
                                PLAN.getBytes(StandardCharsets.UTF_8)),
                200);
        return imported.getJsonNumber("planId").longValue();
    }

    /** The body of a project of one local concentrated stage of {@code days} days (6 h a day). */
    public static JsonObjectBuilder project(
            long planId, String name, String level, String selection, String rate, int days, String from, String to) {
        return Json.createObjectBuilder()
                .add("planId", planId)
                .add("name", name)
                .add("level", level)
                .add("selection", selection)
                .add("capacity", 20)
                .add("creditRate", rate)
                .add(
                        "stages",
                        Json.createArrayBuilder()
                                .add(Json.createObjectBuilder()
                                        .add("form", "LOCAL_CONCENTRATED")
                                        .add("daysTotal", days)
                                        .add("trainees", 20)
                                        .add("startDate", from)
                                        .add("endDate", to)));
    }

    /** Module shares as the project form sends them: {@code "ETHICS", "6", "COMPETENCE", "12"}. */
    public static JsonArrayBuilder modules(String... moduleAndHours) {
        JsonArrayBuilder a = Json.createArrayBuilder();
        for (int i = 0; i < moduleAndHours.length; i += 2) {
            a.add(Json.createObjectBuilder()
                    .add("module", moduleAndHours[i])
                    .add("hours", new BigDecimal(moduleAndHours[i + 1])));
        }
        return a;
    }

    /** The project with the demo {@code lead} as its lead and the lead's centre (临沧市教师发展中心) as host. */
    public JsonObjectBuilder ledByTheDemoLead(JsonObjectBuilder project) throws Exception {
        return project.add("hostId", organisationOf("lead")).add("leadId", accountId("lead"));
    }

    /**
     * Creates the project as {@code owner} (the owning bureau's staff) and takes it to ENROLLING: submitted
     * by the owner, approved by the city's reviewer, published by the administrator (outside the windows
     * if need be, with a reason), enrolment opened by the owner.
     */
    public long openProject(String owner, JsonObjectBuilder project) throws Exception {
        long id = json(
                        Api.as(base, owner)
                                .post("/api/v1/projects", project.build().toString()),
                        201)
                .getJsonNumber("id")
                .longValue();
        toEnrolling(owner, id);
        return id;
    }

    /** Takes a DRAFT project of {@code owner}'s bureau to ENROLLING, as {@link #openProject} does. */
    public void toEnrolling(String owner, long id) throws Exception {
        String path = "/api/v1/projects/" + id + "/transitions";
        json(Api.as(base, owner).post(path, "{\"action\":\"SUBMIT\"}"), 200);
        json(Api.as(base, "cityreviewer").post(path, "{\"action\":\"APPROVE\"}"), 200);
        json(
                Api.as(base, "admin").post(path, "{\"action\":\"PUBLISH\",\"outsideWindow\":true,\"reason\":\"成绩测试\"}"),
                200);
        json(Api.as(base, owner).post(path, "{\"action\":\"OPEN_ENROLMENT\"}"), 200);
    }

    /** Nominates the teachers (201 each) as {@code nominator}. */
    public void nominate(String nominator, long project, List<Long> teachers) throws Exception {
        for (long t : teachers) {
            json(
                    Api.as(base, nominator)
                            .post("/api/v1/projects/" + project + "/enrolments", "{\"teacherId\":" + t + "}"),
                    201);
        }
    }

    /** The class starts: the project goes to IN_PROGRESS. */
    public void start(String owner, long project) throws Exception {
        assertEquals(
                "IN_PROGRESS",
                json(
                                Api.as(base, owner)
                                        .post("/api/v1/projects/" + project + "/transitions", "{\"action\":\"START\"}"),
                                200)
                        .getString("status"));
    }

    public String projectStatus(long project) throws Exception {
        return json(Api.as(base, "city").get("/api/v1/projects/" + project), 200)
                .getString("status");
    }

    // ---------------------------------------------------------------- teachers

    /** Fresh teachers of 临翔区 (imported by 临翔区, none enrolled anywhere). */
    public List<Long> linxiangTeachers(List<String> schools, int n, long seed) throws Exception {
        return new Scenario(base).freshTeachers(schools, n, seed);
    }

    /** Fresh teachers of 凤庆县: {@code n} generated ones imported by 凤庆县 first, then those never enrolled. */
    public List<Long> fengqingTeachers(int n, long seed) throws Exception {
        return freshTeachers("fengqing", "530921", List.of("凤庆县第一中学", "凤庆县凤山镇中心完小"), n, seed);
    }

    private List<Long> freshTeachers(String importer, String regionCode, List<String> schools, int n, long seed)
            throws Exception {
        List<List<Object>> rows = new ArrayList<>();
        List<DemoTeacherGenerator.School> places = schools.stream()
                .map(s -> new DemoTeacherGenerator.School(s, regionCode, null))
                .toList();
        for (DemoTeacher t : new DemoTeacherGenerator(places, seed).generate(n)) {
            rows.add(List.of(
                    t.name(),
                    t.gender().name().equals("MALE") ? "男" : "女",
                    t.id().value(),
                    t.phone(),
                    t.schoolName(),
                    t.subject(),
                    t.stage() == SchoolStage.PRIMARY ? "小学" : "初中",
                    t.title() == null ? "" : t.title(),
                    t.serviceStart().toString(),
                    "否"));
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new SpreadsheetWriter().writeXlsx(TEACHER_HEADER, rows, out);
        json(
                Api.as(base, importer)
                        .upload(
                                "/api/v1/teachers/import?dryRun=false&validRowsOnly=true",
                                "teachers.xlsx",
                                out.toByteArray()),
                200);
        String names = schools.stream().map(s -> "'" + s + "'").collect(Collectors.joining(", "));
        List<Long> ids = new ArrayList<>();
        try (Connection c = TestDatabase.connect();
                ResultSet rs = c.createStatement()
                        .executeQuery(
                                "SELECT t.id FROM teacher t JOIN organisation o"
                                        + " ON o.id = t.school_id WHERE o.name IN (" + names + ")"
                                        + " AND NOT EXISTS (SELECT 1 FROM enrolment e WHERE e.teacher_id = t.id) ORDER BY t.id DESC")) {
            while (rs.next() && ids.size() < n) {
                ids.add(rs.getLong(1));
            }
        }
        assertEquals(n, ids.size(), "teachers available");
        return ids;
    }

    // ---------------------------------------------------------------- signers

    /** (Re-)enrols each signer with {@link #PIN}: a new certificate each time (the old one is revoked). */
    public void enrolSigners(String... users) throws Exception {
        for (String user : users) {
            JsonObject certificate =
                    json(Api.as(base, user).post("/api/v1/me/signing-certificate", "{\"pin\":\"" + PIN + "\"}"), 201);
            assertTrue(
                    !certificate.getBoolean("revoked")
                            && !certificate.getString("subject").isBlank(),
                    certificate.toString());
        }
    }

    // ---------------------------------------------------------------- batches

    public static String batchPath(long batch) {
        return "/api/v1/result-batches/" + batch;
    }

    /** Opens the class's batch as {@code user}: 201 with a row per trainee. */
    public JsonObject open(String user, long project) throws Exception {
        return json(Api.as(base, user).post("/api/v1/result-batches", "{\"projectId\":" + project + "}"), 201);
    }

    public JsonObject sheet(String user, long batch) throws Exception {
        return json(Api.as(base, user).get(batchPath(batch)), 200);
    }

    /** The sheet's rows by teacher id. */
    public static Map<Long, JsonObject> rowsByTeacher(JsonObject sheet) {
        Map<Long, JsonObject> rows = new LinkedHashMap<>();
        for (JsonObject r : sheet.getJsonArray("rows").getValuesAs(JsonObject.class)) {
            rows.put(r.getJsonNumber("teacherId").longValue(), r);
        }
        return rows;
    }

    /** One line of a grid save: the row as read (its id and version), hours of stage 1 and the score. */
    public static JsonObject line(JsonObject row, String stage1Hours, String score) {
        JsonObjectBuilder b = Json.createObjectBuilder()
                .add("resultId", row.getJsonNumber("resultId").longValue())
                .add("version", row.getJsonNumber("version").longValue())
                .add("stageHours", Json.createObjectBuilder().add("1", new BigDecimal(stage1Hours)));
        if (score == null) {
            b.addNull("score");
        } else {
            b.add("score", new BigDecimal(score));
        }
        return b.build();
    }

    public HttpResponse<String> save(String user, long batch, List<JsonObject> lines) throws Exception {
        JsonArrayBuilder rows = Json.createArrayBuilder();
        lines.forEach(rows::add);
        return Api.as(base, user)
                .put(
                        batchPath(batch) + "/results",
                        Json.createObjectBuilder().add("rows", rows).build().toString());
    }

    /**
     * Enters hours of stage 1 and the score per teacher ({@code {hours, score}}), on the rows as they are
     * now; 200; returns the sheet as read afterwards.
     */
    public JsonObject enter(String user, long batch, Map<Long, String[]> hoursAndScore) throws Exception {
        Map<Long, JsonObject> rows = rowsByTeacher(sheet(user, batch));
        List<JsonObject> lines = new ArrayList<>();
        hoursAndScore.forEach((teacher, hs) -> {
            JsonObject row = rows.get(teacher);
            assertTrue(row != null, "teacher " + teacher + " has a row: " + rows.keySet());
            lines.add(line(row, hs[0], hs[1]));
        });
        json(save(user, batch, lines), 200);
        return sheet(user, batch);
    }

    public HttpResponse<String> trySign(String user, long batch, String pin) throws Exception {
        return Api.as(base, user).post(batchPath(batch) + "/signatures", "{\"pin\":\"" + pin + "\"}");
    }

    /** The chain's next signature by {@code user} with {@link #PIN}: 201, and the batch in {@code expectedStatus}. */
    public JsonObject sign(String user, long batch, String expectedStatus) throws Exception {
        JsonObject sheet = json(trySign(user, batch, PIN), 201);
        assertEquals(expectedStatus, sheet.getString("status"), sheet.toString());
        return sheet;
    }

    /** A reviewer (or the province) sends the batch back with a reason. */
    public JsonObject giveBack(String user, long batch, String reason) throws Exception {
        return json(
                Api.as(base, user)
                        .post(
                                batchPath(batch) + "/return",
                                Json.createObjectBuilder()
                                        .add("reason", reason)
                                        .build()
                                        .toString()),
                200);
    }

    /**
     * The whole chain on an entered batch: {@code confirmer} (the lead, or the principal for school-based
     * training) confirms, the city's reviewer approves, the province recognises; the project follows.
     */
    public JsonObject recognise(String confirmer, long batch, long project) throws Exception {
        sign(confirmer, batch, "SIGNED");
        assertEquals("RESULTS_SUBMITTED", projectStatus(project));
        sign("cityreviewer", batch, "REVIEWED");
        assertEquals("REVIEWED", projectStatus(project));
        JsonObject done = sign("province", batch, "RECOGNISED");
        assertEquals("RECOGNISED", projectStatus(project));
        return done;
    }

    public JsonObject verification(String user, long batch) throws Exception {
        return json(Api.as(base, user).get(batchPath(batch) + "/verification"), 200);
    }

    /** A download as bytes, with the user's HTTP Basic credentials (the zip export). */
    public HttpResponse<byte[]> download(String user, String path) throws Exception {
        String token =
                Base64.getEncoder().encodeToString((user + ":" + Api.DEMO_PASSWORD).getBytes(StandardCharsets.UTF_8));
        HttpRequest request = HttpRequest.newBuilder(URI.create(base.toString()).resolve(path))
                .timeout(Duration.ofSeconds(60))
                .header("Authorization", "Basic " + token)
                .header("Accept-Language", "zh-CN")
                .GET()
                .build();
        return HTTP.send(request, HttpResponse.BodyHandlers.ofByteArray());
    }

    // ---------------------------------------------------------------- archive and compliance

    /** The teacher's archive entry of one result (as {@code reader}); fails when it does not show. */
    public JsonObject archiveEntry(String reader, long teacher, long resultId) throws Exception {
        JsonObject archive = json(Api.as(base, reader).get("/api/v1/teachers/" + teacher + "/archive"), 200);
        return archive.getJsonArray("items").getValuesAs(JsonObject.class).stream()
                .filter(i -> i.getJsonNumber("resultId").longValue() == resultId)
                .findFirst()
                .orElseThrow(() -> new AssertionError("result " + resultId + " not in the archive: " + archive));
    }

    /** The year's assessment of a teacher's compliance report (as {@code reader}). */
    public JsonObject complianceYear(String reader, long teacher, int cycleStart, int year) throws Exception {
        JsonObject report = json(
                Api.as(base, reader).get("/api/v1/teachers/" + teacher + "/compliance?cycleStart=" + cycleStart), 200);
        return report.getJsonArray("years").getValuesAs(JsonObject.class).stream()
                .filter(y -> y.getInt("year") == year)
                .findFirst()
                .orElseThrow(() -> new AssertionError("no year " + year + ": " + report));
    }

    /** The row of a requirement (and module, for MODULE_CREDITS) in an assessment. */
    public static JsonObject requirement(JsonObject assessment, String requirement, String module) {
        return assessment.getJsonArray("rows").getValuesAs(JsonObject.class).stream()
                .filter(r -> r.getString("requirement").equals(requirement)
                        && (module == null
                                ? r.isNull("module")
                                : !r.isNull("module") && r.getString("module").equals(module)))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no row " + requirement + " " + module + ": " + assessment));
    }

    /** The first year of the default policy's five-year cycle that holds {@code year} (cycles from 2026). */
    public static int cycleStartOf(int year) {
        return 2026 + Math.floorDiv(year - 2026, 5) * 5;
    }

    // ---------------------------------------------------------------- small things

    public static BigDecimal decimal(JsonObject o, String key) {
        assertTrue(o.containsKey(key) && !o.isNull(key), "no " + key + " in " + o);
        return o.getJsonNumber(key).bigDecimalValue();
    }

    /** Equal as numbers, whatever the scale: 21.6 = 21.600000. */
    public static void assertDecimal(String expected, BigDecimal actual, String what) {
        assertTrue(
                actual != null && new BigDecimal(expected).compareTo(actual) == 0,
                what + ": expected " + expected + ", got " + actual);
    }

    public static void assertRefused(HttpResponse<String> r, int status, String words) {
        assertEquals(status, r.statusCode(), r.body());
        assertTrue(r.body().contains(words), "says why (" + words + "): " + r.body());
    }

    public static JsonObject json(HttpResponse<String> r, int status) {
        return Scenario.json(r, status);
    }
}
