package cn.edu.ttms.it.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
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

/** {@code GET /api/v1/me} with HTTP Basic, as api.md describes it, and the 401s around it. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class MeIT {

    @ArquillianResource
    URL base;

    @Test
    void aCountyOfficerSeesHerAccountAndOrganisation() throws Exception {
        HttpResponse<String> me = Api.as(base, "linxiang").get("/api/v1/me");
        assertEquals(200, me.statusCode(), me.body());
        JsonObject json = Json.createReader(new StringReader(me.body())).readObject();
        assertEquals("linxiang", json.getString("username"));
        assertEquals("BUREAU_STAFF", json.getJsonArray("roles").getString(0));
        assertEquals("临翔区", json.getJsonObject("organisation").getString("name"));
        assertEquals("COUNTY", json.getJsonObject("organisation").getString("level"));
        assertTrue(json.getJsonObject("organisation").getJsonNumber("id").longValue() > 0);
    }

    @Test
    void noCredentialsIs401ProblemJsonInChinese() throws Exception {
        HttpResponse<String> r = Api.anonymous(base).get("/api/v1/me");
        assertEquals(401, r.statusCode());
        assertTrue(r.headers().firstValue("WWW-Authenticate").orElse("").startsWith("Basic"));
        assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith("application/problem+json"));
        assertTrue(r.body().contains("未登录"), r.body());
    }

    @Test
    void aWrongPasswordIs401() throws Exception {
        HttpResponse<String> r =
                Api.as(base, "city", "not-the-password").inEnglish().get("/api/v1/me");
        assertEquals(401, r.statusCode());
        assertTrue(r.body().contains("Unauthorized"), r.body());
    }
}
