package cn.edu.ttms.it.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.net.URL;
import java.net.http.HttpResponse;
import java.util.Map;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Notifications over real HTTP (issue "Enrolment…", item 7): a refused application reaches the
 * teacher's inbox with the project's name and the reason, in the reader's language; only the teacher
 * may mark it read (another teacher gets 404); a cancelled project tells the teacher who waits for
 * approval, with the reason. Other tests may have left notices for {@code teacher}: they are marked
 * read first, so that the unread counts here are exact.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class NotificationIT {

    @ArquillianResource
    URL base;

    @Test
    void aRefusalAndACancellationReachTheTeachersInboxAndOnlyTheTeacherMarksThemRead() throws Exception {
        readEverything("teacher");
        long planId = plan(2003);

        // a refused application
        long refusedProject = project(planId, "消息测试一", 5, Map.of(), "SELF_SELECTED", "2027-03-10", "2027-03-12", true);
        JsonObject applied =
                json(Api.as(base, "teacher").post("/api/v1/projects/" + refusedProject + "/applications", ""), 201);
        assertEquals("PENDING_APPROVAL", applied.getString("status"));
        json(
                Api.as(base, "linxiang")
                        .post(
                                "/api/v1/enrolments/"
                                        + applied.getJsonNumber("id").longValue() + "/decision",
                                "{\"approve\":false,\"reason\":\"名额留给乡村教师\"}"),
                200);

        JsonObject inbox = json(Api.as(base, "teacher").get("/api/v1/notifications"), 200);
        assertEquals(1, inbox.getInt("unread"), inbox.toString());
        JsonObject refused = find(inbox, "ENROLMENT_REFUSED", refusedProject);
        assertTrue(refused.getString("message").contains("消息测试一"), refused.toString());
        assertTrue(refused.getString("message").contains("名额留给乡村教师"), refused.toString());
        assertFalse(refused.getBoolean("read"));
        long id = refused.getJsonNumber("id").longValue();
        JsonObject english = find(
                json(Api.as(base, "teacher").inEnglish().get("/api/v1/notifications"), 200),
                "ENROLMENT_REFUSED",
                refusedProject);
        assertTrue(
                english.getString("message").contains("not approved")
                        && english.getString("message").contains("名额留给乡村教师"),
                english.toString());

        // only the teacher's own
        assertEquals(
                404,
                Api.as(base, "teacher2")
                        .post("/api/v1/notifications/" + id + "/read", "")
                        .statusCode(),
                "another teacher cannot touch it");
        assertFalse(
                json(Api.as(base, "teacher2").get("/api/v1/notifications?size=200"), 200)
                        .getJsonArray("items")
                        .getValuesAs(JsonObject.class)
                        .stream()
                        .anyMatch(n -> n.getJsonNumber("id").longValue() == id),
                "nor see it");
        assertEquals(
                404,
                Api.as(base, "linxiang")
                        .post("/api/v1/notifications/" + id + "/read", "")
                        .statusCode(),
                "nor the staff who refused it");
        assertEquals(
                1,
                json(Api.as(base, "teacher").get("/api/v1/notifications"), 200).getInt("unread"));

        JsonObject marked = json(Api.as(base, "teacher").post("/api/v1/notifications/" + id + "/read", ""), 200);
        assertTrue(marked.getBoolean("read"), marked.toString());
        assertEquals(
                0,
                json(Api.as(base, "teacher").get("/api/v1/notifications"), 200).getInt("unread"));
        assertEquals(
                200,
                Api.as(base, "teacher")
                        .post("/api/v1/notifications/" + id + "/read", "")
                        .statusCode(),
                "marking it again changes nothing");

        // a cancelled project tells the teacher waiting for approval
        long cancelled = project(planId, "消息测试二", 5, Map.of(), "SELF_SELECTED", "2027-05-10", "2027-05-12", true);
        assertEquals(
                "PENDING_APPROVAL",
                json(Api.as(base, "teacher").post("/api/v1/projects/" + cancelled + "/applications", ""), 201)
                        .getString("status"));
        json(
                Api.as(base, "city")
                        .post(
                                "/api/v1/projects/" + cancelled + "/transitions",
                                "{\"action\":\"CANCEL\",\"reason\":\"承办单位无法按期举办\"}"),
                200);

        inbox = json(Api.as(base, "teacher").get("/api/v1/notifications"), 200);
        assertEquals(1, inbox.getInt("unread"), inbox.toString());
        JsonObject cancellation = find(inbox, "PROJECT_CANCELLED", cancelled);
        assertTrue(
                cancellation.getString("message").contains("消息测试二")
                        && cancellation.getString("message").contains("承办单位无法按期举办"),
                cancellation.toString());
        assertEquals(cancellation, inbox.getJsonArray("items").getJsonObject(0), "newest first");
    }

    @Test
    void anApprovalAndTheClassOpeningWithItsDatesAndPlace() throws Exception {
        long planId = plan(2003);
        long project = project(
                planId, "消息测试三", 5, Map.of(), "SELF_SELECTED", "2027-08-04", "2027-08-06", true, "临沧市教师发展中心三楼报告厅");
        JsonObject applied =
                json(Api.as(base, "teacher").post("/api/v1/projects/" + project + "/applications", ""), 201);
        json(
                Api.as(base, "linxiang")
                        .post(
                                "/api/v1/enrolments/"
                                        + applied.getJsonNumber("id").longValue() + "/decision",
                                "{\"approve\":true}"),
                200);
        JsonObject approved =
                find(json(Api.as(base, "teacher").get("/api/v1/notifications"), 200), "ENROLMENT_APPROVED", project);
        assertTrue(
                approved.getString("message").contains("消息测试三")
                        && approved.getString("message").contains("通过"),
                approved.toString());

        json(Api.as(base, "city").post("/api/v1/projects/" + project + "/transitions", "{\"action\":\"START\"}"), 200);
        JsonObject opening =
                find(json(Api.as(base, "teacher").get("/api/v1/notifications"), 200), "CLASS_OPENING", project);
        String message = opening.getString("message");
        assertTrue(
                message.contains("消息测试三")
                        && message.contains("2027-08-04")
                        && message.contains("2027-08-06")
                        && message.contains("临沧市教师发展中心三楼报告厅"),
                message);
        assertTrue(find(
                        json(Api.as(base, "teacher").inEnglish().get("/api/v1/notifications"), 200),
                        "CLASS_OPENING",
                        project)
                .getString("message")
                .startsWith("The class of"));
    }

    /** Marks every unread notice of {@code user} read. */
    private void readEverything(String user) throws Exception {
        for (int page = 0; page < 100; page++) {
            JsonObject inbox = json(Api.as(base, user).get("/api/v1/notifications?size=200&page=" + page), 200);
            if (inbox.getInt("unread") == 0) {
                return;
            }
            assertFalse(inbox.getJsonArray("items").isEmpty(), "unread notices beyond the last page: " + inbox);
            for (JsonObject n : inbox.getJsonArray("items").getValuesAs(JsonObject.class)) {
                if (!n.getBoolean("read")) {
                    json(
                            Api.as(base, user)
                                    .post(
                                            "/api/v1/notifications/"
                                                    + n.getJsonNumber("id").longValue() + "/read",
                                            ""),
                            200);
                }
            }
        }
    }

    private static JsonObject find(JsonObject inbox, String kind, long projectId) {
        return inbox.getJsonArray("items").getValuesAs(JsonObject.class).stream()
                .filter(n -> n.getString("kind").equals(kind)
                        && !n.isNull("projectId")
                        && n.getJsonNumber("projectId").longValue() == projectId)
                .findFirst()
                .orElseThrow(() -> new AssertionError("no " + kind + " for project " + projectId + ": " + inbox));
    }

    private long plan(int year) throws Exception {
        return new Scenario(base).cityPlan(year);
    }

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
        return project(planId, name, capacity, quotas, selection, from, to, open, null);
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
            boolean open,
            String place)
            throws Exception {
        var stage = Scenario.stage(capacity, from, to);
        if (place != null) {
            stage.add("place", place);
        }
        return new Scenario(base)
                .create(
                        Scenario.project(planId, name, capacity, selection, from, to)
                                .add("stages", Json.createArrayBuilder().add(stage))
                                .add("quotas", Scenario.quotas(quotas)),
                        open);
    }

    private static JsonObject json(HttpResponse<String> r, int status) {
        return Scenario.json(r, status);
    }
}
