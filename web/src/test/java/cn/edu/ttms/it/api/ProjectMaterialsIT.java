package cn.edu.ttms.it.api;

import static cn.edu.ttms.it.api.ResultScenario.json;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import java.net.URL;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A project's materials over the API (issue 17, workflow.md §6): the lead uploads, the owning city lists
 * and downloads the same bytes, another county does not see them (404), a teacher has no part (403); a
 * file's type is checked by its content (an executable renamed .pdf is 422 naming {@code file}); the
 * deadline and what is missing are said; a deletion takes a file off the list.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ProjectMaterialsIT {

    /** A small PDF: only its first bytes matter to the check. */
    static final byte[] PDF = ("%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n")
            .getBytes(StandardCharsets.ISO_8859_1);

    static final byte[] PNG = {
        (byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0x0D, 'I', 'H', 'D', 'R', 0, 0, 0, 1, 0, 0, 0, 1
    };

    static final byte[] EXE = {'M', 'Z', (byte) 0x90, 0, 3, 0, 0, 0, 4, 0, 0, 0, (byte) 0xFF, (byte) 0xFF};

    @ArquillianResource
    URL base;

    /** A class of the city's (2021), led by the demo lead, started: its last day 2021-05-14 is long past. */
    static long startedClass(URL base, String name) throws Exception {
        ResultScenario rs = new ResultScenario(base);
        long plan = rs.plan("city", 2021);
        long project = rs.openProject(
                "city",
                rs.ledByTheDemoLead(ResultScenario.project(
                        plan, name, "MUNICIPAL", "DIRECTIVE", "1.2", 3, "2021-05-12", "2021-05-14")));
        rs.start("city", project);
        return project;
    }

    static HttpResponse<String> upload(URL base, String user, long project, String kind, String file, byte[] bytes)
            throws Exception {
        return Api.as(base, user)
                .upload("/api/v1/projects/" + project + "/materials", file, bytes, Map.of("kind", kind));
    }

    @Test
    void theLeadUploadsTheCityListsAndDownloadsTheSameBytesAnotherCountyAndATeacherDoNot() throws Exception {
        long project = startedClass(base, "材料上传测试" + System.nanoTime() % 1_000_000);
        String path = "/api/v1/projects/" + project + "/materials";

        JsonObject before = json(Api.as(base, "city").get(path), 200);
        assertEquals(0, before.getJsonArray("items").size());
        assertEquals("2021-06-14", before.getString("dueBy"), "a month after the last day");
        assertTrue(before.getBoolean("overdue"));
        assertEquals(
                List.of("NOTICE", "PLAN", "PHOTOS", "SUMMARY", "SATISFACTION"),
                before.getJsonArray("missing").getValuesAs(JsonString.class).stream()
                        .map(JsonString::getString)
                        .toList());

        JsonObject pdf = json(upload(base, "lead", project, "NOTICE", "培训通知.pdf", PDF), 201);
        assertEquals("NOTICE", pdf.getString("kind"));
        assertEquals("培训通知", pdf.getString("kindLabel"));
        assertEquals("培训通知.pdf", pdf.getString("fileName"), "the UTF-8 name as sent");
        assertEquals(PDF.length, pdf.getJsonNumber("size").longValue());
        assertEquals(sha256(PDF), pdf.getString("sha256"));
        assertEquals("lead", pdf.getString("uploadedBy"));
        JsonObject png = json(upload(base, "lead", project, "PHOTOS", "现场照片.png", PNG), 201);
        assertEquals("image/png", png.getString("contentType"));

        JsonObject listed = json(Api.as(base, "city").inEnglish().get(path), 200);
        assertEquals(2, listed.getJsonArray("items").size());
        assertEquals(2, listed.getInt("total"));
        assertEquals(
                "Training notice", listed.getJsonArray("items").getJsonObject(0).getString("kindLabel"));
        assertEquals(
                List.of("PLAN", "SUMMARY", "SATISFACTION"),
                listed.getJsonArray("missing").getValuesAs(JsonString.class).stream()
                        .map(JsonString::getString)
                        .toList());

        HttpResponse<byte[]> file = Api.as(base, "city")
                .getBytes(path + "/" + pdf.getJsonNumber("id").longValue());
        assertEquals(200, file.statusCode());
        assertArrayEquals(PDF, file.body());
        assertEquals(pdf.getString("sha256"), sha256(file.body()));
        assertEquals(
                "application/pdf",
                file.headers().firstValue("Content-Type").orElse("").split(";")[0]);
        String disposition = file.headers().firstValue("Content-Disposition").orElse("");
        assertTrue(disposition.contains("filename*=UTF-8''%E5%9F%B9%E8%AE%AD%E9%80%9A%E7%9F%A5.pdf"), disposition);
        HttpResponse<byte[]> photo = Api.as(base, "lead")
                .getBytes(path + "/" + png.getJsonNumber("id").longValue());
        assertArrayEquals(PNG, photo.body());

        // 凤庆县 is another county: the project's materials do not exist for it
        assertEquals(404, Api.as(base, "fengqing").get(path).statusCode());
        assertEquals(
                404,
                Api.as(base, "fengqing")
                        .getBytes(path + "/" + pdf.getJsonNumber("id").longValue())
                        .statusCode());
        assertEquals(
                404, upload(base, "fengqing", project, "PLAN", "方案.pdf", PDF).statusCode());
        // a teacher has no part in them; the city's reviewer reads but does not upload
        assertEquals(403, Api.as(base, "teacher").get(path).statusCode());
        assertEquals(
                403, upload(base, "teacher", project, "PLAN", "方案.pdf", PDF).statusCode());
        assertEquals(200, Api.as(base, "cityreviewer").get(path).statusCode());
        assertEquals(
                403,
                upload(base, "cityreviewer", project, "PLAN", "方案.pdf", PDF).statusCode());
        // a material of another project is not found under this one
        assertEquals(
                404,
                Api.as(base, "city")
                        .get("/api/v1/projects/1/materials/"
                                + pdf.getJsonNumber("id").longValue())
                        .statusCode());
    }

    @Test
    void aFileIsTakenByItsContentNotItsNameAndNeitherEmptyNorWithoutKind() throws Exception {
        long project = startedClass(base, "材料类型测试" + System.nanoTime() % 1_000_000);
        HttpResponse<String> exe = upload(base, "lead", project, "PLAN", "实施方案.pdf", EXE);
        assertEquals(422, exe.statusCode(), exe.body());
        JsonObject problem = json(exe, 422);
        assertEquals("file", problem.getJsonArray("errors").getJsonObject(0).getString("field"), exe.body());
        assertTrue(problem.getString("detail").contains("实施方案.pdf"), exe.body());

        HttpResponse<String> english = Api.as(base, "lead")
                .inEnglish()
                .upload("/api/v1/projects/" + project + "/materials", "setup.exe", EXE, Map.of("kind", "PLAN"));
        assertEquals(422, english.statusCode());
        assertTrue(english.body().contains("not of an accepted type"), english.body());

        HttpResponse<String> empty = upload(base, "lead", project, "PLAN", "空.pdf", new byte[0]);
        assertEquals(422, empty.statusCode(), empty.body());
        assertTrue(empty.body().contains("\"file\""), empty.body());

        HttpResponse<String> noKind =
                Api.as(base, "lead").upload("/api/v1/projects/" + project + "/materials", "方案.pdf", PDF, Map.of());
        assertEquals(422, noKind.statusCode(), noKind.body());
        assertTrue(noKind.body().contains("kind"), noKind.body());
        HttpResponse<String> badKind = upload(base, "lead", project, "RECEIPT", "方案.pdf", PDF);
        assertEquals(422, badKind.statusCode(), badKind.body());

        HttpResponse<String> noFile = Api.as(base, "lead")
                .upload("/api/v1/projects/" + project + "/materials", null, null, Map.of("kind", "PLAN"));
        assertEquals(422, noFile.statusCode(), noFile.body());
        assertTrue(noFile.body().contains("file"), noFile.body());

        JsonObject list = json(Api.as(base, "lead").get("/api/v1/projects/" + project + "/materials"), 200);
        assertEquals(0, list.getJsonArray("items").size(), "nothing refused was kept");
    }

    @Test
    void theUploadersSideDeletesAFileAndItIsMissingAgain() throws Exception {
        long project = startedClass(base, "材料删除测试" + System.nanoTime() % 1_000_000);
        String path = "/api/v1/projects/" + project + "/materials";
        long id = json(upload(base, "lead", project, "SUMMARY", "培训总结.docx", new byte[] {'P', 'K', 3, 4, 0}), 201)
                .getJsonNumber("id")
                .longValue();
        assertEquals(200, Api.as(base, "city").getBytes(path + "/" + id).statusCode());
        assertEquals(403, Api.as(base, "cityreviewer").delete(path + "/" + id).statusCode());
        assertEquals(404, Api.as(base, "fengqing").delete(path + "/" + id).statusCode());
        assertEquals(204, Api.as(base, "lead").delete(path + "/" + id).statusCode());
        JsonObject after = json(Api.as(base, "city").get(path), 200);
        assertEquals(0, after.getJsonArray("items").size());
        assertTrue(after.getJsonArray("missing").toString().contains("SUMMARY"));
        assertEquals(404, Api.as(base, "city").getBytes(path + "/" + id).statusCode());
        assertEquals(404, Api.as(base, "lead").delete(path + "/" + id).statusCode());
        // the upload and the deletion are in the audit trail, by the lead; the downloads are not
        assertEquals(List.of("CREATE:lead", "DELETE:lead"), auditOf(id));
    }

    /** The audit entries of a material, "ACTION:actor" in their order. */
    private static List<String> auditOf(long materialId) throws Exception {
        List<String> entries = new java.util.ArrayList<>();
        try (java.sql.Connection c = cn.edu.ttms.it.TestDatabase.connect();
                java.sql.PreparedStatement s = c.prepareStatement("SELECT action, actor FROM audit_entry"
                        + " WHERE entity_type = 'ProjectMaterial' AND entity_id = ? ORDER BY id")) {
            s.setString(1, String.valueOf(materialId));
            try (java.sql.ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    entries.add(rs.getString(1) + ":" + rs.getString(2));
                }
            }
        }
        return entries;
    }

    @Test
    void aProjectNotYetRunOwesNothingYet() throws Exception {
        ResultScenario rs = new ResultScenario(base);
        long plan = rs.plan("city", 2021);
        long project = rs.openProject(
                "city",
                rs.ledByTheDemoLead(ResultScenario.project(
                        plan,
                        "材料未开班测试" + System.nanoTime() % 1_000_000,
                        "MUNICIPAL",
                        "DIRECTIVE",
                        "1.2",
                        3,
                        "2021-05-12",
                        "2021-05-14")));
        JsonObject list = json(Api.as(base, "lead").get("/api/v1/projects/" + project + "/materials"), 200);
        assertTrue(list.isNull("dueBy"), list.toString());
        assertFalse(list.getBoolean("overdue"));
        // the notice and the plan may go up before the class
        assertEquals(201, upload(base, "lead", project, "NOTICE", "通知.pdf", PDF).statusCode());
    }

    static String sha256(byte[] bytes) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    }
}
