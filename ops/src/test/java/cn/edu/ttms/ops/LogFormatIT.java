package cn.edu.ttms.ops;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * A node's log as government IT reads it (issue 20): with {@code TTMS_LOG_FORMAT=json} the file that
 * {@code ops/bin/node.sh} writes holds one JSON object a line and no terminal colour codes, and a request is found in
 * it by the id that the caller sent (or that its problem document names). One node on the embedded database, with
 * the demo data.
 */
class LogFormatIT {

    private static final String ID = "ops-log-test-1";

    @Test
    void theJsonLogHasOneObjectALineNoColourAndEachRequestUnderItsId() throws Exception {
        Path dir = Ops.workDir("log-format");
        try (Node node = Node.start(dir, Node.freePort(), Map.of("TTMS_LOG_FORMAT", "json"))) {
            node.awaitReady(Duration.ofMinutes(5));
            Api city = Api.as(node.base(), "city");

            HttpResponse<String> missing = city.get("/api/v1/teachers/999999999", Map.of("X-Request-Id", ID));
            assertEquals(404, missing.statusCode(), missing.body());
            assertEquals(ID, missing.headers().firstValue("X-Request-Id").orElse(""));
            assertEquals(ID, Api.json(missing).getString("requestId"), missing.body());
            // a query string may carry names and identity numbers: the log has the path only
            HttpResponse<String> search =
                    city.get("/api/v1/teachers?name=query-not-logged", Map.of("X-Request-Id", "ops-log-test-2"));
            assertEquals(200, search.statusCode(), search.body());

            JsonObject line = awaitRequestLine(dir, ID);
            assertEquals("GET", line.getString("method"));
            assertEquals("/api/v1/teachers/999999999", line.getString("path"));
            assertEquals("404", line.getString("status"));
            assertEquals("city", line.getString("user"));
            assertTrue(line.getString("LogMessage").contains("requestId=" + ID), line.toString());
            // what else the request logs carries the id in its thread's name
            assertTrue(line.getString("ThreadName").endsWith("requestId=" + ID), line.toString());
            assertEquals(
                    "/api/v1/teachers", awaitRequestLine(dir, "ops-log-test-2").getString("path"));

            List<Path> files = logFiles(dir);
            assertEquals("server.log.0", files.get(0).getFileName().toString(), files.toString());
            for (Path file : files) {
                String text = Files.readString(file, StandardCharsets.UTF_8);
                assertFalse(text.contains("\u001b"), file + " holds an ANSI escape character");
                assertFalse(text.contains("query-not-logged"), file + " holds a query string");
                int number = 0;
                for (String each : text.split("\n", -1)) {
                    number++;
                    if (each.isEmpty()) {
                        continue;
                    }
                    JsonValue value = Json.createReader(new StringReader(each)).readValue();
                    assertEquals(JsonValue.ValueType.OBJECT, value.getValueType(), file + ":" + number + ": " + each);
                }
                assertTrue(text.endsWith("\n"), file + " ends inside a line");
            }
        }
    }

    /** The request's line: written when the answer is made, so it may follow the answer by a moment. */
    private static JsonObject awaitRequestLine(Path dir, String id) throws Exception {
        long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        while (true) {
            Optional<JsonObject> line = requestLine(dir, id);
            if (line.isPresent()) {
                return line.get();
            }
            if (System.nanoTime() > deadline) {
                throw new AssertionError("no request line with requestId " + id + " in " + logFiles(dir));
            }
            Thread.sleep(200);
        }
    }

    private static Optional<JsonObject> requestLine(Path dir, String id) throws Exception {
        for (Path file : logFiles(dir)) {
            for (String each : Files.readAllLines(file, StandardCharsets.UTF_8)) {
                if (each.contains(id)) {
                    JsonObject o = Json.createReader(new StringReader(each)).readObject();
                    if ("cn.edu.ttms.request".equals(o.getString("LoggerName", ""))
                            && id.equals(o.getString("requestId", ""))) {
                        return Optional.of(o);
                    }
                }
            }
        }
        return Optional.empty();
    }

    /** The files of the node's file handler, the newest first ({@code server.log.0}, {@code .1} …). */
    private static List<Path> logFiles(Path dir) throws Exception {
        try (Stream<Path> files = Files.list(dir)) {
            return new ArrayList<>(files.filter(p -> p.getFileName().toString().matches("server\\.log\\.\\d+"))
                    .sorted()
                    .toList());
        }
    }
}
