package cn.edu.ttms.it.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.net.URL;
import java.net.http.HttpResponse;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Proposing units (workflow.md §1, issue 15): a school and a training institution draft a project into
 * a plan of the bureau above them and submit it; the bureau returns it with a reason, which the proposer
 * reads on the project and in its inbox, and approves it once resubmitted. Every refusal says why.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ProposalIT {

    @ArquillianResource
    URL base;

    @Test
    void aSchoolDraftsSubmitsIsReturnedWithAReasonResubmitsAndIsApproved() throws Exception {
        JsonObject plan = json(Api.as(base, "linxiang").post("/api/v1/plans", "{\"year\":2051}"), 201);
        long planId = plan.getJsonNumber("id").longValue();
        assertEquals("2051年临翔区教师培训计划", plan.getString("name"));
        assertEquals("临翔区", plan.getString("owner"));
        assertEquals(
                409,
                Api.as(base, "linxiang")
                        .post("/api/v1/plans", "{\"year\":2051}")
                        .statusCode(),
                "the same plan twice");
        assertEquals(
                403,
                Api.as(base, "principal")
                        .post("/api/v1/plans", "{\"year\":2051}")
                        .statusCode(),
                "a school proposes projects; it keeps no plan");
        assertEquals(
                422,
                Api.as(base, "linxiang")
                        .post("/api/v1/plans", "{\"year\":1999}")
                        .statusCode());
        assertTrue(
                json(Api.as(base, "principal").get("/api/v1/plans"), 200).getJsonArray("items").stream()
                        .map(JsonObject.class::cast)
                        .allMatch(p -> p.getString("owner").equals("临翔区")),
                "a school proposes to the county above it only");

        HttpResponse<String> countyLevel =
                Api.as(base, "principal").post("/api/v1/projects", project(planId, "COUNTY", "越级项目"));
        assertEquals(422, countyLevel.statusCode(), countyLevel.body());
        assertTrue(
                countyLevel.body().contains("\"field\":\"level\"")
                        && countyLevel.body().contains("校级"),
                countyLevel.body());

        JsonObject draft = json(
                Api.as(base, "principal").post("/api/v1/projects", project(planId, "SCHOOL", "2051 校本研修：作业设计")), 201);
        String path = "/api/v1/projects/" + draft.getJsonNumber("id").longValue();
        assertEquals("DRAFT", draft.getString("status"));
        assertEquals("临翔区第一完全小学", draft.getString("proposingUnit"), "the school is the proposing unit");
        assertEquals("临翔区第一完全小学", draft.getJsonObject("proposer").getString("name"));
        assertTrue(draft.getJsonArray("actions").toString().contains("SUBMIT"), draft.toString());

        assertEquals(404, Api.as(base, "fengqing").get(path).statusCode(), "another county's draft");
        assertEquals(404, Api.as(base, "teacher").get(path).statusCode(), "a teacher of the school");
        assertEquals(404, Api.as(base, "lead").get(path).statusCode(), "another proposing unit");
        assertEquals(
                1,
                json(Api.as(base, "linxiang").get("/api/v1/projects?year=2051"), 200)
                        .getInt("total"),
                "the owning bureau sees the draft in its plan");

        assertEquals(403, step("linxiang", path, "SUBMIT").statusCode(), "the bureau does not submit for the school");
        assertEquals("SUBMITTED", status(step("principal", path, "SUBMIT")));
        assertTrue(inbox("linxiang").contains("PROJECT_SUBMITTED"), "the bureau is told");

        JsonObject submitted = json(Api.as(base, "principal").get(path), 200);
        HttpResponse<String> late =
                Api.as(base, "principal").put(path, edited(submitted, "来不及的修改").toString());
        assertEquals(409, late.statusCode(), late.body());
        assertTrue(late.body().contains("退回"), "says the bureau must return it first: " + late.body());
        HttpResponse<String> own = step("principal", path, "APPROVE");
        assertEquals(403, own.statusCode(), "a proposer does not approve its own project: " + own.body());

        HttpResponse<String> noReason = step("linxiang", path, "RETURN");
        assertEquals(422, noReason.statusCode(), noReason.body());
        assertTrue(noReason.body().contains("\"field\":\"reason\""), noReason.body());
        assertEquals(
                "DRAFT",
                status(Api.as(base, "linxiang")
                        .post(path + "/transitions", "{\"action\":\"RETURN\",\"reason\":\"请补充各模块学时安排\"}")));

        JsonObject returned = json(Api.as(base, "principal").get(path), 200);
        assertEquals("DRAFT", returned.getString("status"));
        assertEquals("请补充各模块学时安排", returned.getString("returnReason"), "the proposer reads why");
        assertTrue(inbox("principal").contains("请补充各模块学时安排"), "and is told in its inbox");
        assertTrue(json(Api.as(base, "principal").inEnglish().get("/api/v1/notifications?size=200"), 200)
                .toString()
                .contains("was returned"));

        JsonObject revised = json(
                Api.as(base, "principal")
                        .put(path, edited(returned, "2051 校本研修：作业设计（修订）").toString()),
                200);
        assertEquals("2051 校本研修：作业设计（修订）", revised.getString("name"));
        assertEquals("SUBMITTED", status(step("principal", path, "SUBMIT")));
        assertFalse(
                json(Api.as(base, "principal").get(path), 200).containsKey("returnReason"),
                "answered by the resubmission");
        assertEquals(
                "APPROVED", status(step("linxiang", path, "APPROVE")), "the county's staff approve the school's plan");
        assertTrue(inbox("principal").contains("PROJECT_APPROVED"));
        HttpResponse<String> publish = step("principal", path, "PUBLISH");
        assertEquals(403, publish.statusCode(), "nor publishes it: " + publish.body());
        assertEquals(
                1,
                json(Api.as(base, "principal").get("/api/v1/projects?year=2051"), 200)
                        .getInt("total"));
    }

    @Test
    void anInstitutionProposesToTheCityAtItsLevelOrLower() throws Exception {
        long planId = json(
                        Api.as(base, "city").post("/api/v1/plans", "{\"year\":2052,\"name\":\"2052年临沧市教师培训计划（机构申报）\"}"),
                        201)
                .getJsonNumber("id")
                .longValue();
        assertTrue(json(Api.as(base, "lead").get("/api/v1/plans?size=500"), 200).getJsonArray("items").stream()
                .map(JsonObject.class::cast)
                .anyMatch(p -> p.getJsonNumber("id").longValue() == planId));
        HttpResponse<String> tooHigh =
                Api.as(base, "lead").inEnglish().post("/api/v1/projects", project(planId, "PROVINCIAL", "省级项目"));
        assertEquals(422, tooHigh.statusCode(), tooHigh.body());
        assertTrue(tooHigh.body().contains("\"field\":\"level\""), tooHigh.body());
        HttpResponse<String> otherBureau = Api.as(base, "lead")
                .post(
                        "/api/v1/projects",
                        project(
                                json(
                                                Api.as(base, "linxiang")
                                                        .post(
                                                                "/api/v1/plans",
                                                                "{\"year\":2052,\"name\":\"临翔区2052年机构申报测试计划\"}"),
                                                201)
                                        .getJsonNumber("id")
                                        .longValue(),
                                "COUNTY",
                                "县级计划"));
        assertEquals(
                404,
                otherBureau.statusCode(),
                "the city's centre proposes to the city, not to a county: " + otherBureau.body());

        JsonObject draft = json(
                Api.as(base, "lead").post("/api/v1/projects", projectAt(planId, "MUNICIPAL", "2052 初中物理实验教学研修", "1.2")),
                201);
        String path = "/api/v1/projects/" + draft.getJsonNumber("id").longValue();
        assertEquals("临沧市教师发展中心", draft.getString("proposingUnit"));
        JsonObject listed = json(Api.as(base, "lead").get("/api/v1/projects?size=500"), 200);
        long lead = ResultScenario.accountId("lead");
        assertTrue(
                listed.getJsonArray("items").stream()
                        .map(JsonObject.class::cast)
                        .map(p -> json(get("lead", "/api/v1/projects/" + p.getJsonNumber("id")), 200))
                        .allMatch(p -> "临沧市教师发展中心".equals(p.getString("proposingUnit", null))
                                || p.containsKey("leadId")
                                        && !p.isNull("leadId")
                                        && p.getJsonNumber("leadId").longValue() == lead),
                "an institution's lead lists only what it proposed and what they lead (issue 17, item 7): " + listed);

        assertEquals("SUBMITTED", status(step("lead", path, "SUBMIT")));
        assertEquals("APPROVED", status(step("city", path, "APPROVE")));
    }

    private HttpResponse<String> get(String user, String path) {
        try {
            return Api.as(base, user).get(path);
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }

    private String inbox(String user) throws Exception {
        return json(Api.as(base, user).get("/api/v1/notifications?size=200"), 200)
                .toString();
    }

    private static String project(long planId, String level, String name) {
        return projectAt(planId, level, name, "SCHOOL".equals(level) ? "0.8" : "1.2");
    }

    private static String projectAt(long planId, String level, String name, String rate) {
        return Json.createObjectBuilder()
                .add("planId", planId)
                .add("name", name)
                .add("level", level)
                .add("selection", "DIRECTIVE")
                .add("capacity", 40)
                .add("creditRate", rate)
                .add(
                        "stages",
                        Json.createArrayBuilder()
                                .add(Json.createObjectBuilder()
                                        .add("form", "LOCAL_CONCENTRATED")
                                        .add("daysLocal", 2)
                                        .add("daysTotal", 2)
                                        .add("trainees", 40)))
                .build()
                .toString();
    }

    private static JsonObject edited(JsonObject read, String name) {
        return Json.createObjectBuilder(read).add("name", name).build();
    }

    private HttpResponse<String> step(String user, String path, String action) throws Exception {
        return Api.as(base, user).post(path + "/transitions", "{\"action\":\"" + action + "\"}");
    }

    private static String status(HttpResponse<String> r) {
        return json(r, 200).getString("status");
    }

    private static JsonObject json(HttpResponse<String> r, int status) {
        assertEquals(status, r.statusCode(), r.body());
        return Json.createReader(new StringReader(r.body())).readObject();
    }
}
