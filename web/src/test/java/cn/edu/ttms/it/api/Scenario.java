package cn.edu.ttms.it.api;

import static org.junit.jupiter.api.Assertions.assertEquals;

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
import java.io.StringReader;
import java.net.URL;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The set-up the enrolment tests share, all through the public API as the demo accounts: a plan of
 * 临沧市 for a year no other test uses, a municipal project in it taken to ENROLLING, and teachers of
 * 临翔区 nobody has enrolled yet.
 */
public final class Scenario {

    private static final String PLAN = "序号\t申报单位\t项目类别\t项目名称\t培训形式\t培训对象\t培训天数\t\t\t培训人数\t承办单位\n"
            + "\t\t\t\t\t\t异地\t本地\t合计\t\t\n"
            + "1\t临沧市教师发展中心\t名师培养\t测试用计划项目(S001)\t本地集中\t全市教师\t\t3\t3\t10\t临沧市教师发展中心\n";
    private static final List<String> TEACHER_HEADER =
            List.of("姓名", "性别", "身份证号", "手机", "学校", "学科", "学段", "职称", "参加工作时间", "民办");

    private final URL base;

    public Scenario(URL base) {
        this.base = base;
    }

    /** The city's plan for {@code year}: imported by the first caller, found by the next. */
    public long cityPlan(int year) throws Exception {
        JsonObject existing = json(Api.as(base, "city").get("/api/v1/projects?year=" + year), 200);
        if (existing.getJsonArray("items").isEmpty()) {
            json(
                    Api.as(base, "city")
                            .upload(
                                    "/api/v1/plans/import?dryRun=false&year=" + year,
                                    "plan.txt",
                                    PLAN.getBytes(StandardCharsets.UTF_8)),
                    200);
            existing = json(Api.as(base, "city").get("/api/v1/projects?year=" + year), 200);
        }
        return existing.getJsonArray("items")
                .getJsonObject(0)
                .getJsonObject("plan")
                .getJsonNumber("id")
                .longValue();
    }

    /** The body of a municipal project of one 3-day stage; callers add what they need (quotas, host, place). */
    public static JsonObjectBuilder project(
            long planId, String name, int capacity, String selection, String from, String to) {
        return Json.createObjectBuilder()
                .add("planId", planId)
                .add("name", name)
                .add("level", "MUNICIPAL")
                .add("selection", selection)
                .add("capacity", capacity)
                .add("creditRate", "1.2")
                .add("stages", Json.createArrayBuilder().add(stage(capacity, from, to)));
    }

    public static JsonObjectBuilder stage(int capacity, String from, String to) {
        return Json.createObjectBuilder()
                .add("form", "LOCAL_CONCENTRATED")
                .add("daysTotal", 3)
                .add("trainees", capacity)
                .add("startDate", from)
                .add("endDate", to);
    }

    public static JsonArrayBuilder quotas(Map<Long, Integer> quotas) {
        JsonArrayBuilder q = Json.createArrayBuilder();
        quotas.forEach((unit, places) ->
                q.add(Json.createObjectBuilder().add("unitId", unit).add("places", places)));
        return q;
    }

    /** Creates the project as the city; with {@code open}, takes it through the life cycle to ENROLLING. */
    public long create(JsonObjectBuilder project, boolean open) throws Exception {
        long id = json(
                        Api.as(base, "city")
                                .post("/api/v1/projects", project.build().toString()),
                        201)
                .getJsonNumber("id")
                .longValue();
        if (open) {
            String path = "/api/v1/projects/" + id + "/transitions";
            json(Api.as(base, "city").post(path, "{\"action\":\"SUBMIT\"}"), 200);
            json(Api.as(base, "cityreviewer").post(path, "{\"action\":\"APPROVE\"}"), 200);
            json(
                    Api.as(base, "admin")
                            .post(path, "{\"action\":\"PUBLISH\",\"outsideWindow\":true,\"reason\":\"测试\"}"),
                    200);
            json(Api.as(base, "city").post(path, "{\"action\":\"OPEN_ENROLMENT\"}"), 200);
        }
        return id;
    }

    /**
     * {@code n} teachers of the given 临翔区 schools without any enrolment: {@code n} generated ones
     * (from {@code seed}) are imported first, so there are always enough.
     */
    public List<Long> freshTeachers(List<String> schools, int n, long seed) throws Exception {
        return freshTeachers(schools, n, seed, null, List.of());
    }

    /**
     * As {@link #freshTeachers(List, int, long)}, all of the given {@code subject} (null: as generated)
     * and, the i-th of them, of the i-th of {@code stages} (PRIMARY or JUNIOR_SECONDARY; as generated
     * past its end).
     */
    public List<Long> freshTeachers(List<String> schools, int n, long seed, String subject, List<SchoolStage> stages)
            throws Exception {
        List<List<Object>> rows = new ArrayList<>();
        int i = 0;
        List<DemoTeacherGenerator.School> places = schools.stream()
                .map(s -> new DemoTeacherGenerator.School(s, "530902", null))
                .toList();
        for (DemoTeacher t : new DemoTeacherGenerator(places, seed).generate(n)) {
            SchoolStage stage = i < stages.size() ? stages.get(i) : t.stage();
            i++;
            rows.add(List.of(
                    t.name(),
                    t.gender().name().equals("MALE") ? "男" : "女",
                    t.id().value(),
                    t.phone(),
                    t.schoolName(),
                    subject == null ? t.subject() : subject,
                    stage == SchoolStage.PRIMARY ? "小学" : "初中",
                    t.title() == null ? "" : t.title(),
                    t.serviceStart().toString(),
                    "否"));
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new SpreadsheetWriter().writeXlsx(TEACHER_HEADER, rows, out);
        json(
                Api.as(base, "linxiang")
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

    public static JsonObject json(HttpResponse<String> r, int status) {
        assertEquals(status, r.statusCode(), r.body());
        return Json.createReader(new StringReader(r.body())).readObject();
    }
}
