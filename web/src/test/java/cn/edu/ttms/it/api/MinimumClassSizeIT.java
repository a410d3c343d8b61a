package cn.edu.ttms.it.api;

import static cn.edu.ttms.it.api.ResultScenario.json;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.net.URL;
import java.net.http.HttpResponse;
import java.util.List;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A class below its minimum size (issue "Enrolment…", item 4): the minimum must lie between 1 and the
 * capacity; a class with fewer trainees cannot start — the refusal says how many and what the minimum
 * is — and the bureau cancels it with a reason, which reaches every trainee's inbox.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class MinimumClassSizeIT {

    @ArquillianResource
    URL base;

    @Test
    void aClassBelowItsMinimumCannotStartAndItsCancellationReachesTheTrainees() throws Exception {
        ResultScenario rs = new ResultScenario(base);
        long plan = rs.plan("city", 2040);

        HttpResponse<String> tooMany = Api.as(base, "city")
                .post(
                        "/api/v1/projects",
                        ResultScenario.project(
                                        plan,
                                        "最低人数超过容量",
                                        "MUNICIPAL",
                                        "DIRECTIVE",
                                        "1.2",
                                        3,
                                        "2040-05-12",
                                        "2040-05-14")
                                .add("minTrainees", 21)
                                .build()
                                .toString());
        assertEquals(422, tooMany.statusCode(), tooMany.body());
        assertTrue(
                json(tooMany, 422).getJsonArray("errors").getValuesAs(JsonObject.class).stream()
                        .anyMatch(e -> "minTrainees".equals(e.getString("field"))),
                tooMany.body());

        long project = rs.openProject(
                "city",
                ResultScenario.project(
                                plan, "最低开班人数测试班", "MUNICIPAL", "DIRECTIVE", "1.2", 3, "2040-05-12", "2040-05-14")
                        .add("minTrainees", 3));
        assertEquals(
                3,
                json(Api.as(base, "city").get("/api/v1/projects/" + project), 200)
                        .getInt("minTrainees"));
        long trainee = json(Api.as(base, "teacher2").get("/api/v1/me"), 200)
                .getJsonNumber("teacherId")
                .longValue();
        rs.nominate("city", project, List.of(trainee));

        HttpResponse<String> start =
                Api.as(base, "city").post("/api/v1/projects/" + project + "/transitions", "{\"action\":\"START\"}");
        assertEquals(409, start.statusCode(), start.body());
        assertTrue(start.body().contains("已报名 1 人") && start.body().contains("最低开班人数 3"), start.body());
        assertEquals("ENROLLING", rs.projectStatus(project));

        json(
                Api.as(base, "city")
                        .post(
                                "/api/v1/projects/" + project + "/transitions",
                                "{\"action\":\"CANCEL\",\"reason\":\"报名不足最低开班人数，本期停办\"}"),
                200);
        assertEquals("CANCELLED", rs.projectStatus(project));
        JsonObject inbox = json(Api.as(base, "teacher2").get("/api/v1/notifications?size=200"), 200);
        assertTrue(
                inbox.getJsonArray("items").getValuesAs(JsonObject.class).stream()
                        .anyMatch(n -> n.getString("kind").equals("PROJECT_CANCELLED")
                                && !n.isNull("projectId")
                                && n.getJsonNumber("projectId").longValue() == project
                                && n.getString("message").contains("本期停办")),
                inbox.toString());
    }
}
