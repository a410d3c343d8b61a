package cn.edu.ttms.ear;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * The EAR as government IT deploys it: on a real, full Payara Server 6 (the distribution from
 * Maven Central, unpacked under target/), with the MariaDB pool created by asadmin from the very
 * script the README tells IT to run, on an empty database with demo data off (the default away from
 * the embedded database). The domain is stopped and deleted afterwards, also on failure.
 * {@link GlassFishDeploymentIT} does the same on GlassFish 7.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class FullServerDeploymentIT {

    private static ServerDomain domain;
    static URI base;

    /**
     * One server for the class: an empty database, a fresh domain with the pool of the README's
     * script and the first administrator's settings, the EAR deployed while the database is down
     * (the pool points at a {@link DatabaseLink} that is still closed). Everything is taken down in
     * {@link #stop}, also after a failure.
     */
    @BeforeAll
    static void start() throws Exception {
        domain = ServerDomain.deployedWhileTheDatabaseIsDown("payara.server.dir", "ttms-it");
        base = domain.base();
    }

    @AfterAll
    static void stop() throws Exception {
        if (domain != null) {
            domain.remove();
        }
    }

    /**
     * A database that is down never holds {@code asadmin deploy}: the EAR deploys, readiness says
     * the database is unreachable, and the application connects by itself once the database comes.
     */
    @Test
    @Order(0)
    void theEarDeploysWhileTheDatabaseIsDownAndConnectsWhenItComes() throws Exception {
        assertTrue(
                domain.deployTook().compareTo(Duration.ofMinutes(2)) < 0,
                "asadmin deploy returned after " + domain.deployTook() + " with the database down");
        HttpClient http =
                HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
        HttpResponse<String> down = http.send(
                HttpRequest.newBuilder(base.resolve("health/ready")).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(503, down.statusCode(), down.body());
        assertTrue(down.body().contains("UNREACHABLE"), down.body());

        domain.database().open();
        HttpResponse<String> ready = awaitReady(http);
        assertEquals(200, ready.statusCode(), ready.body());
        assertTrue(ready.body().contains("\"state\":\"READY\""), ready.body());
    }

    @Test
    @Order(1)
    void theEarDeploysServesTheSignInPageAndIsReady() throws Exception {
        HttpClient http =
                HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
        HttpResponse<String> login = http.send(
                HttpRequest.newBuilder(base.resolve("login.xhtml")).build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        assertEquals(200, login.statusCode(), login.body());
        assertTrue(login.body().contains("登录教师培训管理系统"), login.body());

        HttpResponse<String> ready = awaitReady(http);
        assertEquals(200, ready.statusCode(), ready.body());
        assertTrue(ready.body().contains("\"state\":\"READY\""), ready.body());
    }

    /** The README's "Putting it into service" walk, on this server and an empty MariaDB database. */
    @Test
    @Order(2)
    void aBureauGoesFromAnEmptyDatabaseToTeachersSigningIn() throws Exception {
        awaitReady(HttpClient.newHttpClient());
        new ProductionStart(base).walk();
    }

    /** Readiness runs the migration check: give a cold server a moment after deployment. */
    private static HttpResponse<String> awaitReady(HttpClient http) throws Exception {
        return ServerDomain.await200(
                http, HttpRequest.newBuilder(base.resolve("health/ready")).build());
    }
}
