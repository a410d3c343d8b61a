package cn.edu.ttms.ops;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Two nodes in Payara's data grid behind HAProxy, against one MariaDB, started by the README's own command
 * ({@code ops/bin/cluster.sh start}) — the cluster of issue 20, tested with real processes on loopback: what
 * one node decides holds on the other at once, the nightly verification runs once, nominations on both nodes
 * never oversell, and a browser whose node is killed with {@code kill -9} carries on with its half-filled form
 * on the other node without signing in again. Last, no node logged state it could not replicate.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ClusterIT {

    private static final Pattern RAN = Pattern.compile("Nightly verification: (\\S+) runs it for (\\S+)");

    private static OpsDatabase db;
    private static Path dir;
    private static Map<String, String> env;
    private static URI balancer;
    private static URI node1;
    private static URI node2;

    @BeforeAll
    static void startTheCluster() throws Exception {
        db = OpsDatabase.fresh("cluster");
        dir = Ops.workDir("cluster");
        int balancerPort = Node.freePort();
        int port1 = Node.freePort();
        int port2 = Node.freePort();
        env = new HashMap<>(Node.database(db));
        env.put("APP_DEMO_DATA", "true");
        env.put("TTMS_CLUSTER_DIR", dir.toString());
        env.put("TTMS_BALANCER_PORT", String.valueOf(balancerPort));
        env.put("TTMS_NODE_PORTS", port1 + " " + port2);
        env.put("TTMS_DATAGRID_PORT", String.valueOf(twoFreePorts()));
        // a data grid of this run's own: never joins another cluster on the machine
        env.put("TTMS_CLUSTER_NAME", "ttms-it-" + UUID.randomUUID().toString().substring(0, 8));
        // the "nightly" run every five seconds, so that both nodes' timers race for today within the test
        env.put("APP_VERIFICATION_SCHEDULE", "*/5 * *");
        String out = cluster("start");
        assertTrue(out.contains("cluster ready"), out);
        balancer = URI.create("http://127.0.0.1:" + balancerPort + "/");
        node1 = URI.create("http://127.0.0.1:" + port1 + "/");
        node2 = URI.create("http://127.0.0.1:" + port2 + "/");
    }

    @AfterAll
    static void stopTheCluster() throws Exception {
        if (env != null) {
            cluster("stop");
        }
    }

    @Test
    @Order(1)
    void bothNodesServeBehindTheBalancerInOneDataGrid() throws Exception {
        for (URI node : List.of(node1, node2, balancer)) {
            assertEquals(200, Api.as(node, "city").get("/health/ready").statusCode(), node.toString());
            assertEquals(200, Api.as(node, "city").get("/api/v1/me").statusCode(), node.toString());
        }
        String log = log(1) + log(2);
        assertTrue(log.contains("DG Size: 2"), "the two nodes found each other in the data grid");
        // both nodes started together on a new database with APP_DEMO_DATA=true: one loaded it, the other skipped
        String console =
                Files.readString(dir.resolve("node1/console.log")) + Files.readString(dir.resolve("node2/console.log"));
        assertEquals(1, count(console, "Demo data 'organisations-and-accounts' loaded"), "loaded once");
        assertEquals(1, count(console, "another node of the cluster has claimed the loading"), "skipped once");
        assertFalse(console.contains("A start-up task after the migration failed"), excerpt(console, "start-up task"));
        assertEquals(1, db.number("SELECT COUNT(*) FROM organisation WHERE name = '临翔区'"));
    }

    @Test
    @Order(2)
    void theNightlyVerificationRunsOncePerCluster() throws Exception {
        // both timers fire every five seconds; the first to claim today runs it, every other firing skips
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (ran().isEmpty() && System.nanoTime() < deadline) {
            Thread.sleep(1000);
        }
        Thread.sleep(12_000); // two more firings on each node
        List<String> ran = ran();
        assertEquals(1, ran.size(), "one run in the cluster: " + ran);
        String today = LocalDate.now().toString();
        assertTrue(ran.get(0).endsWith(" " + today), ran.get(0));
        String skipped = "already run today on this cluster";
        assertTrue(count(log(1), skipped) + count(log(2), skipped) >= 3, "the other firings skipped it");
        assertTrue(count(log(1), skipped) >= 1 && count(log(2), skipped) >= 1, "on both nodes");
        assertEquals(
                1,
                db.number("SELECT COUNT(*) FROM scheduled_run WHERE job = 'nightly-verification' AND run_on = '" + today
                        + "'"));
    }

    @Test
    @Order(3)
    void aLockOutOnOneNodeHoldsOnTheOther() throws Exception {
        String name = "cl-lock-" + suffix();
        ready(name, "临翔区", "BUREAU_STAFF");
        assertEquals(200, Api.as(node2, name, "Eigen2026pass").get("/api/v1/me").statusCode());
        for (int i = 1; i <= 6; i++) {
            assertEquals(
                    401, Api.as(node1, name, "wrong-" + i).get("/api/v1/me").statusCode());
        }
        assertEquals(
                401,
                Api.as(node2, name, "Eigen2026pass").get("/api/v1/me").statusCode(),
                "locked on node 1, refused on node 2, which had remembered the right password");
    }

    @Test
    @Order(4)
    void aDisabledAccountAndAChangedPasswordTakeEffectOnTheOtherNodeAtOnce() throws Exception {
        String off = "cl-off-" + suffix();
        JsonObject account = ready(off, "凤庆县", "BUREAU_STAFF");
        Api onNode2 = Api.as(node2, off, "Eigen2026pass");
        assertEquals(200, onNode2.get("/api/v1/teachers?size=1").statusCode(), "node 2 remembers the credential");
        HttpResponse<String> disabled = Api.as(node1, "admin")
                .put(
                        "/api/v1/accounts/" + account.getInt("id"),
                        "{\"displayName\":\"停用的同事\",\"organisationId\":"
                                + account.getJsonObject("organisation").getInt("id")
                                + ",\"roles\":[\"BUREAU_STAFF\"],\"enabled\":false}");
        assertEquals(200, disabled.statusCode(), disabled.body());
        assertEquals(401, onNode2.get("/api/v1/teachers?size=1").statusCode(), "disabled on node 1");

        String moved = "cl-pw-" + suffix();
        ready(moved, "临翔区", "BUREAU_STAFF");
        Api old = Api.as(node2, moved, "Eigen2026pass");
        assertEquals(200, old.get("/api/v1/me").statusCode());
        HttpResponse<String> changed = Api.as(node1, moved, "Eigen2026pass")
                .post("/api/v1/me/password", "{\"current\":\"Eigen2026pass\",\"next\":\"Zweite2026pass\"}");
        assertEquals(204, changed.statusCode(), changed.body());
        assertEquals(401, old.get("/api/v1/me").statusCode(), "the old password, changed on node 1");
        assertEquals(
                200, Api.as(node2, moved, "Zweite2026pass").get("/api/v1/me").statusCode());
    }

    @Test
    @Order(5)
    void aSigningLockOnOneNodeHoldsOnTheOther() throws Exception {
        // the demo's 跟岗研修 class is SIGNED by its lead and waits for the city reviewer's countersignature
        JsonObject batches = Api.json(Api.as(node1, "cityreviewer").get("/api/v1/result-batches?status=SIGNED"));
        assertFalse(batches.getJsonArray("items").isEmpty(), batches.toString());
        long batch = batches.getJsonArray("items")
                .getJsonObject(0)
                .getJsonNumber("id")
                .longValue();
        String path = "/api/v1/result-batches/" + batch + "/signatures";
        for (int i = 1; i <= 5; i++) {
            HttpResponse<String> wrong = Api.as(node1, "cityreviewer").post(path, "{\"pin\":\"wrong-" + i + "\"}");
            assertEquals(i < 5 ? 422 : 429, wrong.statusCode(), wrong.body());
        }
        HttpResponse<String> right = Api.as(node2, "cityreviewer").post(path, "{\"pin\":\"123456\"}");
        assertEquals(429, right.statusCode(), "locked on node 1, refused on node 2: " + right.body());
        assertTrue(right.body().contains("签名已锁定至"), right.body());
        assertEquals(
                "SIGNED",
                Api.json(Api.as(node2, "cityreviewer").get("/api/v1/result-batches/" + batch))
                        .getString("status"));
    }

    @Test
    @Order(6)
    void nominationsOnBothNodesAtOnceNeverOversell() throws Exception {
        int capacity = 10;
        long plan = Api.json(created(
                        Api.as(balancer, "city").post("/api/v1/plans", "{\"year\":2061,\"name\":\"2061年临沧市集群测试计划\"}")))
                .getJsonNumber("id")
                .longValue();
        String project = "{\"planId\":" + plan + ",\"name\":\"集群报名测试班\",\"level\":\"MUNICIPAL\","
                + "\"selection\":\"DIRECTIVE\",\"capacity\":" + capacity + ",\"creditRate\":\"1.2\","
                + "\"stages\":[{\"form\":\"LOCAL_CONCENTRATED\",\"daysTotal\":3,\"trainees\":" + capacity
                + ",\"startDate\":\"2061-05-10\",\"endDate\":\"2061-05-12\"}]}";
        long id = Api.json(created(Api.as(balancer, "city").post("/api/v1/projects", project)))
                .getJsonNumber("id")
                .longValue();
        String transitions = "/api/v1/projects/" + id + "/transitions";
        ok(Api.as(balancer, "city").post(transitions, "{\"action\":\"SUBMIT\"}"));
        ok(Api.as(balancer, "cityreviewer").post(transitions, "{\"action\":\"APPROVE\"}"));
        ok(Api.as(balancer, "admin")
                .post(transitions, "{\"action\":\"PUBLISH\",\"outsideWindow\":true,\"reason\":\"集群测试\"}"));
        ok(Api.as(balancer, "city").post(transitions, "{\"action\":\"OPEN_ENROLMENT\"}"));

        List<Long> teachers = new ArrayList<>();
        for (var item : Api.json(Api.as(balancer, "city").get("/api/v1/teachers?size=40"))
                .getJsonArray("items")
                .getValuesAs(JsonObject.class)) {
            teachers.add(item.getJsonNumber("id").longValue());
        }
        assertEquals(40, teachers.size());
        ExecutorService pool = Executors.newFixedThreadPool(16);
        List<Future<HttpResponse<String>>> answers = new ArrayList<>();
        for (int i = 0; i < teachers.size(); i++) {
            URI node = i % 2 == 0 ? node1 : node2;
            String body = "{\"teacherId\":" + teachers.get(i) + "}";
            answers.add(pool.submit(() -> Api.as(node, "city").post("/api/v1/projects/" + id + "/enrolments", body)));
        }
        int enrolled = 0;
        int full = 0;
        List<String> other = new ArrayList<>();
        for (var answer : answers) {
            HttpResponse<String> r = answer.get();
            if (r.statusCode() == 201) {
                enrolled++;
            } else if (r.statusCode() == 409) {
                full++;
            } else {
                other.add(r.statusCode() + " " + r.body());
            }
        }
        pool.shutdown();
        assertEquals(List.of(), other, "every nomination is taken or refused as full");
        assertEquals(capacity, enrolled, "every place taken, none twice");
        assertEquals(teachers.size() - capacity, full);
        JsonObject roster = Api.json(Api.as(balancer, "city").get("/api/v1/projects/" + id + "/roster?size=100"));
        assertEquals(capacity, roster.getInt("total"), "never oversold");
    }

    @Test
    @Order(7)
    void aBrowserWhoseNodeIsKilledCarriesOnWithItsHalfFilledFormOnTheOther() throws Exception {
        ok(Api.as(balancer, "linxiang").post("/api/v1/plans", "{\"year\":2062,\"name\":\"2062年临翔区集群计划\"}"));
        WebDriver browser = Chromium.start();
        try {
            WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(45));
            browser.get(balancer.resolve("/login.xhtml").toString());
            wait.until(d -> Boolean.TRUE.equals(((JavascriptExecutor) d)
                    .executeScript("return document.readyState === 'complete' && !!window.PrimeFaces;")));
            browser.findElement(By.id("login:username")).sendKeys("principal");
            browser.findElement(By.id("login:password")).sendKeys(Api.DEMO_PASSWORD);
            browser.findElement(By.id("login:submit")).click();
            wait.ignoring(org.openqa.selenium.WebDriverException.class)
                    .until(ExpectedConditions.presenceOfElementLocated(By.id("homeHeading")));
            browser.get(balancer.resolve("/app/projects/edit.xhtml").toString());
            wait.until(ExpectedConditions.elementToBeClickable(By.partialLinkText("2062年临翔区集群计划")))
                    .click();
            wait.until(ExpectedConditions.presenceOfElementLocated(By.id("project:name")))
                    .sendKeys("2062 集群：半填的表单");
            browser.findElement(By.id("project:creditRate")).sendKeys("0.8");
            browser.findElement(By.id("project:capacity")).sendKeys("30");
            // 合计 is derived from its parts as they are typed (issue 17 item 4), re-rendering the field
            browser.findElement(By.id("project:stages:0:daysLocal")).sendKeys("2", Keys.TAB);
            derived(wait, 0, "2");
            browser.findElement(By.id("project:stages:0:trainees")).sendKeys("30");
            // a second stage row exists only in the view's state on the server
            browser.findElement(By.id("project:addStage")).click();
            wait.until(ExpectedConditions.presenceOfElementLocated(By.id("project:stages:1:daysLocal")));

            String served = browser.manage().getCookieNamed("TTMS_NODE").getValue();
            long pid = Long.parseLong(
                    Files.readString(dir.resolve(served + "/pid")).strip());
            ProcessHandle.of(pid).orElseThrow().destroyForcibly();
            ProcessHandle.of(pid).ifPresent(p -> p.onExit().join());

            browser.findElement(By.id("project:stages:1:daysLocal")).sendKeys("1", Keys.TAB);
            derived(wait, 1, "1");
            browser.findElement(By.id("project:stages:1:trainees")).sendKeys("30");
            browser.findElement(By.id("project:save")).click();
            wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("projectStatus"), "草稿"));
            assertTrue(browser.getCurrentUrl().contains("/app/projects/view.xhtml"), browser.getCurrentUrl());
            assertEquals(
                    "2062 集群：半填的表单",
                    browser.findElement(By.id("projectName")).getText().strip());
            assertNotEquals(
                    served,
                    browser.manage().getCookieNamed("TTMS_NODE").getValue(),
                    "the balancer moved the browser to the living node");
            String id = browser.getCurrentUrl().replaceAll(".*[?&]id=(\\d+).*", "$1");
            JsonObject saved = Api.json(Api.as(balancer, "linxiang").get("/api/v1/projects/" + id));
            assertEquals(2, saved.getJsonArray("stages").size(), "both stages, one of them only in the view");
        } finally {
            browser.quit();
        }
    }

    /** Waits until the form has derived a stage's 合计; Ajax may replace the field meanwhile. */
    private static void derived(WebDriverWait wait, int stage, String days) {
        wait.ignoring(org.openqa.selenium.StaleElementReferenceException.class)
                .until(ExpectedConditions.attributeToBe(
                        By.id("project:stages:" + stage + ":daysTotal"), "value", days));
    }

    @Test
    @Order(8)
    void noNodeLoggedStateItCouldNotReplicate() throws Exception {
        for (int n = 1; n <= 2; n++) {
            String log = log(n);
            assertFalse(log.contains("NotSerializableException"), "node" + n + ": " + excerpt(log, "NotSerializable"));
            assertFalse(log.contains("Cannot serialize"), "node" + n + ": " + excerpt(log, "Cannot serialize"));
        }
    }

    // --- helpers

    private static String cluster(String command) throws IOException, InterruptedException {
        ProcessBuilder builder = new ProcessBuilder(
                        Ops.root().resolve("ops/bin/cluster.sh").toString(), command)
                .redirectErrorStream(true);
        builder.environment().putAll(Ops.nodeEnvironment());
        builder.environment().putAll(env);
        Process process = builder.start();
        String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        int exit = process.waitFor();
        if (exit != 0) {
            throw new AssertionError("cluster.sh " + command + " failed (" + exit + "):\n" + out);
        }
        return out;
    }

    private static String log(int node) throws IOException {
        return Node.logIn(dir.resolve("node" + node));
    }

    /** The nightly runs the two nodes logged, as "node day" (console and file carry the same lines: once). */
    private static List<String> ran() throws IOException {
        List<String> runs = new ArrayList<>();
        for (int n = 1; n <= 2; n++) {
            Matcher m = RAN.matcher(Files.readString(dir.resolve("node" + n + "/console.log")));
            while (m.find()) {
                runs.add(m.group(1) + " " + m.group(2));
            }
        }
        return runs;
    }

    private static int count(String text, String what) {
        int n = 0;
        for (int i = text.indexOf(what); i >= 0; i = text.indexOf(what, i + 1)) {
            n++;
        }
        return n;
    }

    private static String excerpt(String log, String what) {
        int i = log.indexOf(what);
        return i < 0 ? "" : log.substring(Math.max(0, i - 600), Math.min(log.length(), i + 400));
    }

    /** An account opened by the administrator on node 1, its own password set: ready to sign in anywhere. */
    private static JsonObject ready(String username, String unit, String role) throws Exception {
        long unitId = unitId(unit);
        HttpResponse<String> opened = Api.as(node1, "admin")
                .post(
                        "/api/v1/accounts",
                        "{\"username\":\"" + username + "\",\"displayName\":\"集群测试\",\"organisationId\":" + unitId
                                + ",\"roles\":[\"" + role + "\"]}");
        JsonObject account = Api.json(created(opened));
        HttpResponse<String> set = Api.as(node1, username, account.getString("initialPassword"))
                .post(
                        "/api/v1/me/password",
                        "{\"current\":\"" + account.getString("initialPassword") + "\",\"next\":\"Eigen2026pass\"}");
        assertEquals(204, set.statusCode(), set.body());
        return account;
    }

    private static long unitId(String name) throws Exception {
        return db.number("SELECT id FROM organisation WHERE name = '" + name + "'");
    }

    private static HttpResponse<String> created(HttpResponse<String> r) {
        assertEquals(201, r.statusCode(), r.body());
        return r;
    }

    private static HttpResponse<String> ok(HttpResponse<String> r) {
        assertTrue(r.statusCode() == 200 || r.statusCode() == 201, r.statusCode() + " " + r.body());
        return r;
    }

    private static String suffix() {
        return Long.toString(System.nanoTime() % 1_000_000, 36);
    }

    /** The first of two free consecutive ports, for the nodes' data-grid listeners. */
    private static int twoFreePorts() throws IOException {
        for (int attempt = 0; attempt < 50; attempt++) {
            int first;
            try (ServerSocket a = new ServerSocket(0)) {
                first = a.getLocalPort();
            }
            try (ServerSocket a = new ServerSocket(first);
                    ServerSocket b = new ServerSocket(first + 1)) {
                return first;
            } catch (IOException taken) {
                // try another pair
            }
        }
        throw new IOException("no two free consecutive ports");
    }
}
