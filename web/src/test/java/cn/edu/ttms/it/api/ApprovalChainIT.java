package cn.edu.ttms.it.api;

import static cn.edu.ttms.it.api.ResultScenario.json;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.net.URL;
import java.net.http.HttpResponse;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The approval chain of a self-selected project, configurable per project (issue "Enrolment…", item 2):
 * with SCHOOL_THEN_COUNTY a teacher's application needs the school's approval first — the county's is
 * refused until then — and the county's after it; only then is the teacher enrolled.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ApprovalChainIT {

    @ArquillianResource
    URL base;

    @Test
    void theSchoolApprovesFirstThenTheCounty() throws Exception {
        ResultScenario rs = new ResultScenario(base);
        long plan = rs.plan("city", 2041);
        long project = rs.openProject(
                "city",
                ResultScenario.project(
                                plan, "两级审核测试班", "MUNICIPAL", "SELF_SELECTED", "1.2", 3, "2041-05-12", "2041-05-14")
                        .add("approvalChain", "SCHOOL_THEN_COUNTY"));
        assertEquals(
                "SCHOOL_THEN_COUNTY",
                json(Api.as(base, "city").get("/api/v1/projects/" + project), 200)
                        .getString("approvalChain"));

        JsonObject applied =
                json(Api.as(base, "teacher").post("/api/v1/projects/" + project + "/applications", ""), 201);
        assertEquals("PENDING_APPROVAL", applied.getString("status"));
        String decision = "/api/v1/enrolments/" + applied.getJsonNumber("id").longValue() + "/decision";

        HttpResponse<String> tooEarly = Api.as(base, "linxiang").post(decision, "{\"approve\":true}");
        assertEquals(409, tooEarly.statusCode(), tooEarly.body());
        assertTrue(tooEarly.body().contains("需先由学校审核"), tooEarly.body());

        JsonObject bySchool = json(Api.as(base, "principal").post(decision, "{\"approve\":true}"), 200);
        assertEquals("PENDING_APPROVAL", bySchool.getString("status"), "the county decides next: " + bySchool);
        HttpResponse<String> again = Api.as(base, "principal").post(decision, "{\"approve\":true}");
        assertEquals(409, again.statusCode(), again.body());
        assertTrue(again.body().contains("等待县（区）教育局审核"), again.body());

        JsonObject byCounty = json(Api.as(base, "linxiang").post(decision, "{\"approve\":true}"), 200);
        assertEquals("ENROLLED", byCounty.getString("status"), byCounty.toString());
        assertEquals(
                404,
                Api.as(base, "fengqing").post(decision, "{\"approve\":true}").statusCode(),
                "another county's teacher");
    }
}
