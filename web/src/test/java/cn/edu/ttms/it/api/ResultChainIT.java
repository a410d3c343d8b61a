package cn.edu.ttms.it.api;

import static cn.edu.ttms.it.api.ResultScenario.PIN;
import static cn.edu.ttms.it.api.ResultScenario.assertDecimal;
import static cn.edu.ttms.it.api.ResultScenario.assertRefused;
import static cn.edu.ttms.it.api.ResultScenario.batchPath;
import static cn.edu.ttms.it.api.ResultScenario.decimal;
import static cn.edu.ttms.it.api.ResultScenario.json;
import static cn.edu.ttms.it.api.ResultScenario.line;
import static cn.edu.ttms.it.api.ResultScenario.modules;
import static cn.edu.ttms.it.api.ResultScenario.rowsByTeacher;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.net.URL;
import java.net.http.HttpResponse;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Results and their electronic sign-off over real HTTP (workflow.md §3–4, rules.md §3, api.md
 * {@code /result-batches}): the lead opens the class's batch (a row per trainee), enters the grid — checked
 * whole, saved whole, never over someone else's change — and confirms it with the signing PIN; the city's
 * reviewer returns it with a reason (revision 2), the lead corrects and confirms again, the reviewer
 * approves, the province recognises; every signature of both revisions verifies, the trainees' archives
 * show the recognised credits. Every step by the wrong person is refused, and a county's batch stays
 * invisible to the neighbouring county. Plans of 2031 and 2032.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ResultChainIT {

    @ArquillianResource
    URL base;

    @Test
    void theLeadConfirmsTheReviewerReturnsThenApprovesTheProvinceRecognisesAndEverySignatureHolds() throws Exception {
        ResultScenario rs = new ResultScenario(base);
        rs.enrolSigners("lead", "cityreviewer", "province");
        long plan = rs.plan("city", 2031);
        // 18 h (3 days × 6 h), municipal: 1–2 credits an hour, so 1.2 is in range; 6 h ETHICS + 12 h COMPETENCE
        long project = rs.openProject(
                "city",
                rs.ledByTheDemoLead(ResultScenario.project(
                                plan, "成绩签核测试班", "MUNICIPAL", "DIRECTIVE", "1.2", 3, "2031-05-12", "2031-05-14")
                        .add("modules", modules("ETHICS", "6", "COMPETENCE", "12"))));
        List<Long> linxiang = rs.linxiangTeachers(List.of("临翔区博尚镇中心完小", "临翔区南美乡民族学校"), 3, 20310001L);
        rs.nominate("city", project, linxiang);
        List<Long> fengqing = rs.fengqingTeachers(1, 20310002L);
        rs.nominate("city", project, fengqing);
        long a = linxiang.get(0);
        long b = linxiang.get(1);
        long c = linxiang.get(2);
        long d = fengqing.get(0);

        String open = "{\"projectId\":" + project + "}";
        assertRefused(Api.as(base, "lead").post("/api/v1/result-batches", open), 409, "开班后");
        rs.start("city", project);
        assertRefused(
                Api.as(base, "city")
                        .post("/api/v1/projects/" + project + "/transitions", "{\"action\":\"SUBMIT_RESULTS\"}"),
                409,
                "电子签名");
        assertEquals(
                403,
                Api.as(base, "teacher").post("/api/v1/result-batches", open).statusCode(),
                "a teacher enters no results");

        // the lead opens the batch: one row per trainee, nothing entered yet
        HttpResponse<String> created = Api.as(base, "lead").post("/api/v1/result-batches", open);
        JsonObject sheet = json(created, 201);
        long batch = sheet.getJsonNumber("id").longValue();
        assertTrue(
                created.headers().firstValue("Location").orElse("").endsWith(batchPath(batch)),
                created.headers().toString());
        assertEquals("DRAFT", sheet.getString("status"));
        assertEquals(1, sheet.getInt("revision"));
        assertEquals(project, sheet.getJsonObject("project").getJsonNumber("id").longValue());
        assertDecimal(
                "18",
                decimal(sheet.getJsonObject("project").getJsonObject("stagesOffered"), "1"),
                "stage 1 offers 18 h");
        assertEquals(Set.of(a, b, c, d), rowsByTeacher(sheet).keySet(), "a row per trainee: " + sheet);
        assertTrue(sheet.getJsonArray("rows").getValuesAs(JsonObject.class).stream()
                .allMatch(r -> r.isNull("score")));
        assertTrue(sheet.getBoolean("mayEnter") && sheet.getBoolean("maySign"), sheet.toString());
        assertEquals("CONFIRM", sheet.getString("nextSignature"));
        assertEquals(
                batch,
                json(Api.as(base, "lead").post("/api/v1/result-batches", open), 201)
                        .getJsonNumber("id")
                        .longValue(),
                "opening again gives the same batch");

        // a bad grid: every problem named with its row, nothing saved
        Map<Long, JsonObject> before = rowsByTeacher(sheet);
        HttpResponse<String> bad = rs.save(
                "lead",
                batch,
                List.of(
                        line(before.get(a), "18", "85"),
                        line(before.get(b), "18", "101"),
                        line(before.get(c), "19", "75"),
                        line(before.get(d), "18", "58")));
        assertEquals(422, bad.statusCode(), bad.body());
        JsonObject problem = json(bad, 422);
        Set<String> fields = problem.getJsonArray("errors").getValuesAs(JsonObject.class).stream()
                .map(e -> e.getString("field"))
                .collect(Collectors.toSet());
        assertEquals(Set.of("row 2: score", "row 3: stage1"), fields, bad.body());
        assertTrue(bad.body().contains("101") && bad.body().contains("超过"), bad.body());
        JsonObject untouched = rs.sheet("lead", batch);
        assertTrue(
                untouched.getJsonArray("rows").getValuesAs(JsonObject.class).stream()
                        .allMatch(r -> r.isNull("score")),
                "nothing saved, not even the good rows: " + untouched);

        // no signature while a trainee has no score; a wrong PIN is refused first
        assertRefused(rs.trySign("lead", batch, "not-the-pin"), 422, "签名口令不正确");
        assertRefused(rs.trySign("lead", batch, PIN), 409, "没有成绩");
        assertEquals(
                403, rs.trySign("cityreviewer", batch, PIN).statusCode(), "the reviewer cannot give the lead's 确认");
        assertEquals(403, rs.trySign("teacher", batch, PIN).statusCode(), "a teacher signs nothing");

        // the grid saved: the policy computes grade, credits and the module split
        HttpResponse<String> saved = rs.save(
                "lead",
                batch,
                List.of(
                        line(before.get(a), "18", "85"),
                        line(before.get(b), "18", "92"),
                        line(before.get(c), "15", "75"),
                        line(before.get(d), "18", "58")));
        assertEquals(200, saved.statusCode(), saved.body());
        Map<Long, JsonObject> rows = rowsByTeacher(rs.sheet("lead", batch));
        JsonObject rowA = rows.get(a);
        assertDecimal("18", decimal(rowA.getJsonObject("stageHours"), "1"), "stage 1 hours");
        assertDecimal("18", decimal(rowA, "hours"), "hours");
        assertDecimal("18", decimal(rowA, "countedHours"), "counted hours");
        assertDecimal("85", decimal(rowA, "score"), "score");
        assertEquals("GOOD", rowA.getString("grade"));
        assertDecimal("21.6", decimal(rowA, "baseCredits"), "base credits");
        assertDecimal("4.32", decimal(rowA, "performanceCredits"), "performance credits");
        assertDecimal("25.92", decimal(rowA, "credits"), "credits");
        List<JsonObject> split = rowA.getJsonArray("modules").getValuesAs(JsonObject.class);
        assertEquals(
                List.of("ETHICS", "COMPETENCE"),
                split.stream().map(m -> m.getString("module")).toList());
        assertDecimal("6", decimal(split.get(0), "hours"), "ETHICS hours");
        assertDecimal("8.64", decimal(split.get(0), "credits"), "ETHICS credits");
        assertDecimal("12", decimal(split.get(1), "hours"), "COMPETENCE hours");
        assertDecimal("17.28", decimal(split.get(1), "credits"), "COMPETENCE credits");
        JsonObject policy = rowA.getJsonObject("policy");
        assertTrue(
                policy != null && policy.getJsonNumber("id").longValue() > 0 && policy.getInt("version") >= 1,
                "the row keeps its policy version: " + rowA);
        assertFalse(rowA.getBoolean("voided"));
        assertEquals("EXCELLENT", rows.get(b).getString("grade"));
        assertDecimal("27.00", decimal(rows.get(b), "credits"), "21.6 + 25 %");
        assertEquals("FAIR", rows.get(c).getString("grade"));
        assertDecimal("20.70", decimal(rows.get(c), "credits"), "15 h × 1.2 = 18 + 15 %");
        assertEquals("FAIL", rows.get(d).getString("grade"));
        assertDecimal("0", decimal(rows.get(d), "credits"), "a fail earns nothing");
        assertDecimal("0", decimal(rows.get(d), "countedHours"), "and counts no hours");

        // a save over rows read before someone else's save is refused, naming who saved
        HttpResponse<String> stale = rs.save("lead", batch, List.of(line(before.get(a), "18", "95")));
        assertRefused(stale, 409, "lead");
        assertDecimal("85", decimal(rowsByTeacher(rs.sheet("lead", batch)).get(a), "score"), "not overwritten");

        // 确认 (revision 1)
        JsonObject signed = rs.sign("lead", batch, "SIGNED");
        JsonObject confirm = signed.getJsonArray("signatures").getJsonObject(0);
        assertEquals(
                List.of("CONFIRM", "lead", "1"),
                List.of(
                        confirm.getString("meaning"),
                        confirm.getString("signer"),
                        String.valueOf(confirm.getInt("revision"))),
                signed.toString());
        assertEquals("RESULTS_SUBMITTED", rs.projectStatus(project));
        Map<Long, JsonObject> signedRows = rowsByTeacher(signed);
        assertRefused(rs.save("lead", batch, List.of(line(signedRows.get(b), "18", "88"))), 409, "不能再修改");
        assertEquals(403, rs.trySign("lead", batch, PIN).statusCode(), "the lead cannot give the reviewer's 审核通过");
        assertEquals(
                403,
                Api.as(base, "lead")
                        .post(batchPath(batch) + "/return", "{\"reason\":\"自己退回\"}")
                        .statusCode(),
                "nor return it");

        // the reviewer returns it with a reason: revision 2, open for correction
        assertRefused(Api.as(base, "cityreviewer").post(batchPath(batch) + "/return", "{}"), 422, "理由");
        JsonObject returned = rs.giveBack("cityreviewer", batch, "学员成绩录入有误，请核对后重新确认");
        assertEquals("RETURNED", returned.getString("status"));
        assertEquals(2, returned.getInt("revision"));
        assertEquals("学员成绩录入有误，请核对后重新确认", returned.getString("returnReason"));
        assertEquals("IN_PROGRESS", rs.projectStatus(project));

        // corrected and confirmed again, approved, recognised
        JsonObject corrected = rs.enter("lead", batch, Map.of(b, new String[] {"18", "88"}));
        assertEquals("GOOD", rowsByTeacher(corrected).get(b).getString("grade"));
        assertDecimal("25.92", decimal(rowsByTeacher(corrected).get(b), "credits"), "corrected credits");
        JsonObject recognised = rs.recognise("lead", batch, project);
        assertEquals(2, recognised.getInt("revision"));
        assertEquals(409, rs.trySign("province", batch, PIN).statusCode(), "the chain is complete");

        // every signature of both revisions holds over its own snapshot
        JsonObject verification = rs.verification("city", batch);
        assertEquals("VALID", verification.getString("status"), verification.toString());
        assertEquals(2, verification.getInt("revision"));
        List<JsonObject> signatures = verification.getJsonArray("signatures").getValuesAs(JsonObject.class);
        assertEquals(4, signatures.size(), verification.toString());
        assertTrue(signatures.stream().allMatch(s -> s.getBoolean("valid")), verification.toString());
        assertEquals(
                Set.of("1 CONFIRM lead", "2 CONFIRM lead", "2 APPROVE cityreviewer", "2 RECOGNISE province"),
                signatures.stream()
                        .map(s -> s.getInt("revision") + " " + s.getString("meaning") + " " + s.getString("signer"))
                        .collect(Collectors.toSet()),
                verification.toString());
        assertTrue(verification.getJsonArray("tamperedRows").isEmpty(), verification.toString());

        // the list, in the readers' scopes
        JsonObject list = json(Api.as(base, "city").get("/api/v1/result-batches?projectId=" + project), 200);
        assertEquals(1, list.getInt("total"), list.toString());
        JsonObject summary = list.getJsonArray("items").getJsonObject(0);
        assertEquals(batch, summary.getJsonNumber("id").longValue());
        assertEquals("RECOGNISED", summary.getString("status"));
        assertEquals("VALID", summary.getString("integrity"));
        assertEquals(4, summary.getInt("rows"));
        assertEquals(4, summary.getJsonArray("signatures").size());
        assertEquals(
                1,
                json(Api.as(base, "city").get("/api/v1/result-batches?status=RECOGNISED&projectId=" + project), 200)
                        .getInt("total"));
        assertEquals(
                1,
                json(Api.as(base, "lead").get("/api/v1/result-batches?projectId=" + project), 200)
                        .getInt("total"),
                "the lead lists the batches of the projects they lead");
        assertEquals(
                0,
                json(Api.as(base, "fengqing").get("/api/v1/result-batches?projectId=" + project), 200)
                        .getInt("total"),
                "a county does not list the city's batches");
        assertEquals(403, Api.as(base, "teacher").get("/api/v1/result-batches").statusCode(), "a teacher lists none");

        // the trainees' archives: recognised credits
        JsonObject inArchive =
                rs.archiveEntry("city", a, rowA.getJsonNumber("resultId").longValue());
        assertEquals("RECOGNISED", inArchive.getString("status"), inArchive.toString());
        assertDecimal("25.92", decimal(inArchive, "credits"), "archived credits");
        assertEquals(batch, inArchive.getJsonNumber("batchId").longValue());
        assertEquals(
                project, inArchive.getJsonObject("project").getJsonNumber("id").longValue());
        assertTrue(inArchive.containsKey("policy"), inArchive.toString());
        JsonObject correctedEntry = rs.archiveEntry(
                "linxiang", b, rows.get(b).getJsonNumber("resultId").longValue());
        assertDecimal("88", decimal(correctedEntry, "score"), "the corrected score");
        assertDecimal("25.92", decimal(correctedEntry, "credits"), "the corrected credits");
        JsonObject failed = rs.archiveEntry(
                "fengqing", d, rows.get(d).getJsonNumber("resultId").longValue());
        assertEquals("FAIL", failed.getString("grade"));
        assertDecimal("0", decimal(failed, "credits"), "no credits for a fail");
        assertEquals(
                404,
                Api.as(base, "linxiang")
                        .get("/api/v1/teachers/" + d + "/archive")
                        .statusCode(),
                "凤庆县's trainee is not 临翔区's to read");
    }

    /** A 临翔区 class's batch: 凤庆县 neither sees nor touches it; a signer with no part in it gets "not found". */
    @Test
    void aCountysBatchIsInvisibleToTheNeighbouringCounty() throws Exception {
        ResultScenario rs = new ResultScenario(base);
        long plan = rs.plan("linxiang", 2032);
        long project = rs.openProject(
                "linxiang",
                ResultScenario.project(plan, "县级成绩范围测试班", "COUNTY", "DIRECTIVE", "1.2", 3, "2032-04-12", "2032-04-14")
                        .add("modules", modules("COMPETENCE", "18")));
        List<Long> trainees = rs.linxiangTeachers(List.of("临翔区南美乡民族学校"), 2, 20320001L);
        rs.nominate("linxiang", project, trainees);
        rs.start("linxiang", project);
        String open = "{\"projectId\":" + project + "}";
        assertEquals(
                404,
                Api.as(base, "fengqing").post("/api/v1/result-batches", open).statusCode(),
                "凤庆县 cannot open 临翔区's batch");
        JsonObject sheet = rs.open("linxiang", project);
        long batch = sheet.getJsonNumber("id").longValue();
        String path = batchPath(batch);
        JsonObject row = sheet.getJsonArray("rows").getJsonObject(0);

        Api fengqing = Api.as(base, "fengqing");
        assertEquals(404, fengqing.get(path).statusCode(), "GET");
        assertEquals(404, fengqing.get(path + "/verification").statusCode(), "verification");
        assertEquals(404, rs.download("fengqing", path + "/export").statusCode(), "export");
        assertEquals(404, fengqing.get(path + "/sheet").statusCode(), "the grid as a spreadsheet");
        assertEquals(
                404,
                fengqing.upload(path + "/import?dryRun=true", "results.xlsx", new byte[] {1, 2, 3})
                        .statusCode(),
                "importing a grid");
        assertEquals(
                404, rs.save("fengqing", batch, List.of(line(row, "18", "90"))).statusCode(), "entering results");
        assertEquals(
                0,
                json(fengqing.get("/api/v1/result-batches?projectId=" + project), 200)
                        .getInt("total"),
                "listing");
        // signing and returning are not a bureau officer's at all: the same 403 for this batch and for none
        assertEquals(403, rs.trySign("fengqing", batch, PIN).statusCode(), "signing");
        assertEquals(403, rs.trySign("fengqing", Long.MAX_VALUE, PIN).statusCode(), "the same answer without a batch");
        assertEquals(403, fengqing.post(path + "/return", "{\"reason\":\"越权\"}").statusCode(), "returning");
        // signers with no part in this class: not found
        assertEquals(404, rs.trySign("lead", batch, PIN).statusCode(), "the lead of other projects");
        assertEquals(404, rs.trySign("principal", batch, PIN).statusCode(), "a principal below the owner");
        assertEquals(404, Api.as(base, "lead").get(path).statusCode());
        assertEquals("DRAFT", rs.sheet("linxiang", batch).getString("status"), "nothing changed");
        assertTrue(
                rs.sheet("linxiang", batch).getJsonArray("rows").getValuesAs(JsonObject.class).stream()
                        .allMatch(r -> r.isNull("score")),
                "nothing entered");

        // the owner and the bureaus above it see it
        assertEquals(200, Api.as(base, "linxiang").get(path).statusCode());
        assertEquals("UNSIGNED", rs.verification("linxiang", batch).getString("status"));
        HttpResponse<byte[]> zip = rs.download("linxiang", path + "/export");
        assertEquals(200, zip.statusCode());
        assertEquals(
                "application/zip",
                zip.headers().firstValue("Content-Type").orElse("").split(";")[0]);
        assertEquals(200, Api.as(base, "linxiang").get(path + "/sheet").statusCode());
        assertEquals(
                1,
                json(Api.as(base, "linxiang").get("/api/v1/result-batches?projectId=" + project), 200)
                        .getInt("total"));
        assertEquals(200, Api.as(base, "cityreviewer").get(path).statusCode());
    }

    /** The signing certificate is always the caller's own; a new PIN gives a new certificate. */
    @Test
    void theSigningCertificateIsTheCallersOwn() throws Exception {
        String path = "/api/v1/me/signing-certificate";
        assertRefused(Api.as(base, "lead").post(path, "{\"pin\":\"12345\"}"), 422, "至少需要");
        assertRefused(Api.as(base, "lead").post(path, "{}"), 422, "至少需要");
        JsonObject first = json(Api.as(base, "lead").post(path, "{\"pin\":\"" + PIN + "\"}"), 201);
        assertEquals(
                first.getJsonNumber("id"),
                json(Api.as(base, "lead").get(path), 200).getJsonNumber("id"));
        JsonObject second = json(Api.as(base, "lead").post(path, "{\"pin\":\"" + PIN + "\"}"), 201);
        assertNotEquals(first.getJsonNumber("id"), second.getJsonNumber("id"), "a new certificate");
        assertNotEquals(first.getString("serial"), second.getString("serial"));
        JsonObject mine = json(Api.as(base, "lead").get(path), 200);
        assertEquals(second.getJsonNumber("id"), mine.getJsonNumber("id"));
        assertFalse(mine.getBoolean("revoked"));

        JsonObject reviewers = json(Api.as(base, "cityreviewer").post(path, "{\"pin\":\"" + PIN + "\"}"), 201);
        assertEquals(
                reviewers.getJsonNumber("id"),
                json(Api.as(base, "cityreviewer").get(path), 200).getJsonNumber("id"),
                "the reviewer reads the reviewer's");
        assertNotEquals(mine.getString("subject"), reviewers.getString("subject"));
        assertEquals(
                second.getJsonNumber("id"),
                json(Api.as(base, "lead").get(path), 200).getJsonNumber("id"),
                "and the lead still the lead's");

        Map<String, Integer> nobody = new LinkedHashMap<>();
        for (String user : List.of("teacher", "city", "linxiang")) {
            nobody.put(user + " GET", Api.as(base, user).get(path).statusCode());
            nobody.put(
                    user + " POST",
                    Api.as(base, user).post(path, "{\"pin\":\"" + PIN + "\"}").statusCode());
        }
        assertTrue(
                nobody.values().stream().allMatch(s -> s == 403),
                "no signing certificate without a signing role: " + nobody);
    }
}
