package cn.edu.ttms.ops;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
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
 * Issue 17 item 10: while a node starts ({@code ops/bin/node.sh}), its port stays closed until the application is
 * deployed and ready; the first answer of {@code /} is the application itself — never the server's bare 404 or its
 * empty 500 — and {@code /health/ready} (HAProxy's check, ops/bin/cluster.sh) answers nothing but 200 once it
 * answers. One node on the embedded database, watched every quarter of a second from its start.
 */
class StartingPageIT {

    @Test
    void whileTheNodeStartsItsPortIsClosedAndItsFirstAnswerIsTheApplication() throws Exception {
        Path dir = Ops.workDir("starting-page");
        HttpClient http = Ops.insecureHttp();
        List<String> seen = new ArrayList<>();
        try (Node node = Node.start(dir, Node.freePort(), Map.of())) {
            long start = System.nanoTime();
            long deadline = start + Duration.ofMinutes(5).toNanos();
            int ready = 0;
            int polls = 0;
            while (ready != 200) {
                assertTrue(System.nanoTime() < deadline, "not ready after 5 minutes: " + seen + "\n" + node.tail(40));
                HttpResponse<String> root = get(http, node, "/");
                ready = status(get(http, node, "/health/ready"));
                String sample = status(root) + "/" + ready;
                if (seen.isEmpty() || !seen.get(seen.size() - 1).startsWith(sample + " ")) {
                    seen.add(sample + " at " + (System.nanoTime() - start) / 1_000_000 + " ms"); // each change once
                }
                if (root != null) {
                    assertEquals(200, root.statusCode(), "the first answer of / is the application: " + seen);
                    assertTrue(root.body().contains("<html"), "the application's page: " + root.body());
                }
                assertTrue(
                        ready == 0 || ready == 200,
                        "/health/ready answers nothing or 200, never the server's own answers: " + seen);
                polls++;
                Thread.sleep(250);
            }
            assertTrue(polls > 4, "the node was watched while it started, not only once ready: " + seen);
            assertTrue(seen.get(0).startsWith("0/0 "), "closed first: " + seen);
            HttpResponse<String> app = get(http, node, "/login.xhtml");
            assertEquals(200, app.statusCode(), "the application once ready");
            assertFalse(get(http, node, "/no-such-page").body().isEmpty(), "unknown paths get the application's page");
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
