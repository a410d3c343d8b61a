package cn.edu.ttms.it.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.edu.ttms.it.TestDatabase;
import jakarta.json.JsonObject;
import java.net.URL;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Enrolment over real HTTP on the running application and MariaDB (workflow.md §2): every hard rule
 * refused with its reason, applications and their approval, the roster's scope, and the rush — 2,000
 * concurrent nominations of distinct teachers for 70 places (then a county quota of 10): exactly the
 * places are taken, every other request is refused with the reason, none fails, no lock stays behind.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class EnrolmentIT {

    @ArquillianResource
    URL base;

    @Test
    void everyRuleRefusesWithItsReasonAndApplicationsWaitForApproval() throws Exception {
        long planId = plan(2009);
        List<Long> teachers = linxiangTeachers(3);
        long open = project(planId, "规则测试一", 2, Map.of(), "DIRECTIVE", "2026-04-01", "2026-04-03", true);
        long clashing = project(planId, "规则测试二", 5, Map.of(), "DIRECTIVE", "2026-04-02", "2026-04-04", true);
        long draft = project(planId, "规则测试三", 5, Map.of(), "DIRECTIVE", "2026-06-01", "2026-06-03", false);
        long selfSelected = project(planId, "规则测试四", 5, Map.of(), "SELF_SELECTED", "2026-10-01", "2026-10-03", true);

        assertRefused(nominate("city", draft, teachers.get(0)), 422, "不在报名期内");
        assertEquals(201, nominate("city", open, teachers.get(0)).statusCode());
        assertRefused(nominate("city", open, teachers.get(0)), 409, "不能重复报名");
        assertRefused(nominate("city", clashing, teachers.get(0)), 409, "同一时间只能参加一个同级别项目");
        assertEquals(
                201, nominate("linxiang", open, teachers.get(1)).statusCode(), "a county nominates its own teacher");
        HttpResponse<String> full = Api.as(base, "city")
                .inEnglish()
                .post("/api/v1/projects/" + open + "/enrolments", "{\"teacherId\":" + teachers.get(2) + "}");
        assertRefused(full, 409, "all 2 places are taken");
        assertEquals(
                404,
                nominate("fengqing", clashing, teachers.get(2)).statusCode(),
                "凤庆县 cannot nominate a teacher of 临翔区");

        JsonObject roster = json(Api.as(base, "city").get("/api/v1/projects/" + open + "/roster"), 200);
        assertEquals(2, roster.getInt("total"));
        assertEquals(
                0,
                json(Api.as(base, "fengqing").get("/api/v1/projects/" + open + "/roster"), 200)
                        .getInt("total"),
                "凤庆县 sees none of 临翔区's trainees");

        long first = json(Api.as(base, "city").get("/api/v1/projects/" + open + "/roster"), 200)
                .getJsonArray("items")
                .getJsonObject(0)
                .getJsonNumber("enrolmentId")
                .longValue();
        assertEquals(
                "WITHDRAWN",
                json(
                                Api.as(base, "city")
                                        .post("/api/v1/enrolments/" + first + "/withdrawal", "{\"reason\":\"工作调动\"}"),
                                200)
                        .getString("status"));
        assertEquals(201, nominate("city", open, teachers.get(2)).statusCode(), "the withdrawal freed a place");

        assertRefused(Api.as(base, "teacher").post("/api/v1/projects/" + open + "/applications", ""), 422, "指令性项目");
        JsonObject applied =
                json(Api.as(base, "teacher").post("/api/v1/projects/" + selfSelected + "/applications", ""), 201);
        assertEquals("PENDING_APPROVAL", applied.getString("status"));
        String decision = "/api/v1/enrolments/" + applied.getJsonNumber("id").longValue() + "/decision";
        assertEquals(
                404,
                Api.as(base, "fengqing").post(decision, "{\"approve\":true}").statusCode());
        assertRefused(Api.as(base, "linxiang").post(decision, "{\"approve\":false}"), 422, "必须填写原因");
        assertEquals(
                "ENROLLED",
                json(Api.as(base, "linxiang").post(decision, "{\"approve\":true}"), 200)
                        .getString("status"));
        assertEquals(
                1,
                json(Api.as(base, "linxiang").get("/api/v1/projects/" + selfSelected + "/roster"), 200)
                        .getInt("total"));
    }

    @Test
    void aRushOf2000NominationsTakesExactlyThePlacesAndTheQuota() throws Exception {
        long planId = plan(2008);
        List<Long> teachers = linxiangTeachers(2000);
        long linxiang = json(Api.as(base, "linxiang").get("/api/v1/me"), 200)
                .getJsonObject("organisation")
                .getJsonNumber("id")
                .longValue();
        long seventy = project(planId, "抢报测试七十人", 70, Map.of(), "DIRECTIVE", "2026-05-01", "2026-05-05", true);
        long quota =
                project(planId, "抢报测试名额十人", 70, Map.of(linxiang, 10), "DIRECTIVE", "2026-07-01", "2026-07-05", true);

        Map<Integer, AtomicInteger> byStatus = rush(seventy, teachers, "名额已满");
        assertEquals(70, byStatus.get(201).get(), byStatus.toString());
        assertEquals(1930, byStatus.get(409).get(), byStatus.toString());
        assertEquals(2, byStatus.size(), "nothing but 201 and 409: " + byStatus);
        assertEquals(70, enrolled(seventy));

        Map<Integer, AtomicInteger> quotaRush = rush(quota, teachers, "名额（10 人）已用完");
        assertEquals(10, quotaRush.get(201).get(), quotaRush.toString());
        assertEquals(1990, quotaRush.get(409).get(), quotaRush.toString());
        assertEquals(10, enrolled(quota));

        // no lock left behind: a withdrawal and a new nomination go through at once
        long one = json(Api.as(base, "city").get("/api/v1/projects/" + seventy + "/roster?size=1"), 200)
                .getJsonArray("items")
                .getJsonObject(0)
                .getJsonNumber("enrolmentId")
                .longValue();
        assertEquals(
                200,
                Api.as(base, "city")
                        .post("/api/v1/enrolments/" + one + "/withdrawal", "{}")
                        .statusCode());
        long outsider = teachers.stream()
                .filter(t -> !isEnrolled(seventy, t))
                .findFirst()
                .orElseThrow();
        assertEquals(201, nominate("city", seventy, outsider).statusCode());
        assertEquals(70, enrolled(seventy));
    }

    private Map<Integer, AtomicInteger> rush(long project, List<Long> teachers, String refusal) throws Exception {
        Map<Integer, AtomicInteger> byStatus = new ConcurrentHashMap<>();
        List<String> unexpected = java.util.Collections.synchronizedList(new ArrayList<>());
        ExecutorService pool = Executors.newFixedThreadPool(64);
        try {
            List<Future<?>> all = new ArrayList<>();
            for (long teacher : teachers) {
                all.add(pool.submit(() -> {
                    HttpResponse<String> r = nominate("city", project, teacher);
                    byStatus.computeIfAbsent(r.statusCode(), k -> new AtomicInteger())
                            .incrementAndGet();
                    if (r.statusCode() == 409 && !r.body().contains(refusal) || r.statusCode() >= 500) {
                        unexpected.add(r.statusCode() + " " + r.body());
                    }
                    return null;
                }));
            }
            for (Future<?> f : all) {
                f.get();
            }
        } finally {
            pool.shutdown();
        }
        assertTrue(unexpected.isEmpty(), () -> unexpected.size() + " unexpected answers, e.g. " + unexpected.get(0));
        return byStatus;
    }

    private HttpResponse<String> nominate(String user, long project, long teacher) {
        try {
            return Api.as(base, user)
                    .post("/api/v1/projects/" + project + "/enrolments", "{\"teacherId\":" + teacher + "}");
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static long enrolled(long project) throws Exception {
        try (Connection c = TestDatabase.connect();
                ResultSet rs = c.createStatement()
                        .executeQuery("SELECT (SELECT COUNT(*) FROM enrolment WHERE project_id = "
                                + project
                                + " AND status = 'ENROLLED'), (SELECT taken FROM enrolment_seat WHERE project_id = "
                                + project + " AND unit_id = 0)")) {
            rs.next();
            assertEquals(rs.getLong(1), rs.getLong(2), "the seat counter agrees with the enrolments");
            return rs.getLong(1);
        }
    }

    private static boolean isEnrolled(long project, long teacher) {
        try (Connection c = TestDatabase.connect();
                ResultSet rs = c.createStatement()
                        .executeQuery("SELECT COUNT(*) FROM enrolment WHERE project_id = " + project
                                + " AND teacher_id = " + teacher)) {
            rs.next();
            return rs.getLong(1) > 0;
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private long plan(int year) throws Exception {
        return new Scenario(base).cityPlan(year);
    }

    /** A municipal project of the city, taken through the life cycle to ENROLLING when {@code open}. */
    private long project(
            long planId,
            String name,
            int capacity,
            Map<Long, Integer> quotas,
            String selection,
            String from,
            String to,
            boolean open)
            throws Exception {
        return new Scenario(base)
                .create(
                        Scenario.project(planId, name, capacity, selection, from, to)
                                .add("quotas", Scenario.quotas(quotas)),
                        open);
    }

    private List<Long> linxiangTeachers(int n) throws Exception {
        return new Scenario(base).freshTeachers(List.of("临翔区第一完全小学", "临翔区博尚镇中心完小"), n, 20260000L + n);
    }

    private static void assertRefused(HttpResponse<String> r, int status, String reason) {
        assertEquals(status, r.statusCode(), r.body());
        assertTrue(r.body().contains(reason), "says why (" + reason + "): " + r.body());
    }

    private static JsonObject json(HttpResponse<String> r, int status) {
        return Scenario.json(r, status);
    }
}
