package cn.edu.ttms.ops;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Issue 17 item 10: while a node starts ({@code ops/bin/node.sh}), {@code /} answers the "starting" page, 503
 * with Retry-After, in Chinese and English, instead of the server's bare 404; {@code /health/ready} never answers
 * 200 before the node is ready (HAProxy's check, ops/bin/cluster.sh), and once ready {@code /} is the application.
 * One node on the embedded database, watched every half second from its start.
 */
class StartingPageIT {

    private static final String STARTING = "系统正在启动";

    @Test
    void whileTheNodeStartsTheRootAnswersTheStartingPageNotABare404() throws Exception {
        Path dir = Ops.workDir("starting-page");
        HttpClient http = Ops.insecureHttp();
        List<String> seen = new ArrayList<>();
        HttpResponse<String> starting = null;
        try (Node node = Node.start(dir, Node.freePort(), Map.of())) {
            long deadline = System.nanoTime() + Duration.ofMinutes(5).toNanos();
            int ready = 0;
            while (ready != 200) {
                assertTrue(System.nanoTime() < deadline, "not ready after 5 minutes: " + seen + "\n" + node.tail(40));
                HttpResponse<String> root = get(http, node, "/");
                ready = status(get(http, node, "/health/ready"));
                if (root != null && root.body().contains(STARTING)) {
                    starting = root;
                    assertNotEquals(200, ready, "/health/ready answered 200 while / answered the starting page");
                }
                String sample = status(root) + "/" + ready;
                if (seen.isEmpty() || !seen.get(seen.size() - 1).equals(sample)) {
                    seen.add(sample); // "/" and /health/ready, each change once
                }
                Thread.sleep(500);
            }
            assertTrue(starting != null, "the starting page was never answered; / and /health/ready were: " + seen);
            assertEquals(503, starting.statusCode(), seen.toString());
            assertEquals("5", starting.headers().firstValue("Retry-After").orElse(""));
            assertTrue(starting.headers().firstValue("Content-Type").orElse("").contains("text/html"));
            assertTrue(starting.body().contains("The system is starting"), "and in English: " + starting.body());

            HttpResponse<String> app = get(http, node, "/login.xhtml");
            assertEquals(200, app.statusCode(), "the application once ready");
            assertFalse(app.body().contains(STARTING));
            assertFalse(get(http, node, "/").body().contains(STARTING), "/ is the application once ready");
            System.out.println("StartingPageIT: / and /health/ready during the start: " + seen);
        }
    }

    private static HttpResponse<String> get(HttpClient http, Node node, String path) throws InterruptedException {
        try {
            return http.send(
                    HttpRequest.newBuilder(node.base().resolve(path))
                            .timeout(Duration.ofSeconds(5))
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
        } catch (IOException notListening) {
            return null;
        }
    }

    private static int status(HttpResponse<String> response) {
        return response == null ? 0 : response.statusCode();
    }
}
