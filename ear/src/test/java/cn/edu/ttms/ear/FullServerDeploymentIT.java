package cn.edu.ttms.ear;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.Random;
import java.util.stream.IntStream;
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
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class FullServerDeploymentIT {

    private static final String DOMAIN = "ttms-it";

    /** The first administrator, from configuration, as the README tells government IT to create it. */
    static final String FIRST_ADMIN = "itadmin";

    static final String FIRST_ADMIN_PASSWORD = "First2026admin";

    private static Path home;
    private static Asadmin asadmin;
    private static int adminPort;
    static URI base;

    /**
     * One server for the class: an empty database, a fresh domain with the pool of the README's
     * script and the first administrator's settings, the EAR deployed. Everything is taken down in
     * {@link #stop}, also after a failure.
     */
    @BeforeAll
    static void start() throws Exception {
        emptyDatabase();
        home = serverHome();
        asadmin = new Asadmin(home);
        int portBase = freePortBase();
        adminPort = portBase + 48;
        base = URI.create("http://localhost:" + (portBase + 80) + "/");
        asadmin.runAllowingFailure("delete-domain", DOMAIN); // a leftover of an interrupted run
        asadmin.run("create-domain", "--nopassword=true", "--portbase", String.valueOf(portBase), DOMAIN);
        Files.copy(
                Path.of(System.getProperty("jdbc.driver")),
                home.resolve("glassfish/domains/" + DOMAIN + "/lib/mysql-connector-j.jar"));
        asadmin.run("start-domain", DOMAIN);
        asadmin.run(
                "--port",
                String.valueOf(adminPort),
                "multimode",
                "--file",
                datasourceScript().toString());
        asadmin.run(
                "--port",
                String.valueOf(adminPort),
                "create-system-properties",
                "app.admin.username=" + FIRST_ADMIN + ":app.admin.password=" + FIRST_ADMIN_PASSWORD);
        asadmin.run("--port", String.valueOf(adminPort), "deploy", "--name", "ttms", System.getProperty("ttms.ear"));
    }

    @AfterAll
    static void stop() throws Exception {
        if (asadmin == null) {
            return;
        }
        try {
            asadmin.runAllowingFailure("--port", String.valueOf(adminPort), "undeploy", "ttms");
        } finally {
            try {
                asadmin.runAllowingFailure("stop-domain", DOMAIN);
            } finally {
                asadmin.runAllowingFailure("delete-domain", DOMAIN);
            }
        }
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

        HttpResponse<String> ready = awaitReady(http, base.resolve("health/ready"));
        assertEquals(200, ready.statusCode(), ready.body());
        assertTrue(ready.body().contains("\"state\":\"READY\""), ready.body());
    }

    /** The README's "Putting it into service" walk, on this server and an empty MariaDB database. */
    @Test
    @Order(2)
    void aBureauGoesFromAnEmptyDatabaseToTeachersSigningIn() throws Exception {
        awaitReady(HttpClient.newHttpClient(), base.resolve("health/ready"));
        new ProductionStart(base).walk();
    }

    /** The database of the web tests, emptied: a production start begins with no table at all. */
    private static void emptyDatabase() throws SQLException {
        String url = System.getProperty("test.db.url");
        String name = URI.create(url.substring("jdbc:".length())).getPath().substring(1);
        String server =
                url.substring(0, url.indexOf("/" + name)) + "/" + url.substring(url.indexOf(name) + name.length());
        try (Connection c = DriverManager.getConnection(
                        server, System.getProperty("test.db.user"), System.getProperty("test.db.password"));
                Statement s = c.createStatement()) {
            s.execute("DROP DATABASE IF EXISTS `" + name + "`");
            s.execute("CREATE DATABASE `" + name + "` CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci");
        }
    }

    /** Readiness runs the migration check: give a cold server a moment after deployment. */
    private static HttpResponse<String> awaitReady(HttpClient http, URI uri) throws Exception {
        HttpResponse<String> last = null;
        for (int i = 0; i < 60; i++) {
            last = http.send(HttpRequest.newBuilder(uri).build(), HttpResponse.BodyHandlers.ofString());
            if (last.statusCode() == 200) {
                return last;
            }
            Thread.sleep(1000);
        }
        return last;
    }

    private static Path serverHome() throws IOException {
        Path unpacked = Path.of(System.getProperty("payara.server.dir"));
        try (var dirs = Files.list(unpacked)) {
            return dirs.filter(d -> Files.isDirectory(d.resolve("bin")) && Files.exists(d.resolve("bin/asadmin")))
                    .findFirst()
                    .orElseThrow(() -> new IllegalStateException("no Payara Server under " + unpacked));
        }
    }

    /** The README's script from the config module, with this test database filled in. */
    private static Path datasourceScript() throws IOException {
        String template;
        try (InputStream in =
                FullServerDeploymentIT.class.getResourceAsStream("/payara/server/create-datasource.asadmin")) {
            template = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        URI db = URI.create(System.getProperty("test.db.url").substring("jdbc:".length()));
        String script = template.replace("@DB_HOST@", db.getHost())
                .replace("@DB_PORT@", String.valueOf(db.getPort()))
                .replace("@DB_NAME@", db.getPath().substring(1))
                .replace("@DB_USER@", System.getProperty("test.db.user"))
                .replace("@DB_PASSWORD@", System.getProperty("test.db.password"));
        Path file = Files.createTempFile("create-datasource", ".asadmin");
        Files.writeString(file, script);
        return file;
    }

    /** A base whose whole block of Payara ports (base+0 … base+99) is free. */
    private static int freePortBase() {
        Random random = new Random();
        for (int attempt = 0; attempt < 50; attempt++) {
            int base = 20000 + random.nextInt(200) * 100;
            if (IntStream.of(4, 9, 37, 38, 39, 48, 66, 76, 80, 81, 86).allMatch(o -> isFree(base + o))) {
                return base;
            }
        }
        throw new IllegalStateException("no free block of ports for the Payara domain");
    }

    private static boolean isFree(int port) {
        try (ServerSocket s = new ServerSocket(port)) {
            return true;
        } catch (IOException e) {
            return false;
        }
    }
}
