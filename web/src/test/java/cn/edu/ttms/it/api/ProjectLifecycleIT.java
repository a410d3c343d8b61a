package cn.edu.ttms.it.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.net.URL;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.Month;
import java.util.EnumSet;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The life cycle over the API: each step by the role that owns it, refusals with a reason, the
 * publication window of the shipped policy (March and September), and cancelling with a reason.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ProjectLifecycleIT {

    private static final String PLAN = "序号\t申报单位\t项目类别\t项目名称\t培训形式\t培训对象\t培训天数\t\t\t培训人数\t承办单位\n"
            + "\t\t\t\t\t\t异地\t本地\t合计\t\t\n"
            + "1\t临沧市教师发展中心\t名师培养\t临沧市骨干教师研修班(L101)\t本地集中\t全市骨干教师\t\t5\t5\t60\t临沧市教师发展中心\n"
            + "2\t临沧市教师发展中心\t部门中心工作\t临沧市班主任培训班(L102)\t本地集中\t全市班主任\t\t3\t3\t80\t临沧市教师发展中心\n";

    @ArquillianResource
    URL base;

    @Test
    void eachStepByItsRoleWithReasonsForEveryRefusal() throws Exception {
        json(
                Api.as(base, "city")
                        .upload(
                                "/api/v1/plans/import?dryRun=false&year=2020",
                                "plan.txt",
                                PLAN.getBytes(StandardCharsets.UTF_8)),
                200);
        JsonObject first = json(Api.as(base, "city").get("/api/v1/projects?year=2020&size=10"), 200)
                .getJsonArray("items")
                .getJsonObject(0);
        String path = "/api/v1/projects/" + first.getInt("id") + "/transitions";

        assertEquals(404, step("linxiang", path, "SUBMIT").statusCode(), "a county cannot see the city's drafts");
        HttpResponse<String> tooEarly = step("city", path, "PUBLISH");
        assertEquals(409, tooEarly.statusCode(), tooEarly.body());
        assertTrue(tooEarly.body().contains("草稿"), tooEarly.body());
        assertEquals("SUBMITTED", status(step("city", path, "SUBMIT")));
        HttpResponse<String> notReviewer = step("city", path, "APPROVE");
        assertEquals(403, notReviewer.statusCode(), notReviewer.body());
        assertTrue(notReviewer.body().contains("BUREAU_REVIEWER"), notReviewer.body());
        assertEquals("APPROVED", status(step("cityreviewer", path, "APPROVE")));

        boolean inWindow = EnumSet.of(Month.MARCH, Month.SEPTEMBER)
                .contains(LocalDate.now().getMonth());
        if (inWindow) {
            assertEquals("PUBLISHED", status(step("city", path, "PUBLISH")));
        } else {
            HttpResponse<String> outside = step("city", path, "PUBLISH");
            assertEquals(422, outside.statusCode(), outside.body());
            assertTrue(outside.body().contains("3、9"), "names the windows: " + outside.body());
            HttpResponse<String> noReason =
                    Api.as(base, "admin").post(path, "{\"action\":\"PUBLISH\",\"outsideWindow\":true}");
            assertEquals(422, noReason.statusCode(), noReason.body());
            assertEquals(
                    "PUBLISHED",
                    status(Api.as(base, "admin")
                            .post(path, "{\"action\":\"PUBLISH\",\"outsideWindow\":true,\"reason\":\"市委临时部署的专项培训\"}")));
        }
        assertEquals(
                1,
                json(Api.as(base, "linxiang").get("/api/v1/projects?year=2020&status=PUBLISHED"), 200)
                        .getInt("total"),
                "published: now visible to the counties below");
        HttpResponse<String> countyCancel = step("linxiang", path, "CANCEL");
        assertEquals(
                403, countyCancel.statusCode(), "a county cannot cancel the city's project: " + countyCancel.body());

        HttpResponse<String> noReason = step("city", path, "CANCEL");
        assertEquals(422, noReason.statusCode(), noReason.body());
        assertEquals(
                "CANCELLED", status(Api.as(base, "city").post(path, "{\"action\":\"CANCEL\",\"reason\":\"报名人数不足\"}")));
        assertEquals(409, step("city", path, "START").statusCode(), "nothing after a cancellation");
    }

    private HttpResponse<String> step(String user, String path, String action) throws Exception {
        return Api.as(base, user).post(path, "{\"action\":\"" + action + "\"}");
    }

    private static String status(HttpResponse<String> r) {
        return json(r, 200).getString("status");
    }

    private static JsonObject json(HttpResponse<String> r, int status) {
        assertEquals(status, r.statusCode(), r.body());
        return Json.createReader(new StringReader(r.body())).readObject();
    }
}
