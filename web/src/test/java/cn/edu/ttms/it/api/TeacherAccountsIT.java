package cn.edu.ttms.it.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.edu.ttms.application.demo.DemoTeacherGenerator;
import cn.edu.ttms.application.demo.DemoTeacherGenerator.DemoTeacher;
import cn.edu.ttms.infrastructure.spreadsheet.SpreadsheetWriter;
import cn.edu.ttms.it.TestDatabase;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.StringReader;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Teacher accounts in bulk (issue 15): the principal opens accounts for their school's teachers who
 * have none, fetches the school's account sheet once (xlsx, read here with POI), and its one-time
 * passwords sign in with a password change required; a second fetch is 410; another county's staff
 * neither list nor fetch it (404); a teacher who moves school keeps their account and password; a
 * teacher import can open accounts for the teachers it creates; a lost sheet is reissued for the
 * teachers who have not set a password yet, and its old one-time passwords stop working at once.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class TeacherAccountsIT {

    private static final HttpClient HTTP =
            HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

    @ArquillianResource
    URL base;

    @Test
    void theSchoolOpensAccountsFetchesItsSheetOnceAndThePasswordsSignIn() throws Exception {
        Api principal = Api.as(base, "principal");
        long school = json(principal.get("/api/v1/me"), 200)
                .getJsonObject("organisation")
                .getJsonNumber("id")
                .longValue();
        long without = count(
                "SELECT COUNT(*) FROM teacher t WHERE t.school_id = ? AND NOT EXISTS"
                        + " (SELECT 1 FROM user_account a WHERE a.teacher_id = t.id)",
                school);
        long with = count(
                "SELECT COUNT(*) FROM teacher t WHERE t.school_id = ? AND EXISTS"
                        + " (SELECT 1 FROM user_account a WHERE a.teacher_id = t.id)",
                school);
        assertTrue(without > 0, "the demo school has teachers without an account");

        JsonObject opened = json(principal.post("/api/v1/organisations/" + school + "/teacher-accounts", "{}"), 200);
        assertEquals(without, opened.getInt("created"), opened.toString());
        assertEquals(with, opened.getJsonNumber("existing").longValue(), opened.toString());
        assertEquals(1, opened.getInt("sheets"));
        JsonObject again = json(principal.post("/api/v1/organisations/" + school + "/teacher-accounts", "{}"), 200);
        assertEquals(0, again.getInt("created"));
        assertEquals(with + without, again.getJsonNumber("existing").longValue());
        assertEquals(0, again.getInt("sheets"));
        assertEquals(
                1,
                count(
                        "SELECT COUNT(*) FROM audit_entry WHERE action = 'ACCOUNTS_OPENED' AND actor = 'principal'"
                                + " AND entity_id = ? AND detail LIKE '%: " + without + " teacher accounts opened%'",
                        String.valueOf(school)));
        assertEquals(
                0,
                count(
                        "SELECT COUNT(*) FROM user_account a WHERE a.organisation_id = ? AND a.teacher_id IS NOT NULL"
                                + " AND a.created_by = 'principal' AND a.pending_sheet_id IS NOT NULL AND (a.password_hash <> '!' OR a.one_time_password_hash IS NOT NULL"
                                + " OR a.password_change_required = FALSE)",
                        school),
                "opened without any usable password");
        // (other tests' principal opens single teacher accounts with a one-time password: only this opening's count)

        JsonObject sheet = json(principal.get("/api/v1/account-sheets?unitId=" + school), 200)
                .getJsonArray("items")
                .getValuesAs(JsonObject.class)
                .stream()
                .filter(s -> s.getInt("accounts") == without && !s.getBoolean("fetched"))
                .findFirst()
                .orElseThrow();
        long sheetId = sheet.getJsonNumber("id").longValue();
        assertEquals(school, sheet.getJsonObject("school").getJsonNumber("id").longValue());

        // another county's staff: neither the list of this school nor the sheet itself
        Api fengqing = Api.as(base, "fengqing");
        assertEquals(
                404, fengqing.get("/api/v1/account-sheets?unitId=" + school).statusCode());
        assertEquals(404, fetch("fengqing", Api.DEMO_PASSWORD, sheetId).statusCode());
        assertFalse(fengqing.get("/api/v1/account-sheets").body().contains("\"id\":" + sheetId + ","));
        assertEquals(
                404,
                fengqing.post("/api/v1/organisations/" + school + "/teacher-accounts", "{}")
                        .statusCode());
        assertEquals(
                404,
                fengqing.get("/api/v1/account-sheets/unfetched?unitId=" + school)
                        .statusCode());
        assertEquals(403, Api.as(base, "teacher").get("/api/v1/account-sheets").statusCode());

        HttpResponse<byte[]> file = fetch("principal", Api.DEMO_PASSWORD, sheetId);
        assertEquals(200, file.statusCode());
        assertTrue(file.headers()
                .firstValue("Content-Type")
                .orElse("")
                .startsWith("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"));
        assertEquals("no-store", file.headers().firstValue("Cache-Control").orElse(""));
        List<Map<String, Object>> lines = read(file.body());
        assertEquals(without, lines.size(), "one line per account");
        Map<String, Object> first = lines.get(0);
        assertTrue(((LocalDate) first.get("有效期至")).isAfter(LocalDate.now().plusDays(28)), first.toString());
        assertEquals(4, ((String) first.get("身份证号后四位")).length());
        String username = (String) first.get("用户名");
        String oneTimePassword = (String) first.get("一次性密码");
        assertTrue(username.matches("[0-9]{17}[0-9x]"), "the identity number by default: " + username);
        assertTrue(oneTimePassword.matches("[A-Z2-9]{4}(-[A-Z2-9]{4}){3}"), oneTimePassword);

        JsonObject me = json(Api.as(base, username, oneTimePassword).get("/api/v1/me"), 200);
        assertTrue(me.getBoolean("passwordChangeRequired"));
        assertEquals(
                school, me.getJsonObject("organisation").getJsonNumber("id").longValue());
        assertEquals(first.get("姓名"), me.getString("displayName"));

        HttpResponse<byte[]> second = fetch("principal", Api.DEMO_PASSWORD, sheetId);
        assertEquals(410, second.statusCode());
        JsonObject gone = Json.createReader(new StringReader(new String(second.body(), StandardCharsets.UTF_8)))
                .readObject();
        assertTrue(
                gone.getString("detail").contains("principal")
                        && gone.getString("detail").contains("补发"),
                gone.toString());
        JsonObject listed = json(principal.get("/api/v1/account-sheets?unitId=" + school), 200)
                .getJsonArray("items")
                .getValuesAs(JsonObject.class)
                .stream()
                .filter(s -> s.getJsonNumber("id").longValue() == sheetId)
                .findFirst()
                .orElseThrow();
        assertTrue(listed.getBoolean("fetched"));
        assertEquals("principal", listed.getString("fetchedBy"));
        assertEquals(
                1,
                count(
                        "SELECT COUNT(*) FROM audit_entry WHERE action = 'EXPORT' AND entity_type = 'AccountSheet'"
                                + " AND entity_id = ? AND actor = 'principal'",
                        String.valueOf(sheetId)));
        assertEquals(0, count("SELECT COUNT(*) FROM user_account WHERE pending_sheet_id = ?", sheetId));

        // the teacher sets a password, moves to another school of the county and keeps signing in
        String own = "Lehrer2026x";
        Api teacher = Api.as(base, username, oneTimePassword);
        assertEquals(
                204,
                teacher.post(
                                "/api/v1/me/password",
                                "{\"current\":\"" + oneTimePassword + "\",\"next\":\"" + own + "\"}")
                        .statusCode());
        long teacherId = me.getJsonNumber("teacherId").longValue();
        long other = count("SELECT id FROM organisation WHERE name = '临沧市第一中学'");
        assertEquals(
                200,
                Api.as(base, "linxiang")
                        .post(
                                "/api/v1/teachers/" + teacherId + "/moves",
                                "{\"schoolId\":" + other + ",\"on\":\"" + LocalDate.now() + "\"}")
                        .statusCode());
        JsonObject moved = json(Api.as(base, username, own).get("/api/v1/me"), 200);
        assertEquals(
                other, moved.getJsonObject("organisation").getJsonNumber("id").longValue());
        assertFalse(moved.getBoolean("passwordChangeRequired"));
        assertEquals(
                1,
                count("SELECT COUNT(*) FROM audit_entry WHERE entity_type = 'UserAccount' AND actor = 'linxiang'"
                        + " AND detail LIKE 'account of teacher " + teacherId + " moved%'"));
    }

    @Test
    void aTeacherImportOpensAccountsForTheTeachersItCreatesOnRequest() throws Exception {
        List<DemoTeacher> generated = new DemoTeacherGenerator(
                        List.of(new DemoTeacherGenerator.School("临翔区博尚镇中心完小", "530902", null)), 8181L)
                .generate(3);
        List<List<Object>> rows = new ArrayList<>();
        for (DemoTeacher t : generated) {
            rows.add(List.of(t.name(), t.id().value(), t.phone(), t.schoolName(), t.subject(), "小学"));
        }
        ByteArrayOutputStream xlsx = new ByteArrayOutputStream();
        new SpreadsheetWriter().writeXlsx(List.of("姓名", "身份证号", "手机", "学校", "学科", "学段"), rows, xlsx);
        JsonObject report = json(
                Api.as(base, "linxiang")
                        .upload(
                                "/api/v1/teachers/import?dryRun=false&openAccounts=true",
                                "teachers.xlsx",
                                xlsx.toByteArray()),
                200);
        assertEquals(3, report.getInt("imported"), report.toString());
        assertEquals(3, report.getInt("accountsOpened"), report.toString());
        for (DemoTeacher t : generated) {
            String number = t.id().value();
            assertEquals(
                    1,
                    count("SELECT COUNT(*) FROM user_account a JOIN teacher t ON t.id = a.teacher_id"
                            + " JOIN user_role r ON r.user_id = a.id AND r.role = 'TEACHER' WHERE t.identity_number = '"
                            + number
                            + "' AND a.username = '" + number.toLowerCase() + "' AND a.pending_sheet_id IS NOT NULL"
                            + " AND a.organisation_id = t.school_id"),
                    number);
        }

        // one of them moves before the school fetched its sheet: the account leaves that sheet (the old
        // school must not print the password of someone who left) and joins the new school's next one
        String number = generated.get(0).id().value();
        long teacherId = count("SELECT id FROM teacher WHERE identity_number = ?", number);
        long oldSheet = count("SELECT a.pending_sheet_id FROM user_account a WHERE a.teacher_id = ?", teacherId);
        long other = count("SELECT id FROM organisation WHERE name = '临沧市第一中学'");
        Api linxiang = Api.as(base, "linxiang");
        assertEquals(
                200,
                linxiang.post(
                                "/api/v1/teachers/" + teacherId + "/moves",
                                "{\"schoolId\":" + other + ",\"on\":\"" + LocalDate.now() + "\"}")
                        .statusCode());
        assertEquals(2, count("SELECT account_count FROM account_sheet WHERE id = ?", oldSheet));
        assertEquals(
                0,
                count(
                        "SELECT COUNT(*) FROM user_account WHERE teacher_id = ? AND pending_sheet_id IS NOT NULL",
                        teacherId));
        JsonObject opened = json(linxiang.post("/api/v1/organisations/" + other + "/teacher-accounts", "{}"), 200);
        assertEquals(1, opened.getInt("waiting"), opened.toString());
        assertEquals(
                other,
                count(
                        "SELECT s.school_id FROM user_account a JOIN account_sheet s ON s.id = a.pending_sheet_id"
                                + " WHERE a.teacher_id = ?",
                        teacherId),
                "in the new school's sheet");
    }

    @Test
    void aLostSheetIsReissuedForTheTeachersWithoutAPasswordAndItsOldPasswordsStopWorking() throws Exception {
        // a school of 临翔区 of its own (the demo schools are other tests'), with three imported teachers
        long county = count("SELECT id FROM organisation WHERE name = '临翔区'");
        String name = "临翔区补发测试学校" + (System.currentTimeMillis() % 100_000);
        long school = json(
                        Api.as(base, "admin")
                                .post(
                                        "/api/v1/organisations",
                                        "{\"parentId\":" + county + ",\"kind\":\"SCHOOL\",\"name\":\"" + name + "\"}"),
                        201)
                .getJsonNumber("id")
                .longValue();
        List<List<Object>> rows = new ArrayList<>();
        for (DemoTeacher t : new DemoTeacherGenerator(
                        List.of(new DemoTeacherGenerator.School(name, "530902", null)), 8282L)
                .generate(3)) {
            rows.add(List.of(t.name(), t.id().value(), t.phone(), name, t.subject(), "小学"));
        }
        ByteArrayOutputStream xlsx = new ByteArrayOutputStream();
        new SpreadsheetWriter().writeXlsx(List.of("姓名", "身份证号", "手机", "学校", "学科", "学段"), rows, xlsx);
        Api linxiang = Api.as(base, "linxiang");
        JsonObject report = json(
                linxiang.upload(
                        "/api/v1/teachers/import?dryRun=false&openAccounts=true", "teachers.xlsx", xlsx.toByteArray()),
                200);
        int accounts = report.getInt("accountsOpened");
        assertEquals(3, accounts, report.toString());
        long sheetId = json(linxiang.get("/api/v1/account-sheets?unitId=" + school), 200)
                .getJsonArray("items")
                .getValuesAs(JsonObject.class)
                .stream()
                .filter(s -> !s.getBoolean("fetched"))
                .findFirst()
                .orElseThrow()
                .getJsonNumber("id")
                .longValue();

        HttpResponse<String> unfetched = linxiang.post("/api/v1/account-sheets/" + sheetId + "/reissue", "{}");
        assertEquals(409, unfetched.statusCode(), unfetched.body());
        assertTrue(unfetched.body().contains("下载"), unfetched.body());

        List<Map<String, Object>> lines =
                read(fetch("linxiang", Api.DEMO_PASSWORD, sheetId).body());
        assertEquals(accounts, lines.size());
        // one teacher sets a password; another signs in with the one-time password (the API remembers it)
        String settled = (String) lines.get(0).get("用户名");
        String settledOtp = (String) lines.get(0).get("一次性密码");
        assertEquals(
                204,
                Api.as(base, settled, settledOtp)
                        .post("/api/v1/me/password", "{\"current\":\"" + settledOtp + "\",\"next\":\"Lehrer2026y\"}")
                        .statusCode());
        String waiting = (String) lines.get(1).get("用户名");
        String lostOtp = (String) lines.get(1).get("一次性密码");
        assertEquals(200, Api.as(base, waiting, lostOtp).get("/api/v1/me").statusCode());

        assertEquals(
                404,
                Api.as(base, "fengqing")
                        .post("/api/v1/account-sheets/" + sheetId + "/reissue", "{}")
                        .statusCode(),
                "another county's staff");
        assertEquals(
                403,
                Api.as(base, "teacher")
                        .post("/api/v1/account-sheets/" + sheetId + "/reissue", "{}")
                        .statusCode());
        JsonObject reissued = json(linxiang.post("/api/v1/account-sheets/" + sheetId + "/reissue", "{}"), 201);
        assertEquals(accounts - 1, reissued.getInt("accounts"), reissued.toString());
        assertEquals(1, reissued.getJsonNumber("skipped").longValue(), reissued.toString());
        assertEquals(sheetId, reissued.getJsonNumber("reissuedFrom").longValue());
        assertFalse(reissued.getBoolean("fetched"));
        assertEquals(
                school, reissued.getJsonObject("school").getJsonNumber("id").longValue());
        long newSheet = reissued.getJsonNumber("id").longValue();

        assertEquals(
                401,
                Api.as(base, waiting, lostOtp).get("/api/v1/me").statusCode(),
                "the lost sheet's one-time password stops working at once");
        assertEquals(200, Api.as(base, settled, "Lehrer2026y").get("/api/v1/me").statusCode(), "an own password stays");
        assertEquals(
                409,
                linxiang.post("/api/v1/account-sheets/" + sheetId + "/reissue", "{}")
                        .statusCode(),
                "nothing left to reissue");
        assertEquals(
                1,
                count(
                        "SELECT COUNT(*) FROM audit_entry WHERE action = 'PASSWORD_RESET' AND entity_type ="
                                + " 'AccountSheet' AND entity_id = ? AND actor = 'linxiang'",
                        String.valueOf(sheetId)));
        assertEquals(
                accounts - 1,
                count(
                        "SELECT COUNT(*) FROM audit_entry WHERE action = 'PASSWORD_RESET' AND"
                                + " entity_type = 'UserAccount' AND actor = 'linxiang' AND after_json LIKE ?",
                        "%\"reissuedFrom\":" + sheetId + "}"));

        List<Map<String, Object>> fresh =
                read(fetch("linxiang", Api.DEMO_PASSWORD, newSheet).body());
        assertEquals(accounts - 1, fresh.size());
        assertTrue(fresh.stream().noneMatch(l -> settled.equals(l.get("用户名"))), "who set a password is not on it");
        String newOtp = (String) fresh.stream()
                .filter(l -> waiting.equals(l.get("用户名")))
                .findFirst()
                .orElseThrow()
                .get("一次性密码");
        JsonObject me = json(Api.as(base, waiting, newOtp).get("/api/v1/me"), 200);
        assertTrue(me.getBoolean("passwordChangeRequired"));
    }

    private HttpResponse<byte[]> fetch(String username, String password, long sheetId) throws Exception {
        String token = Base64.getEncoder().encodeToString((username + ":" + password).getBytes(StandardCharsets.UTF_8));
        return HTTP.send(
                HttpRequest.newBuilder(URI.create(base.toString()).resolve("api/v1/account-sheets/" + sheetId))
                        .header("Authorization", "Basic " + token)
                        .header("Accept-Language", "zh-CN")
                        .GET()
                        .build(),
                HttpResponse.BodyHandlers.ofByteArray());
    }

    /** The sheet's lines as header → value: text as String, the expiry as a date (a date cell, not text). */
    private static List<Map<String, Object>> read(byte[] xlsx) throws Exception {
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            Sheet sheet = workbook.getSheetAt(0);
            assertNotNull(sheet.getRepeatingRows(), "the header row repeats on every printed page");
            assertTrue(sheet.getFitToPage() && sheet.getPrintSetup().getFitWidth() == 1, "one page wide");
            assertEquals(
                    org.apache.poi.ss.usermodel.PrintSetup.A4_PAPERSIZE,
                    sheet.getPrintSetup().getPaperSize());
            assertTrue(sheet.getRow(1).getCell(0).getStringCellValue().contains("修改"), "the note on the first sign-in");
            Row header = sheet.getRow(2);
            List<String> names = new ArrayList<>();
            header.forEach(c -> names.add(c.getStringCellValue()));
            assertEquals(List.of("学校", "姓名", "身份证号后四位", "用户名", "一次性密码", "有效期至"), names);
            List<Map<String, Object>> lines = new ArrayList<>();
            for (int r = 3; r <= sheet.getLastRowNum(); r++) {
                Row row = sheet.getRow(r);
                Map<String, Object> line = new HashMap<>();
                for (int c = 0; c < names.size(); c++) {
                    Cell cell = row.getCell(c);
                    if (c == 5) {
                        assertEquals(CellType.NUMERIC, cell.getCellType());
                        assertTrue(DateUtil.isCellDateFormatted(cell));
                        line.put(names.get(c), cell.getLocalDateTimeCellValue().toLocalDate());
                    } else {
                        line.put(names.get(c), cell.getStringCellValue());
                    }
                }
                lines.add(line);
            }
            return lines;
        }
    }

    private static long count(String sql, Object... params) throws Exception {
        try (Connection db = TestDatabase.connect();
                PreparedStatement s = db.prepareStatement(sql)) {
            for (int i = 0; i < params.length; i++) {
                s.setObject(i + 1, params[i]);
            }
            try (ResultSet rs = s.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }

    private static JsonObject json(HttpResponse<String> r, int status) {
        assertEquals(status, r.statusCode(), r.body());
        return Json.createReader(new StringReader(r.body())).readObject();
    }
}
