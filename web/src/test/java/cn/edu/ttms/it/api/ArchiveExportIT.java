package cn.edu.ttms.it.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.edu.ttms.it.TestDatabase;
import cn.edu.ttms.it.ui.Browser;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.ByteArrayInputStream;
import java.io.StringReader;
import java.math.BigDecimal;
import java.net.URL;
import java.net.http.HttpResponse;
import java.nio.charset.Charset;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Issue 18, item 6 over real HTTP: the teacher downloads their archive as .xlsx (and CSV), staff in
 * scope too, out of scope 404; every staff export that holds the teacher — the archive, a school's
 * compliance sheet, a project's roster — is one entry about the teacher, which the teacher reads in
 * words on "谁查看了我的档案"; the teacher's own download is not among them.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ArchiveExportIT {

    private static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    private static final List<String> HEADER = List.of(
            "项目编号", "项目名称", "年度", "级别", "选学类型", "开始日期", "结束日期", "学时", "计入学时", "成绩", "等次", "学分", "模块学分", "状态", "政策版本",
            "作废原因");
    private static final Pattern ENTITY = Pattern.compile("&#(x?)([0-9a-fA-F]+);");

    @ArquillianResource
    URL base;

    @Test
    void theTeacherDownloadsTheirArchiveAsAWorkbookWithTypedCells() throws Exception {
        ResultScenario rs = new ResultScenario(base);
        long me = myTeacherId();
        JsonObject archive = json(Api.as(base, "teacher").get("/api/v1/teachers/" + me + "/archive"), 200);
        Map<String, BigDecimal> creditsByProject = new HashMap<>();
        archive.getJsonArray("items")
                .getValuesAs(JsonObject.class)
                .forEach(i -> creditsByProject.put(
                        i.getJsonObject("project").getString("name"),
                        i.getJsonNumber("credits").bigDecimalValue()));
        assertTrue(creditsByProject.size() >= 2, "the demo teacher has results in two years: " + archive);

        HttpResponse<byte[]> file = rs.download("teacher", "/api/v1/teachers/" + me + "/archive/export");
        assertEquals(200, file.statusCode(), new String(file.body(), "UTF-8"));
        assertEquals(XLSX, file.headers().firstValue("Content-Type").orElse("").split(";")[0]);
        assertTrue(
                file.headers().firstValue("Content-Disposition").orElse("").contains("filename*=UTF-8''"),
                file.headers().toString());
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(file.body()))) {
            XSSFSheet sheet = book.getSheet("培训档案");
            String title = sheet.getRow(0).getCell(0).getStringCellValue();
            assertTrue(
                    title.contains(archive.getString("name")) && title.contains(archive.getString("school")),
                    "the title names the teacher and the school: " + title);
            List<String> header = new ArrayList<>();
            sheet.getRow(1).forEach(c -> header.add(c.getStringCellValue()));
            assertEquals(HEADER, header);
            assertEquals(archive.getInt("total"), sheet.getLastRowNum() - 1, "one row per result of the archive");
            boolean dated = false;
            for (int r = 2; r <= sheet.getLastRowNum(); r++) {
                Row row = sheet.getRow(r);
                String project = row.getCell(1).getStringCellValue();
                Cell credits = row.getCell(11);
                assertEquals(CellType.NUMERIC, credits.getCellType(), "学分 is a number: " + project);
                assertEquals(
                        creditsByProject.get(project).doubleValue(),
                        credits.getNumericCellValue(),
                        1e-9,
                        "the archive's credits: " + project);
                assertEquals(CellType.NUMERIC, row.getCell(2).getCellType(), "年度 is a number");
                Cell start = row.getCell(5);
                if (start != null) {
                    assertEquals(CellType.NUMERIC, start.getCellType(), "开始日期 is a date cell");
                    assertTrue(DateUtil.isCellDateFormatted(start), "shown as a date");
                    dated = true;
                }
            }
            assertTrue(dated, "the demo projects have dates");
            assertTrue(
                    sheet.getCTWorksheet().getAutoFilter().getRef().startsWith("A2:P"),
                    sheet.getCTWorksheet().getAutoFilter().getRef());
            XSSFSheet compliance = book.getSheet("达标情况");
            assertEquals("要求", compliance.getRow(1).getCell(1).getStringCellValue());
            assertEquals(CellType.NUMERIC, compliance.getRow(2).getCell(2).getCellType(), "应修 is a number");
        }

        HttpResponse<byte[]> csv = rs.download("teacher", "/api/v1/teachers/" + me + "/archive/export?format=csv");
        assertEquals(200, csv.statusCode());
        assertEquals(
                "text/csv;charset=GB18030",
                csv.headers().firstValue("Content-Type").orElse("").replace(" ", ""));
        List<String> lines =
                new String(csv.body(), Charset.forName("GBK")).lines().toList();
        assertEquals(String.join(",", HEADER), lines.get(1));

        HttpResponse<byte[]> ods = rs.download("teacher", "/api/v1/teachers/" + me + "/archive/export?format=ods");
        assertEquals(422, ods.statusCode(), "a format we do not write");
        assertTrue(new String(ods.body(), "UTF-8").contains("\"format\""), "the problem names the parameter");

        assertEquals(
                0,
                count(
                        "SELECT COUNT(*) FROM audit_entry WHERE action = 'EXPORT' AND entity_type = 'Teacher'"
                                + " AND entity_id = ? AND actor = 'teacher'",
                        String.valueOf(me)),
                "the teacher's own download is nobody's access to their record");
    }

    @Test
    void aCountyOutOfScopeGetsNotFound() throws Exception {
        long me = myTeacherId(); // 临翔区第一完全小学
        HttpResponse<byte[]> fengqing =
                new ResultScenario(base).download("fengqing", "/api/v1/teachers/" + me + "/archive/export");
        assertEquals(404, fengqing.statusCode(), "凤庆县 does not reach a 临翔区 teacher");
        assertTrue(
                fengqing.headers().firstValue("Content-Type").orElse("").startsWith("application/problem+json"),
                fengqing.headers().toString());
        assertEquals(
                404,
                WebSession.signIn(base, "fengqing")
                        .download("/app/teachers/archive.xlsx?id=" + me)
                        .statusCode(),
                "nor through the page's download");
    }

    @Test
    void staffExportsAreListedForTheTeacherInWordsAndTheTeachersOwnAreNot() throws Exception {
        ResultScenario rs = new ResultScenario(base);
        long me = myTeacherId();
        long school = rs.organisationOf("principal"); // the demo teacher's school
        long project = count("SELECT MIN(project_id) FROM enrolment WHERE teacher_id = ?", me);
        WebSession linxiang = WebSession.signIn(base, "linxiang");

        // the staff view of the archive has the download, and it is the teacher's file
        String staffPage =
                html(linxiang.get("/app/teachers/archive.xhtml?id=" + me).body());
        assertTrue(staffPage.contains("id=\"exportArchive\""), "the staff view offers the download");
        HttpResponse<byte[]> archive = linxiang.download(link(staffPage, "exportArchive"));
        assertEquals(200, archive.statusCode());
        assertEquals(
                XLSX, archive.headers().firstValue("Content-Type").orElse("").split(";")[0]);

        long before = count("SELECT COALESCE(MAX(id), 0) FROM audit_entry");
        HttpResponse<byte[]> compliance =
                linxiang.download("/app/results/compliance.xlsx?unit=" + school + "&cycle=2026");
        assertEquals(200, compliance.statusCode());
        int teachers;
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(compliance.body()))) {
            teachers = book.getSheetAt(0).getLastRowNum();
        }
        assertEquals(
                teachers,
                count(
                        "SELECT COUNT(*) FROM audit_entry WHERE action = 'EXPORT' AND entity_type = 'Teacher'"
                                + " AND actor = 'linxiang' AND detail LIKE 'COMPLIANCE: %' AND id > ?",
                        before),
                "one entry per teacher in the compliance sheet");
        HttpResponse<byte[]> roster = linxiang.download("/app/projects/roster.xlsx?id=" + project);
        assertEquals(200, roster.statusCode());

        // the teacher downloads their own, from their own page
        WebSession teacher = WebSession.signIn(base, "teacher");
        String mine = html(teacher.get("/app/me/archive.xhtml").body());
        HttpResponse<byte[]> own = teacher.download(link(mine, "exportArchiveCsv"));
        assertEquals(200, own.statusCode());
        assertTrue(own.headers().firstValue("Content-Type").orElse("").startsWith("text/csv"));

        String page = html(teacher.get("/app/me/access.xhtml").body());
        String staff = "临翔区教育局 张丽";
        assertTrue(page.contains(staff + "导出了培训档案"), "the archive export, by name: " + excerpt(page));
        assertTrue(page.contains(staff + "导出了达标统计"), "the compliance export: " + excerpt(page));
        assertTrue(page.contains(staff + "导出了培训名单"), "the roster export: " + excerpt(page));
        assertFalse(page.contains("李老师（临翔区第一完全小学）"), "the teacher's own doings are not listed");

        // and so it reads on the teacher's phone
        WebDriver browser = Browser.signedIn(base, "teacher");
        try {
            ((ChromeDriver) browser)
                    .executeCdpCommand(
                            "Emulation.setDeviceMetricsOverride",
                            Map.of("width", 390, "height", 844, "deviceScaleFactor", 1, "mobile", false));
            browser.get(base + "app/me/access.xhtml");
            String shown = new WebDriverWait(browser, Duration.ofSeconds(45))
                    .until(d -> d.findElement(By.id("accesses")).getText());
            assertTrue(shown.contains(staff + "导出了培训名单"), shown);
            Browser.screenshot(browser, "access-exports-phone");
        } finally {
            browser.quit();
        }
    }

    private long myTeacherId() throws Exception {
        return json(Api.as(base, "teacher").get("/api/v1/me"), 200)
                .getJsonNumber("teacherId")
                .longValue();
    }

    /** A link's target on a page, as the session can fetch it. */
    private String link(String page, String id) {
        Matcher m = Pattern.compile("id=\"" + id + "\"[^>]*href=\"([^\"]+)\"|href=\"([^\"]+)\"[^>]*id=\"" + id + "\"")
                .matcher(page);
        assertTrue(m.find(), "the page has the link " + id);
        String href = (m.group(1) != null ? m.group(1) : m.group(2)).replace("&amp;", "&");
        String path = java.net.URI.create(base.toString()).getPath();
        return href.startsWith(path) ? "/" + href.substring(path.length()) : href;
    }

    /** The page's text with character references resolved (the server may write CJK either way). */
    private static String html(String body) {
        Matcher m = ENTITY.matcher(body);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            int cp = Integer.parseInt(m.group(2), m.group(1).isEmpty() ? 10 : 16);
            m.appendReplacement(out, Matcher.quoteReplacement(new String(Character.toChars(cp))));
        }
        m.appendTail(out);
        return out.toString();
    }

    private static String excerpt(String page) {
        int at = page.indexOf("accesses");
        return at < 0
                ? page.substring(0, Math.min(2000, page.length()))
                : page.substring(at, Math.min(page.length(), at + 3000));
    }

    private static long count(String sql, Object... parameters) throws Exception {
        try (Connection c = TestDatabase.connect();
                PreparedStatement s = c.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                s.setObject(i + 1, parameters[i]);
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
