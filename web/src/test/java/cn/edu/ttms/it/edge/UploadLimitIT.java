package cn.edu.ttms.it.edge;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.edu.ttms.it.api.Api;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Finding 2 of the security review (issue 14): the four import endpoints read the whole part into
 * memory before any check, and a 900 MB CSV ended in OutOfMemoryError and an HTML 500. Now the size
 * is limited where the bytes arrive: a declared length over the limit is refused before the body is
 * read, and a chunked body is cut off at the limit (20 MiB by default) — 413 with a problem document
 * either way, and the server stays healthy. Spoken over a raw socket, so that the test controls
 * exactly what is sent and when.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class UploadLimitIT {

    private static final String[] IMPORTS = {
        "/api/v1/teachers/import?dryRun=true",
        "/api/v1/plans/import?dryRun=true",
        "/api/v1/projects/1/roster?dryRun=true",
        "/api/v1/result-batches/1/import?dryRun=true",
        "/api/v1/projects/1/materials"
    };

    @ArquillianResource
    URL base;

    @Test
    void aDeclared900MegabyteUploadIsRefusedBeforeItsBodyIsRead() throws Exception {
        for (String path : IMPORTS) {
            String answer = exchange(path, "city", "multipart/form-data; boundary=x", 900L * 1024 * 1024, 64 * 1024);
            assertTrue(answer.startsWith("HTTP/1.1 413"), path + ": " + head(answer));
            assertTrue(answer.contains("application/problem+json") && answer.contains("20 MB"), path + ": " + answer);
        }
    }

    @Test
    void aChunkedUploadIsCutOffAtTheLimit() throws Exception {
        for (String path : List.of(IMPORTS[0], "/api/v1/projects/1/materials")) {
            String answer = exchange(path, "city", "multipart/form-data; boundary=x", -1, 40L * 1024 * 1024);
            assertTrue(answer.startsWith("HTTP/1.1 413"), path + ": " + head(answer));
            assertTrue(answer.contains("application/problem+json"), path + ": " + answer);
        }
        assertEquals(200, Api.anonymous(base).get("/health/ready").statusCode(), "the server is still healthy");
    }

    @Test
    void aJsonBodyHasItsOwnSmallerLimit() throws Exception {
        String answer =
                exchange("/api/v1/credits/calculate", "teacher", "application/json", 5L * 1024 * 1024, 8 * 1024);
        assertTrue(answer.startsWith("HTTP/1.1 413"), head(answer));
        assertTrue(answer.contains("1 MB"), answer);
    }

    @Test
    void anUploadUnderTheLimitStillGoesThrough() throws Exception {
        byte[] csv = "身份证号,姓名\n".getBytes(StandardCharsets.UTF_8);
        var r = Api.as(base, "city").upload(IMPORTS[0], "teachers.csv", csv);
        assertTrue(r.statusCode() == 200 || r.statusCode() == 422, r.body());
        var missing = Api.as(base, "city").inEnglish().post(IMPORTS[0], "{}");
        assertTrue(missing.statusCode() == 415 || missing.statusCode() == 422, missing.body());
    }

    /**
     * Sends a POST with the given declared length (or chunked when negative), writing up to
     * {@code send} bytes of body while the server still reads, then returns what the server said.
     */
    private String exchange(String path, String user, String contentType, long declared, long send) throws IOException {
        try (Socket socket = new Socket(base.getHost(), base.getPort())) {
            socket.setSoTimeout(60_000);
            OutputStream out = socket.getOutputStream();
            String auth = Base64.getEncoder()
                    .encodeToString((user + ":" + Api.DEMO_PASSWORD).getBytes(StandardCharsets.UTF_8));
            StringBuilder head = new StringBuilder()
                    .append("POST ")
                    .append(path)
                    .append(" HTTP/1.1\r\n")
                    .append("Host: ")
                    .append(base.getHost())
                    .append(':')
                    .append(base.getPort())
                    .append("\r\n")
                    .append("Authorization: Basic ")
                    .append(auth)
                    .append("\r\n")
                    .append("Accept-Language: zh-CN\r\n")
                    .append("Content-Type: ")
                    .append(contentType)
                    .append("\r\n");
            head.append(declared >= 0 ? "Content-Length: " + declared + "\r\n" : "Transfer-Encoding: chunked\r\n");
            out.write(head.append("\r\n").toString().getBytes(StandardCharsets.US_ASCII));
            byte[] chunk = new byte[64 * 1024];
            java.util.Arrays.fill(chunk, (byte) 'a');
            long sent = 0;
            try {
                while (sent < send) {
                    if (declared < 0) {
                        out.write((Integer.toHexString(chunk.length) + "\r\n").getBytes(StandardCharsets.US_ASCII));
                        out.write(chunk);
                        out.write("\r\n".getBytes(StandardCharsets.US_ASCII));
                    } else {
                        out.write(chunk);
                    }
                    sent += chunk.length;
                    if (socket.getInputStream().available() > 0) {
                        break; // the server has answered already
                    }
                }
                out.flush();
            } catch (IOException closedByServer) {
                // the server stopped reading and closed: its answer is waiting to be read
            }
            return readAnswer(socket.getInputStream());
        }
    }

    private static String readAnswer(InputStream in) throws IOException {
        ByteArrayOutputStream answer = new ByteArrayOutputStream();
        byte[] buffer = new byte[8192];
        try {
            int n;
            while ((n = in.read(buffer)) > 0) {
                answer.write(buffer, 0, n);
                String text = answer.toString(StandardCharsets.UTF_8);
                int end = text.indexOf("\r\n\r\n");
                if (end > 0 && text.contains("\"status\"") && text.trim().endsWith("}")) {
                    break;
                }
            }
        } catch (IOException reset) {
            // a reset after the answer: what arrived is the answer
        }
        return answer.toString(StandardCharsets.UTF_8);
    }

    private static String head(String answer) {
        return answer.length() > 300 ? answer.substring(0, 300) : answer;
    }
}
