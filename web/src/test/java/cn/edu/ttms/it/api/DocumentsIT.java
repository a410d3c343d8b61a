package cn.edu.ttms.it.api;

import static cn.edu.ttms.it.api.ResultScenario.json;
import static cn.edu.ttms.it.api.ResultScenario.modules;
import static cn.edu.ttms.it.api.ResultScenario.rowsByTeacher;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.edu.ttms.it.TestDatabase;
import com.google.zxing.BinaryBitmap;
import com.google.zxing.MultiFormatReader;
import com.google.zxing.client.j2se.BufferedImageLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import jakarta.json.JsonObject;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.net.URL;
import java.net.URLDecoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The teacher's signed documents, end to end (issue 18): a class recognised, its trainees' transcripts
 * and certificates signed (poppler's {@code pdfsig} says valid and whole-document; a byte flipped says
 * invalid), the QR code read back from the rendered page opens the public verification, the offline
 * proof checks with {@code openssl} and the CA certificate alone, a result changed in the database turns
 * every document stating it REVOKED once verification runs, and the CA's revocation list verifies. Plan
 * of 2064.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class DocumentsIT {

    private static final int YEAR = 2064;
    private static final HttpClient HTTP =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    @ArquillianResource
    URL base;

    @Test
    void signedDocumentsVerifyAndAreRevokedWithTheirResults() throws Exception {
        ResultScenario rs = new ResultScenario(base);
        rs.enrolSigners("lead", "cityreviewer", "province");
        long plan = rs.plan("city", YEAR);
        long project = rs.openProject(
                "city",
                rs.ledByTheDemoLead(ResultScenario.project(
                                plan, "证书测试班", "MUNICIPAL", "DIRECTIVE", "1.5", 3, "2064-06-06", "2064-06-08")
                        .add("modules", modules("KNOWLEDGE", "18"))));
        List<Long> trainees = rs.linxiangTeachers(List.of("临翔区博尚镇中心完小"), 3, 20640001L);
        rs.nominate("city", project, trainees);
        rs.start("city", project);
        long first = trainees.get(0);
        long second = trainees.get(1);
        long failed = trainees.get(2);
        long batch = rs.open("lead", project).getJsonNumber("id").longValue();
        Map<Long, String[]> grid = new LinkedHashMap<>();
        grid.put(first, new String[] {"18", "85"});
        grid.put(second, new String[] {"18", "90"});
        grid.put(failed, new String[] {"18", "40"});
        Map<Long, JsonObject> rows = rowsByTeacher(rs.enter("lead", batch, grid));
        rs.recognise("lead", batch, project);
        int cycle = ResultScenario.cycleStartOf(YEAR);
        Path dir = Files.createTempDirectory("ttms-documents");

        // the transcript: signed over the whole document, a byte changed breaks it
        String transcriptPath = "/api/v1/teachers/" + first + "/transcript?cycleStart=" + cycle;
        HttpResponse<byte[]> transcript = rs.download("linxiang", transcriptPath);
        assertEquals(200, transcript.statusCode(), new String(transcript.body(), StandardCharsets.UTF_8));
        assertTrue(transcript.headers().firstValue("Content-Type").orElse("").startsWith("application/pdf"));
        String code = transcript.headers().firstValue("X-Verification-Code").orElseThrow();
        assertTrue(code.matches("[A-Z2-7]{26}"), code);
        Path pdf = Files.write(dir.resolve("transcript.pdf"), transcript.body());
        assertSignedWhole(pdf);
        assertTamperedIsInvalid(pdf, dir.resolve("transcript-flipped.pdf"));
        String text = text(transcript.body());
        assertTrue(text.contains("证书测试班"), "the result is listed, searchable: " + text);
        assertFalse(text.contains(identityNumber(first)), "the identity number is masked");

        // the same content again is the same document
        HttpResponse<byte[]> again = rs.download("linxiang", transcriptPath);
        assertEquals(code, again.headers().firstValue("X-Verification-Code").orElseThrow());
        assertArrayEquals(transcript.body(), again.body());

        // the QR code, read from the rendered page, opens the public verification page
        String qr = qrOf(transcript.body());
        String verifyUrl = base.toString() + "verify/" + code;
        assertTrue(qr.startsWith(verifyUrl + "?"), qr);
        HttpResponse<String> page = anonymous(URI.create(qr));
        assertEquals(200, page.statusCode());
        assertTrue(page.body().contains("verify-valid"), "the page says VALID");
        assertFalse(page.body().contains(name(first)), "the holder's name is masked on the page");

        // the offline proof: openssl and the CA certificate alone
        Path ca = Files.writeString(
                dir.resolve("ca.pem"),
                anonymous(base.toURI().resolve("api/v1/ca/certificate")).body());
        assertOfflineProof(qr, code, first, ca, dir);

        // the same as JSON, without signing in
        HttpResponse<String> verified = anonymous(base.toURI().resolve("api/v1/verifications/" + code));
        JsonObject v = json(verified, 200);
        assertEquals("VALID", v.getString("status"));
        assertEquals("TRANSCRIPT", v.getString("kind"));
        assertEquals("临翔区教育局", v.getString("issuer"));
        JsonObject holder = v.getJsonObject("holder");
        assertEquals(name(first).substring(0, 1), holder.getString("name").substring(0, 1));
        assertTrue(holder.getString("name").contains("*"), holder.toString());
        assertTrue(holder.getString("identityNumber").contains("********"), holder.toString());
        assertEquals(
                0,
                v.getJsonObject("totals")
                        .getJsonNumber("hours")
                        .bigDecimalValue()
                        .compareTo(new java.math.BigDecimal("18")));

        // an unknown or malformed code: 404, a problem document
        HttpResponse<String> unknown =
                anonymous(base.toURI().resolve("api/v1/verifications/AAAAAAAAAAAAAAAAAAAAAAAAAA"));
        assertEquals(404, unknown.statusCode());
        assertTrue(unknown.headers().firstValue("Content-Type").orElse("").startsWith("application/problem+json"));
        assertEquals(
                404,
                anonymous(base.toURI().resolve("api/v1/verifications/not-a-code"))
                        .statusCode());

        // out of scope: another county's staff cannot have it issued
        assertEquals(404, rs.download("fengqing", transcriptPath).statusCode());

        // a cycle without results: a document that says so, signed all the same
        HttpResponse<byte[]> empty =
                rs.download("linxiang", "/api/v1/teachers/" + first + "/transcript?cycleStart=" + (cycle + 5));
        assertEquals(200, empty.statusCode());
        assertFalse(text(empty.body()).contains("证书测试班"));
        assertSignedWhole(Files.write(dir.resolve("empty.pdf"), empty.body()));

        // a cycle year out of range is refused, not clamped: by the API (400 naming the query parameter) and on the
        // page's download (the service's own refusal, 422 in the reader's language)
        HttpResponse<byte[]> far = rs.download("linxiang", "/api/v1/teachers/" + first + "/transcript?cycleStart=3000");
        assertEquals(400, far.statusCode());
        assertTrue(new String(far.body(), StandardCharsets.UTF_8).contains("cycleStart"));
        HttpResponse<byte[]> farPage = WebSession.signIn(base, "linxiang")
                .download("/app/documents/transcript.pdf?teacherId=" + first + "&cycleStart=3000");
        assertEquals(422, farPage.statusCode());
        assertTrue(
                new String(farPage.body(), StandardCharsets.UTF_8).contains("3000"),
                new String(farPage.body(), StandardCharsets.UTF_8));

        // the class's certificates: the two who passed, each signed
        HttpResponse<byte[]> zip = rs.download("city", "/api/v1/projects/" + project + "/certificates");
        assertEquals(200, zip.statusCode(), new String(zip.body(), StandardCharsets.UTF_8));
        List<byte[]> certificates = pdfsIn(zip.body());
        assertEquals(2, certificates.size(), "one per trainee recognised and passed");
        for (int i = 0; i < certificates.size(); i++) {
            assertSignedWhole(Files.write(dir.resolve("certificate-" + i + ".pdf"), certificates.get(i)));
        }
        // another county's staff get none of these trainees' certificates; a teacher none at all
        HttpResponse<byte[]> fengqing = rs.download("fengqing", "/api/v1/projects/" + project + "/certificates");
        assertEquals(200, fengqing.statusCode());
        assertEquals(0, pdfsIn(fengqing.body()).size(), "凤庆县 sees none of 临翔区's trainees");
        assertEquals(
                403,
                rs.download("teacher", "/api/v1/projects/" + project + "/certificates")
                        .statusCode());
        HttpResponse<byte[]> own = rs.download("linxiang", "/api/v1/teachers/" + first + "/certificates/" + project);
        assertEquals(200, own.statusCode());
        String certificateCode = own.headers().firstValue("X-Verification-Code").orElseThrow();
        HttpResponse<byte[]> otherOwn =
                rs.download("linxiang", "/api/v1/teachers/" + second + "/certificates/" + project);
        String secondCode = otherOwn.headers().firstValue("X-Verification-Code").orElseThrow();
        assertEquals(
                409,
                rs.download("linxiang", "/api/v1/teachers/" + failed + "/certificates/" + project)
                        .statusCode());

        // a result changed in the database: once verification runs, every document stating it is revoked
        long resultId = rows.get(first).getJsonNumber("resultId").longValue();
        try (Connection c = TestDatabase.connect();
                PreparedStatement s = c.prepareStatement("UPDATE training_result SET score = 99.0 WHERE id = ?")) {
            s.setLong(1, resultId);
            assertEquals(1, s.executeUpdate());
        }
        assertEquals("TAMPERED", rs.verification("city", batch).getString("status"));
        JsonObject revoked = json(anonymous(base.toURI().resolve("api/v1/verifications/" + code)), 200);
        assertEquals("REVOKED", revoked.getString("status"), revoked.toString());
        assertEquals("RESULT_VOIDED", revoked.getJsonObject("revocation").getString("reason"));
        assertEquals(
                "REVOKED",
                json(anonymous(base.toURI().resolve("api/v1/verifications/" + certificateCode)), 200)
                        .getString("status"));
        assertEquals(
                "VALID",
                json(anonymous(base.toURI().resolve("api/v1/verifications/" + secondCode)), 200)
                        .getString("status"),
                "another trainee's certificate stands");
        HttpResponse<String> revokedPage = anonymous(URI.create(verifyUrl));
        assertTrue(revokedPage.body().contains("verify-revoked"), "the page says REVOKED");

        // reissued: a new code, valid, without the void result
        HttpResponse<byte[]> reissued = rs.download("linxiang", transcriptPath);
        String newCode = reissued.headers().firstValue("X-Verification-Code").orElseThrow();
        assertNotEquals(code, newCode);
        assertEquals(
                "VALID",
                json(anonymous(base.toURI().resolve("api/v1/verifications/" + newCode)), 200)
                        .getString("status"));

        // the authority's revocation list, public, signed by the authority
        HttpResponse<byte[]> crl = HTTP.send(
                HttpRequest.newBuilder(base.toURI().resolve("api/v1/ca/crl"))
                        .GET()
                        .build(),
                HttpResponse.BodyHandlers.ofByteArray());
        assertEquals(200, crl.statusCode());
        Path crlFile = Files.write(dir.resolve("ca.crl"), crl.body());
        String checked =
                run("openssl", "crl", "-inform", "DER", "-in", crlFile.toString(), "-CAfile", ca.toString(), "-noout");
        assertTrue(checked.contains("verify OK"), checked);
    }

    // ---------------------------------------------------------------- checks with the tools anyone has

    /** pdfsig (poppler): the signature is valid and covers the whole document. */
    static void assertSignedWhole(Path pdf) throws Exception {
        String out = run("pdfsig", "-nocert", pdf.toString());
        assertTrue(out.contains("Signature is Valid"), out);
        assertTrue(out.contains("Total document signed"), out);
    }

    /** One byte of the signed content changed: pdfsig no longer calls the signature valid. */
    static void assertTamperedIsInvalid(Path pdf, Path copy) throws Exception {
        byte[] bytes = Files.readAllBytes(pdf);
        // a byte inside the first content stream, well before the signature
        String latin = new String(bytes, StandardCharsets.ISO_8859_1);
        int at = latin.indexOf("stream", latin.indexOf("/Length")) + 20;
        bytes[at] = (byte) (bytes[at] ^ 0x01);
        Files.write(copy, bytes);
        String out = run("pdfsig", "-nocert", copy.toString());
        assertFalse(out.contains("Signature is Valid"), out);
    }

    /** The QR text carries ?h=&t=&s=: openssl verifies the signature with the CA's public key. */
    private void assertOfflineProof(String qr, String code, long teacher, Path ca, Path dir) throws Exception {
        Map<String, String> q = new LinkedHashMap<>();
        for (String pair : URI.create(qr).getRawQuery().split("&")) {
            int eq = pair.indexOf('=');
            q.put(pair.substring(0, eq), URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
        }
        String[] totals = q.get("t").split("_");
        String message = "TTMS-V1|" + code + "|" + q.get("h") + "|" + totals[0] + "|" + totals[1];
        Path msg = Files.writeString(dir.resolve("proof.txt"), message);
        Path sig = Files.write(dir.resolve("proof.sig"), Base64.getUrlDecoder().decode(q.get("s")));
        Path pub = dir.resolve("ca.pub");
        run("openssl", "x509", "-in", ca.toString(), "-pubkey", "-noout", "-out", pub.toString());
        String out = run(
                "openssl", "dgst", "-sha256", "-verify", pub.toString(), "-signature", sig.toString(), msg.toString());
        assertTrue(out.contains("Verified OK"), out);
        // the holder digest: whoever holds the identity card computes the same four digits
        byte[] digest = MessageDigest.getInstance("SHA-256")
                .digest((code + "|" + identityNumber(teacher) + "|" + name(teacher)).getBytes(StandardCharsets.UTF_8));
        assertEquals(HexFormat.of().formatHex(digest, 0, 2).toUpperCase(Locale.ROOT), q.get("h"));
        assertEquals("18", totals[0]);
        // and the README's command does all of it
        String script = run(
                "bash",
                Path.of("..", "ops", "bin", "verify-offline.sh").toString(),
                ca.toString(),
                qr,
                identityNumber(teacher),
                name(teacher));
        assertTrue(script.contains("签名有效") && script.contains("持有人相符"), script);
        String wrongHolder = run(
                "bash",
                Path.of("..", "ops", "bin", "verify-offline.sh").toString(),
                ca.toString(),
                qr,
                "110101199001011237",
                name(teacher));
        assertTrue(wrongHolder.contains("持有人不符"), wrongHolder);
    }

    private String identityNumber(long teacher) throws Exception {
        return json(Api.as(base, "linxiang").get("/api/v1/teachers/" + teacher), 200)
                .getString("identityNumber");
    }

    private String name(long teacher) throws Exception {
        return json(Api.as(base, "linxiang").get("/api/v1/teachers/" + teacher), 200)
                .getString("name");
    }

    static String text(byte[] pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document);
        }
    }

    /** The QR code on the first page, read back as a phone would from the rendered page. */
    static String qrOf(byte[] pdf) throws Exception {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            for (int page = 0; page < document.getNumberOfPages(); page++) {
                BufferedImage image = new PDFRenderer(document).renderImageWithDPI(page, 200);
                try {
                    return new MultiFormatReader()
                            .decode(new BinaryBitmap(new HybridBinarizer(new BufferedImageLuminanceSource(image))))
                            .getText();
                } catch (com.google.zxing.NotFoundException e) {
                    // the code is on a later page
                }
            }
        }
        throw new AssertionError("no QR code on any page");
    }

    static List<byte[]> pdfsIn(byte[] zip) throws IOException {
        List<byte[]> out = new ArrayList<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip), StandardCharsets.UTF_8)) {
            for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                if (e.getName().endsWith(".pdf")) {
                    out.add(in.readAllBytes());
                }
            }
        }
        return out;
    }

    private static HttpResponse<String> anonymous(URI uri) throws Exception {
        return HTTP.send(
                HttpRequest.newBuilder(uri)
                        .timeout(Duration.ofSeconds(30))
                        .header("Accept-Language", "zh-CN")
                        .GET()
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    /** Runs a tool of the machine (poppler-utils, openssl), failing clearly when it is missing. */
    static String run(String... command) throws Exception {
        Process p;
        try {
            p = new ProcessBuilder(command).redirectErrorStream(true).start();
        } catch (IOException e) {
            throw new AssertionError(command[0] + " is missing: install poppler-utils and openssl (.ci/run does)", e);
        }
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(60, TimeUnit.SECONDS), command[0] + " did not finish");
        return out;
    }
}
