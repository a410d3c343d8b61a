package cn.edu.ttms.it.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.edu.ttms.domain.model.enrolment.Lottery;
import cn.edu.ttms.it.TestDatabase;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.net.URL;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A lottery round on the running application: every entry in the window waits for the draw; the
 * draw cannot happen before the window closes nor twice; its order is the one {@link Lottery} gives
 * for the seed (anyone can replay it); the places go in that order, the rest wait in line, and a
 * withdrawal moves the first in line up. The seed is in the audit trail.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class LotteryIT {

    private static final String PLAN = "序号\t申报单位\t项目类别\t项目名称\t培训形式\t培训对象\t培训天数\t\t\t培训人数\t承办单位\n"
            + "\t\t\t\t\t\t异地\t本地\t合计\t\t\n"
            + "1\t临沧市教师发展中心\t名师培养\t抽签测试用计划项目(L001)\t本地集中\t全市教师\t\t3\t3\t3\t临沧市教师发展中心\n";

    @ArquillianResource
    URL base;

    @Test
    void entriesWaitForASeededReplayableDrawAndTheWaitingListMovesUp() throws Exception {
        json(
                Api.as(base, "city")
                        .upload(
                                "/api/v1/plans/import?dryRun=false&year=2002",
                                "plan.txt",
                                PLAN.getBytes(StandardCharsets.UTF_8)),
                200);
        long planId = json(Api.as(base, "city").get("/api/v1/projects?year=2002"), 200)
                .getJsonArray("items")
                .getJsonObject(0)
                .getJsonObject("plan")
                .getJsonNumber("id")
                .longValue();
        JsonObject body = Json.createObjectBuilder()
                .add("planId", planId)
                .add("name", "抽签测试项目")
                .add("level", "MUNICIPAL")
                .add("capacity", 3)
                .add("creditRate", "1.2")
                .add(
                        "stages",
                        Json.createArrayBuilder()
                                .add(Json.createObjectBuilder()
                                        .add("form", "LOCAL_CONCENTRATED")
                                        .add("daysTotal", 3)
                                        .add("trainees", 3)
                                        .add("startDate", "2026-12-21")
                                        .add("endDate", "2026-12-23")))
                .build();
        long project = json(Api.as(base, "city").post("/api/v1/projects", body.toString()), 201)
                .getJsonNumber("id")
                .longValue();
        String steps = "/api/v1/projects/" + project + "/transitions";
        json(Api.as(base, "city").post(steps, "{\"action\":\"SUBMIT\"}"), 200);
        json(Api.as(base, "cityreviewer").post(steps, "{\"action\":\"APPROVE\"}"), 200);
        json(
                Api.as(base, "admin").post(steps, "{\"action\":\"PUBLISH\",\"outsideWindow\":true,\"reason\":\"测试\"}"),
                200);
        json(Api.as(base, "city").post(steps, "{\"action\":\"OPEN_ENROLMENT\"}"), 200);

        Instant closes = Instant.now().plusSeconds(3600);
        String round = "{\"mode\":\"LOTTERY\",\"opensAt\":\"" + Instant.now().minusSeconds(60) + "\",\"closesAt\":\""
                + closes + "\"}";
        assertEquals(
                403,
                Api.as(base, "fengqing")
                        .post("/api/v1/projects/" + project + "/rounds", round)
                        .statusCode(),
                "only the owning bureau opens rounds");
        assertEquals(
                1,
                json(Api.as(base, "city").post("/api/v1/projects/" + project + "/rounds", round), 201)
                        .getInt("roundNo"));

        List<Long> teachers = linxiangTeachers(7);
        List<Long> entries = new ArrayList<>();
        for (long t : teachers.subList(0, 6)) {
            JsonObject e = json(nominate(project, t), 201);
            assertEquals("LOTTERY", e.getString("status"), "no seat before the draw, even with places free");
            entries.add(e.getJsonNumber("id").longValue());
        }
        String draw = "/api/v1/projects/" + project + "/rounds/1/draw";
        assertEquals(
                409,
                Api.as(base, "city").post(draw, "{\"seed\":20261124}").statusCode(),
                "not before the window closes");

        closeWindow(project);
        HttpResponse<String> late = nominate(project, teachers.get(6));
        assertEquals(409, late.statusCode(), late.body());
        assertTrue(late.body().contains("尚未抽签"), late.body());

        JsonObject drawn = json(Api.as(base, "city").post(draw, "{\"seed\":20261124}"), 200);
        List<Long> expected = Lottery.order(entries, 20261124L);
        assertEquals(expected, longs(drawn, "order"), "the draw is the one the seed gives, replayable anywhere");
        assertEquals(expected.subList(0, 3), longs(drawn, "enrolled"));
        assertEquals(expected.subList(3, 6), longs(drawn, "waiting"));
        assertEquals(409, Api.as(base, "city").post(draw, "{\"seed\":1}").statusCode(), "drawn once");
        assertTrue(auditDetail().contains("seed 20261124"), "the seed is in the audit trail");

        assertEquals(
                200,
                Api.as(base, "city")
                        .post("/api/v1/enrolments/" + expected.get(1) + "/withdrawal", "{}")
                        .statusCode());
        assertEquals("ENROLLED", status(expected.get(3)), "the first in line moves up into the freed place");
        assertEquals("WAITLISTED", status(expected.get(4)));
        assertEquals(
                3,
                json(Api.as(base, "city").get("/api/v1/projects/" + project + "/roster"), 200)
                        .getInt("total"));
    }

    private HttpResponse<String> nominate(long project, long teacher) throws Exception {
        return Api.as(base, "linxiang")
                .post("/api/v1/projects/" + project + "/enrolments", "{\"teacherId\":" + teacher + "}");
    }

    /** Closes the window by moving it two hours back; relative, so the time zones do not matter. */
    private static void closeWindow(long project) throws Exception {
        try (Connection c = TestDatabase.connect();
                PreparedStatement s = c.prepareStatement("UPDATE enrolment_round SET opens_at = opens_at"
                        + " - INTERVAL 2 HOUR, closes_at = closes_at - INTERVAL 2 HOUR"
                        + " WHERE project_id = ? AND round_no = 1")) {
            s.setLong(1, project);
            assertEquals(1, s.executeUpdate());
        }
    }

    private static List<Long> longs(JsonObject o, String field) {
        return o.getJsonArray(field).getValuesAs(jakarta.json.JsonNumber.class).stream()
                .map(jakarta.json.JsonNumber::longValue)
                .toList();
    }

    private static String status(long enrolment) throws Exception {
        try (Connection c = TestDatabase.connect();
                ResultSet rs =
                        c.createStatement().executeQuery("SELECT status FROM enrolment WHERE id = " + enrolment)) {
            rs.next();
            return rs.getString(1);
        }
    }

    private static String auditDetail() throws Exception {
        try (Connection c = TestDatabase.connect();
                ResultSet rs = c.createStatement()
                        .executeQuery("SELECT detail FROM audit_entry WHERE entity_type = "
                                + "'EnrolmentRound' ORDER BY id DESC")) {
            StringBuilder all = new StringBuilder();
            while (rs.next()) {
                all.append(rs.getString(1)).append('\n');
            }
            return all.toString();
        }
    }

    private List<Long> linxiangTeachers(int n) throws Exception {
        return new Scenario(base).freshTeachers(List.of("临翔区博尚镇中心完小"), n, 20270000L + n);
    }

    private static JsonObject json(HttpResponse<String> r, int status) {
        return Scenario.json(r, status);
    }
}
