package cn.edu.ttms.it.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.edu.ttms.domain.model.teacher.IdentityNumber;
import cn.edu.ttms.infrastructure.spreadsheet.SheetRow;
import cn.edu.ttms.infrastructure.spreadsheet.SpreadsheetReader;
import cn.edu.ttms.infrastructure.spreadsheet.SpreadsheetWriter;
import cn.edu.ttms.it.TestDatabase;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.StringReader;
import java.net.URL;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Rosters as spreadsheets over real HTTP (workflow.md §2): the consolidated roster (参培学员名单汇总表)
 * exported in the reader's scope with full identity numbers and an EXPORT entry per trainee, and a
 * roster uploaded by a bureau or the host institution, matched to the registry by identity number,
 * refused whole for a bad row unless only the valid rows are asked for.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class RosterIT {

    private static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    private static final List<String> ROSTER_HEADER =
            List.of("序号", "姓名", "性别", "身份证号", "学校", "学科", "学段", "报名方式", "报名时间");

    @ArquillianResource
    URL base;

    @Test
    void theRosterExportsInTheReadersScopeWithFullNumbersLoggedPerTrainee() throws Exception {
        long planId = plan(2004);
        List<Long> teachers = linxiangTeachers(2);
        long project = project(planId, "名单导出测试", 10, null, "2026-04-06", "2026-04-08");
        for (long t : teachers) {
            assertEquals(
                    201,
                    Api.as(base, "city")
                            .post("/api/v1/projects/" + project + "/enrolments", "{\"teacherId\":" + t + "}")
                            .statusCode());
        }

        HttpResponse<byte[]> file = WebSession.signIn(base, "city").download("/app/projects/roster.xlsx?id=" + project);
        assertEquals(200, file.statusCode());
        assertEquals(XLSX, file.headers().firstValue("Content-Type").orElse("").split(";")[0]);
        String disposition = file.headers().firstValue("Content-Disposition").orElse("");
        assertTrue(
                disposition.contains(
                        "filename*=UTF-8''" + URLEncoder.encode("名单导出测试参培学员名单汇总表.xlsx", StandardCharsets.UTF_8)),
                disposition);
        List<SheetRow> rows = read(file.body());
        assertEquals(4, rows.size(), "title, header and 2 trainees: " + rows);
        assertEquals("名单导出测试参培学员名单汇总表", rows.get(0).cell(0));
        assertEquals(ROSTER_HEADER, rows.get(1).cells());
        Set<String> numbers =
                rows.subList(2, 4).stream().map(r -> r.cell(3)).collect(Collectors.toCollection(TreeSet::new));
        assertEquals(
                identityNumbers(teachers), numbers, "full identity numbers, for the host to register the trainees");
        assertEquals("1", rows.get(2).cell(0));
        assertEquals("选派", rows.get(2).cell(7));
        assertTrue(Set.of("小学", "初中", "高中").contains(rows.get(2).cell(6)), "学段 in words: " + rows.get(2));
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(file.body()))) {
            XSSFSheet sheet = book.getSheetAt(0);
            Cell since = sheet.getRow(2).getCell(8);
            assertEquals(CellType.NUMERIC, since.getCellType(), "报名时间 is a date-time, not text");
            assertTrue(DateUtil.isCellDateFormatted(since));
            assertEquals("yyyy-mm-dd hh:mm", since.getCellStyle().getDataFormatString());
            assertEquals(CellType.NUMERIC, sheet.getRow(2).getCell(0).getCellType(), "序号 a number");
            assertEquals("A2:I4", sheet.getCTWorksheet().getAutoFilter().getRef(), "a filter on the header");
            assertEquals(2, sheet.getPaneInformation().getHorizontalSplitPosition(), "title and header frozen");
        }
        HttpResponse<byte[]> csv =
                WebSession.signIn(base, "city").download("/app/projects/roster.xlsx?id=" + project + "&format=csv");
        assertEquals(200, csv.statusCode());
        assertEquals(
                "text/csv;charset=GB18030",
                csv.headers().firstValue("Content-Type").orElse("").replace(" ", ""));
        List<String> lines =
                new String(csv.body(), Charset.forName("GBK")).lines().toList();
        assertEquals(4, lines.size(), lines.toString());
        assertEquals(String.join(",", ROSTER_HEADER), lines.get(1));
        assertTrue(lines.get(2).matches("1,.*,选派,\\d{4}-\\d{2}-\\d{2} \\d{2}:\\d{2}"), lines.get(2));
        assertEquals(
                4,
                count("SELECT COUNT(*) FROM audit_entry WHERE action = 'EXPORT' AND entity_type = 'Teacher'"
                        + " AND detail IN ('ROSTER: 名单导出测试 (xlsx)', 'ROSTER: 名单导出测试 (csv)')"),
                "the CSV is an export of personal data too");
        assertEquals(
                2,
                count("SELECT COUNT(*) FROM audit_entry WHERE action = 'EXPORT' AND entity_type = 'Teacher'"
                        + " AND detail = 'ROSTER: 名单导出测试 (xlsx)'"),
                "one EXPORT entry per trainee");

        HttpResponse<byte[]> fengqing =
                WebSession.signIn(base, "fengqing").download("/app/projects/roster.xlsx?id=" + project);
        assertEquals(200, fengqing.statusCode(), "凤庆县 sees the city's project");
        assertEquals(2, read(fengqing.body()).size(), "but none of 临翔区's trainees: title and header only");

        assertEquals(
                404,
                WebSession.signIn(base, "teacher")
                        .download("/app/projects/roster.xlsx?id=" + project)
                        .statusCode(),
                "a teacher reads no roster");
        assertEquals(
                404,
                WebSession.signIn(base, "city")
                        .download("/app/projects/roster.xlsx?id=0")
                        .statusCode());
    }

    @Test
    void anUploadWithABadRowIsRefusedWholeUnlessOnlyTheValidRowsAreAskedFor() throws Exception {
        long planId = plan(2005);
        List<Long> teachers = linxiangTeachers(3);
        long project = project(planId, "名单上传测试", 10, null, "2026-04-13", "2026-04-15");
        List<List<Object>> rows = new ArrayList<>();
        Map<String, String> registered = namesByNumber(teachers);
        registered.forEach((number, name) -> rows.add(List.of(rows.size() + 1, name, number, "")));
        String unknown = IdentityNumber.withCheckDigit("11010119010101999").value();
        String valid = registered.keySet().iterator().next();
        String wrongCheck = valid.substring(0, 17) + (valid.charAt(17) == '0' ? '1' : '0');
        rows.add(List.of(4, "查无此人", unknown, "号码未登记"));
        rows.add(List.of(5, "校验位错", wrongCheck, "校验位有误"));
        byte[] sheet = xlsx(List.of("序号", "姓名", "身份证号", "备注"), rows);
        String path = "/api/v1/projects/" + project + "/roster";

        HttpResponse<String> refused = Api.as(base, "city").upload(path + "?dryRun=false", "名单.xlsx", sheet);
        assertEquals(422, refused.statusCode(), refused.body());
        JsonObject problem = Json.createReader(new StringReader(refused.body())).readObject();
        List<JsonObject> errors = problem.getJsonArray("errors").getValuesAs(JsonObject.class);
        assertEquals(List.of(5, 6), errors.stream().map(e -> e.getInt("row")).toList(), refused.body());
        assertTrue(errors.stream().allMatch(e -> e.getString("column").equals("身份证号")), refused.body());
        assertTrue(errors.get(0).getString("message").contains("没有登记"), refused.body());
        assertTrue(errors.get(1).getString("message").contains("校验位"), refused.body());
        assertEquals(0, json(Api.as(base, "city").get(path), 200).getInt("total"), "nobody enrolled");

        JsonObject preview = json(Api.as(base, "city").upload(path + "?dryRun=true", "名单.xlsx", sheet), 200);
        assertEquals(5, preview.getInt("rows"));
        assertEquals(3, preview.getInt("matched"));
        assertEquals(0, preview.getInt("enrolled"));
        assertEquals(0, json(Api.as(base, "city").get(path), 200).getInt("total"), "a preview enrols nobody");

        long small = project(planId, "名单容量测试", 2, null, "2026-05-11", "2026-05-13");
        byte[] three = xlsx(List.of("序号", "姓名", "身份证号", "备注"), rows.subList(0, 3));
        HttpResponse<String> full =
                Api.as(base, "city").upload("/api/v1/projects/" + small + "/roster?dryRun=false", "名单.xlsx", three);
        assertEquals(422, full.statusCode(), full.body());
        assertTrue(
                full.body().contains("\"row\":4") && full.body().contains("名额已满"),
                "the third row names the rule: " + full.body());
        assertEquals(
                0, count("SELECT COUNT(*) FROM enrolment WHERE project_id = " + small), "the first two rolled back");
        assertEquals(
                0,
                count("SELECT COALESCE(SUM(taken), 0) FROM enrolment_seat WHERE project_id = " + small),
                "and their seats");

        JsonObject kept =
                json(Api.as(base, "city").upload(path + "?dryRun=false&validRowsOnly=true", "名单.xlsx", sheet), 200);
        assertEquals(3, kept.getInt("enrolled"), kept.toString());
        assertEquals(2, kept.getJsonArray("errors").size(), kept.toString());
        assertEquals(3, json(Api.as(base, "city").get(path), 200).getInt("total"));

        JsonObject again = json(Api.as(base, "city").upload(path + "?dryRun=true", "名单.xlsx", sheet), 200);
        assertTrue(
                again.getJsonArray("errors").toString().contains("不能重复报名"), "a second upload names the rule: " + again);
    }

    @Test
    void theHostInstitutionUploadsTheOwnersTeachersAndACountyOnlyItsOwn() throws Exception {
        long planId = plan(2005);
        List<Long> teachers = linxiangTeachers(2);
        long host = json(Api.as(base, "lead").get("/api/v1/me"), 200)
                .getJsonObject("organisation")
                .getJsonNumber("id")
                .longValue();
        long project = project(planId, "名单承办机构测试", 10, host, "2026-04-20", "2026-04-22");
        String path = "/api/v1/projects/" + project + "/roster";
        List<List<Object>> rows = new ArrayList<>();
        namesByNumber(teachers).forEach((number, name) -> rows.add(List.of(name, number)));
        byte[] sheet = xlsx(List.of("姓名", "身份证号码"), rows);

        HttpResponse<String> county = Api.as(base, "fengqing").upload(path + "?dryRun=true", "名单.xlsx", sheet);
        JsonObject preview = json(county, 200);
        assertEquals(0, preview.getInt("matched"), "凤庆县 cannot enrol 临翔区's teachers: " + preview);
        assertEquals(2, preview.getJsonArray("errors").size(), preview.toString());

        JsonObject kept = json(Api.as(base, "lead").upload(path + "?dryRun=false", "名单.xlsx", sheet), 200);
        assertEquals(2, kept.getInt("enrolled"), kept.toString());
        assertEquals(2, json(Api.as(base, "lead").get(path), 200).getInt("total"), "the host sees the whole roster");
        HttpResponse<byte[]> file = WebSession.signIn(base, "lead").download("/app/projects/roster.xlsx?id=" + project);
        assertEquals(200, file.statusCode());
        assertEquals(4, read(file.body()).size());
    }

    private static List<SheetRow> read(byte[] xlsx) {
        return new SpreadsheetReader().read(new ByteArrayInputStream(xlsx), "roster.xlsx");
    }

    private static byte[] xlsx(List<String> header, List<List<Object>> rows) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new SpreadsheetWriter().writeXlsx(header, rows, out);
        return out.toByteArray();
    }

    private static Set<String> identityNumbers(List<Long> teachers) throws Exception {
        return new TreeSet<>(namesByNumber(teachers).keySet());
    }

    /** The teachers' registered names by identity number, in the teachers' order. */
    private static Map<String, String> namesByNumber(List<Long> teachers) throws Exception {
        Map<String, String> names = new java.util.LinkedHashMap<>();
        try (Connection c = TestDatabase.connect();
                PreparedStatement s = c.prepareStatement("SELECT identity_number, name FROM teacher WHERE id = ?")) {
            for (long t : teachers) {
                s.setLong(1, t);
                try (ResultSet rs = s.executeQuery()) {
                    rs.next();
                    names.put(rs.getString(1).strip(), rs.getString(2));
                }
            }
        }
        return names;
    }

    private static long count(String sql) throws Exception {
        try (Connection c = TestDatabase.connect();
                ResultSet rs = c.createStatement().executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private long plan(int year) throws Exception {
        return new Scenario(base).cityPlan(year);
    }

    /** A directive municipal project of the city, hosted by {@code hostId} if given, taken to ENROLLING. */
    private long project(long planId, String name, int capacity, Long hostId, String from, String to) throws Exception {
        var body = Scenario.project(planId, name, capacity, "DIRECTIVE", from, to);
        if (hostId != null) {
            body.add("hostId", hostId);
        }
        return new Scenario(base).create(body, true);
    }

    private List<Long> linxiangTeachers(int n) throws Exception {
        return new Scenario(base).freshTeachers(List.of("临翔区第一完全小学", "临翔区博尚镇中心完小"), n, 20040000L + n);
    }

    private static JsonObject json(HttpResponse<String> r, int status) {
        return Scenario.json(r, status);
    }
}
