package cn.edu.ttms.it.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.edu.ttms.domain.model.teacher.IdentityNumber;
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

/** Correcting a teacher over REST: optimistic locking with the other's change named, and clear 422s. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class TeacherEditIT {

    @ArquillianResource
    URL base;

    @Test
    void theSecondOfTwoConcurrentEditsGets409WithTheOthersChangeAndOverwritesNothing() throws Exception {
        // the county officer and the school's principal both open a teacher of that school
        Api county = Api.as(base, "linxiang");
        Api principal = Api.as(base, "principal");
        JsonObject teacher = json(principal.get("/api/v1/teachers?size=2"))
                .getJsonArray("items")
                .getJsonObject(1);
        String path = "/api/v1/teachers/" + teacher.getInt("id");
        int version = json(principal.get(path)).getInt("version");
        assertEquals(version, json(county.get(path)).getInt("version"));

        HttpResponse<String> first = county.put(path, body(version, "一号改动"));
        assertEquals(200, first.statusCode(), first.body());
        HttpResponse<String> second = principal.put(path, body(version, "二号改动"));

        assertEquals(409, second.statusCode(), second.body());
        assertTrue(second.body().contains("linxiang"), "names who changed it: " + second.body());
        assertTrue(second.body().contains("一号改动"), "shows their change: " + second.body());
        assertEquals("一号改动", json(county.get(path)).getString("title"), "nothing overwritten");
    }

    @Test
    void badInputIs422WithAClearMessage() throws Exception {
        Api staff = Api.as(base, "linxiang");
        int id = json(staff.get("/api/v1/teachers?size=1"))
                .getJsonArray("items")
                .getJsonObject(0)
                .getInt("id");
        HttpResponse<String> badStage = staff.put(
                "/api/v1/teachers/" + id, "{\"version\":0,\"name\":\"x\",\"subject\":\"数学\",\"stage\":\"UNIVERSITY\"}");
        assertEquals(422, badStage.statusCode(), badStage.body());
        assertTrue(
                badStage.body().contains("stage") && badStage.body().contains("PRIMARY"),
                "names the field and the allowed codes: " + badStage.body());
        assertTrue(badStage.headers().firstValue("Content-Type").orElse("").startsWith("application/problem+json"));

        HttpResponse<String> badId = staff.post(
                "/api/v1/teachers",
                "{\"identityNumber\":\"" + wrongCheckDigit()
                        + "\",\"schoolId\":1,\"name\":\"x\",\"subject\":\"数学\",\"stage\":\"PRIMARY\"}");
        assertEquals(422, badId.statusCode(), badId.body());
        assertTrue(badId.body().contains("校验"), "names the check digit: " + badId.body());
    }

    private static String wrongCheckDigit() {
        String valid = IdentityNumber.withCheckDigit("53090219900101001").value();
        return valid.substring(0, 17) + (valid.charAt(17) == '0' ? '1' : '0');
    }

    private static String body(int version, String title) {
        return "{\"version\":" + version + ",\"name\":\"王测试\",\"subject\":\"数学\",\"stage\":\"PRIMARY\",\"title\":\""
                + title + "\"}";
    }

    private static JsonObject json(HttpResponse<String> r) {
        assertEquals(200, r.statusCode(), r.body());
        return Json.createReader(new StringReader(r.body())).readObject();
    }

    private static String enc(String s) {
        return java.net.URLEncoder.encode(s, java.nio.charset.StandardCharsets.UTF_8);
    }
}
