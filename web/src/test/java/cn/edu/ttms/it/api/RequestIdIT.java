package cn.edu.ttms.it.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Every answer carries its request's id in {@code X-Request-Id}, and every problem document the same id as
 * {@code requestId}, so that a caller's report leads to the request's line in the log (issue 20). An id that comes
 * with the request (the balancer's) is kept when well formed and replaced otherwise.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class RequestIdIT {

    private static final String WELL_FORMED = "[A-Za-z0-9._:-]{1,64}";

    @ArquillianResource
    URL base;

    private final HttpClient http = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .followRedirects(HttpClient.Redirect.NEVER)
            .build();

    @Test
    void aProblemDocumentNamesTheIdOfItsAnswer() throws Exception {
        HttpResponse<String> missing = get("api/v1/teachers/999999999", "city", null);
        assertEquals(404, missing.statusCode(), missing.body());
        String id = header(missing);
        assertTrue(id.matches(WELL_FORMED), id);
        assertEquals(id, json(missing).getString("requestId"), missing.body());
        // a second request gets an id of its own
        assertNotEquals(id, header(get("api/v1/teachers/999999999", "city", null)));
    }

    @Test
    void aWellFormedIncomingIdIsKept() throws Exception {
        String id = "web-it.request:1-abc_DEF";
        HttpResponse<String> missing = get("api/v1/teachers/999999999", "city", id);
        assertEquals(id, header(missing));
        assertEquals(id, json(missing).getString("requestId"));
        HttpResponse<String> found = get("api/v1/me", "city", id);
        assertEquals(200, found.statusCode(), found.body());
        assertEquals(id, header(found));
    }

    @Test
    void aMalformedIncomingIdIsReplaced() throws Exception {
        for (String malformed :
                new String[] {"two words", "x".repeat(65), "id{0}", "<script>", "\"quoted\"", "caf\u00e9"}) {
            HttpResponse<String> missing = get("api/v1/teachers/999999999", "city", malformed);
            String id = header(missing);
            assertNotEquals(malformed, id);
            assertTrue(id.matches(WELL_FORMED), id);
            assertEquals(id, json(missing).getString("requestId"), malformed);
        }
    }

    @Test
    void theSignInMechanismsOwnAnswersCarryTheIdToo() throws Exception {
        // 401 is written before any filter runs
        HttpResponse<String> anonymous = get("api/v1/me", null, "web-it-401");
        assertEquals(401, anonymous.statusCode());
        assertEquals("web-it-401", header(anonymous));
        assertEquals("web-it-401", json(anonymous).getString("requestId"));
        HttpResponse<String> wrong = send(request("api/v1/me", "web-it-401b")
                .header("Authorization", basic("no-such-account", "not-a-password")));
        assertEquals(401, wrong.statusCode());
        assertEquals("web-it-401b", json(wrong).getString("requestId"));
        // pages too: the way to the sign-in page, and the page
        HttpResponse<String> redirect = get("app/home.xhtml", null, "web-it-302");
        assertEquals(302, redirect.statusCode());
        assertEquals("web-it-302", header(redirect));
        HttpResponse<String> login = get("login.xhtml", null, null);
        assertEquals(200, login.statusCode());
        assertTrue(header(login).matches(WELL_FORMED), header(login));
    }

    private HttpResponse<String> get(String path, String username, String requestId) throws Exception {
        HttpRequest.Builder request = request(path, requestId);
        if (username != null) {
            request.header("Authorization", basic(username, Api.DEMO_PASSWORD));
        }
        return send(request);
    }

    private HttpRequest.Builder request(String path, String requestId) {
        HttpRequest.Builder request = HttpRequest.newBuilder(
                        URI.create(base.toString()).resolve(path))
                .timeout(Duration.ofSeconds(60))
                .header("Accept-Language", "zh-CN")
                .GET();
        if (requestId != null) {
            request.header("X-Request-Id", requestId);
        }
        return request;
    }

    private HttpResponse<String> send(HttpRequest.Builder request) throws Exception {
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    private static String basic(String username, String password) {
        return "Basic "
                + Base64.getEncoder().encodeToString((username + ":" + password).getBytes(StandardCharsets.UTF_8));
    }

    private static String header(HttpResponse<String> response) {
        return response.headers().firstValue("X-Request-Id").orElse("");
    }

    private static JsonObject json(HttpResponse<String> response) {
        return Json.createReader(new StringReader(response.body())).readObject();
    }
}
