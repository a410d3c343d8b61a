package cn.edu.ttms.ear;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * The EAR on GlassFish 7 (the distribution from Maven Central, unpacked under target/), set up
 * exactly as {@link FullServerDeploymentIT} sets up Payara Server 6: the README's asadmin script, an
 * empty database, the first administrator from configuration, then the README's "Putting it into
 * service" walk. GlassFish 7 has MicroProfile Config but no MicroProfile Health or OpenAPI: the
 * application still deploys without an error, says once in the log what it does without, and
 * {@code /health/*} and {@code /openapi} are not served (the README lists this).
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class GlassFishDeploymentIT {

    private static ServerDomain domain;

    private static URI base;

    @BeforeAll
    static void start() throws Exception {
        domain = ServerDomain.deployedWhileTheDatabaseIsDown("glassfish.server.dir", "ttms-gf-it");
        base = domain.base();
        domain.database().open(); // the database comes; the tests below wait for the application
    }

    @AfterAll
    static void stop() throws Exception {
        if (domain != null) {
            domain.remove();
        }
    }

    @Test
    @Order(1)
    void theEarDeploysWithoutAnErrorAndServesTheSignInPage() throws Exception {
        assertTrue(
                domain.deployTook().compareTo(Duration.ofMinutes(2)) < 0,
                "asadmin deploy returned after " + domain.deployTook() + " with the database down");

        HttpClient http =
                HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
        HttpResponse<String> login = ServerDomain.await200(
                http, HttpRequest.newBuilder(base.resolve("login.xhtml")).build());
        assertEquals(200, login.statusCode(), login.body());
        assertTrue(login.body().contains("登录教师培训管理系统"), login.body());

        // what the README says differs on GlassFish 7
        for (String absent : List.of("health/ready", "health/live", "openapi")) {
            HttpResponse<String> response = http.send(
                    HttpRequest.newBuilder(base.resolve(absent)).build(), HttpResponse.BodyHandlers.ofString());
            assertEquals(404, response.statusCode(), absent);
        }
    }

    /**
     * Read last: GlassFish 7 writes its log through an asynchronous handler, and under load the
     * deployment's lines were seen to reach the file only long after {@code asadmin deploy} returned.
     */
    @Test
    @Order(3)
    void theLogNamesWhatGlassFishLacksAndNothingSevere() throws Exception {
        String log = domain.log("MicroProfile Health is not available on this server");
        assertTrue(
                log.contains("MicroProfile Health is not available on this server"),
                "the missing health checks are named once:\n" + log);
        List<String> severe = log.lines().filter(l -> l.contains("[SEVERE]")).toList();
        assertTrue(severe.isEmpty(), "nothing SEVERE from start to deploy:\n" + log);
    }

    /** The README's walk, then a list of people's data read over the API by the first administrator. */
    @Test
    @Order(2)
    void aBureauGoesFromAnEmptyDatabaseToTeachersSigningIn() throws Exception {
        String token = Base64.getEncoder()
                .encodeToString((ProductionStart.FIRST_ADMIN + ":" + ProductionStart.FIRST_ADMIN_PASSWORD)
                        .getBytes(StandardCharsets.UTF_8));
        HttpResponse<String> me = ServerDomain.await200(
                HttpClient.newHttpClient(),
                HttpRequest.newBuilder(base.resolve("api/v1/me"))
                        .header("Authorization", "Basic " + token)
                        .build());
        assertEquals(200, me.statusCode(), me.body());

        ProductionStart start = new ProductionStart(base);
        start.walk();

        HttpResponse<String> teachers = start.getAs(ProductionStart.FIRST_ADMIN, "api/v1/teachers");
        assertEquals(200, teachers.statusCode(), teachers.body());
        JsonObject list;
        try (var reader = Json.createReader(new StringReader(teachers.body()))) {
            list = reader.readObject();
        }
        assertFalse(list.getJsonArray("items").isEmpty(), list.toString());
    }
}
