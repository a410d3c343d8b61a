package cn.edu.ttms.it.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.ByteArrayInputStream;
import java.io.StringReader;
import java.net.URL;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The Chenzhou 2018 plan imported, then exported from the plan page ({@code /app/plans/export.xlsx})
 * in the same layout: the file imports back as 54 rows, 53 projects, 7,205 places, without an error.
 * Another county's plan is not found; the printable plan shows the plan's totals.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class PlanExportIT {

    private static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    @ArquillianResource
    URL base;

    @Test
    void theExportedPlanImportsBackAsTheSamePlan() throws Exception {
        long planId = importSeed("city", 2016);

        HttpResponse<byte[]> file = WebSession.signIn(base, "city").download("/app/plans/export.xlsx?id=" + planId);
        assertEquals(200, file.statusCode());
        assertEquals(XLSX, file.headers().firstValue("Content-Type").orElse("").split(";")[0]);
        String disposition = file.headers().firstValue("Content-Disposition").orElse("");
        assertTrue(disposition.startsWith("attachment;"), disposition);
        assertTrue(
                disposition.contains(
                        "filename*=UTF-8''" + URLEncoder.encode("2016年临沧市教师培训计划.xlsx", StandardCharsets.UTF_8)),
                disposition);

        JsonObject back = json(Api.as(base, "city").upload("/api/v1/plans/import?dryRun=true", "导出.xlsx", file.body()));
        assertEquals(54, back.getInt("rows"), back.toString());
        assertEquals(53, back.getInt("projects"));
        assertEquals(7205, back.getInt("places"));
        assertEquals(0, back.getJsonArray("errors").size(), back.toString());
        assertTrue(back.getJsonArray("inferences").toString().contains("D309"), back.toString());
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(file.body()))) {
            Sheet sheet = book.getSheetAt(0);
            // title, 培训天数 over 异地/本地/合计, then 54 rows and the total line: filtered from the second header row
            assertEquals(
                    "A3:L58",
                    book.getSheetAt(0).getCTWorksheet().getAutoFilter().getRef());
            assertEquals(3, sheet.getPaneInformation().getHorizontalSplitPosition(), "the header frozen");
            assertEquals(CellType.NUMERIC, sheet.getRow(3).getCell(9).getCellType(), "培训人数 a number");
        }

        // the same as CSV in GBK for older tools: it imports back as the same plan too
        HttpResponse<byte[]> csv =
                WebSession.signIn(base, "city").download("/app/plans/export.xlsx?id=" + planId + "&format=csv");
        assertEquals(200, csv.statusCode());
        assertEquals(
                "text/csv;charset=GB18030",
                csv.headers().firstValue("Content-Type").orElse("").replace(" ", ""));
        assertTrue(
                csv.headers()
                        .firstValue("Content-Disposition")
                        .orElse("")
                        .contains(URLEncoder.encode("2016年临沧市教师培训计划.csv", StandardCharsets.UTF_8)),
                csv.headers().toString());
        String text = new String(csv.body(), Charset.forName("GBK"));
        assertTrue(text.startsWith("2016年临沧市教师培训计划\r\n序号,申报单位,"), text.substring(0, 60));
        JsonObject fromCsv =
                json(Api.as(base, "city").upload("/api/v1/plans/import?dryRun=true", "导出.csv", csv.body()));
        assertEquals(54, fromCsv.getInt("rows"), fromCsv.toString());
        assertEquals(53, fromCsv.getInt("projects"));
        assertEquals(7205, fromCsv.getInt("places"));
        assertEquals(0, fromCsv.getJsonArray("errors").size(), fromCsv.toString());
    }

    @Test
    void aPlanOutsideTheCallersScopeIsNotFound() throws Exception {
        long planId = importSeed("fengqing", 2016);

        assertEquals(
                200,
                WebSession.signIn(base, "fengqing")
                        .download("/app/plans/export.xlsx?id=" + planId)
                        .statusCode());
        assertEquals(
                404,
                WebSession.signIn(base, "linxiang")
                        .download("/app/plans/export.xlsx?id=" + planId)
                        .statusCode(),
                "another county's plan");
        assertEquals(
                404,
                WebSession.signIn(base, "teacher")
                        .download("/app/plans/export.xlsx?id=" + planId)
                        .statusCode(),
                "a teacher sees no plan");
        assertEquals(
                404,
                WebSession.signIn(base, "fengqing")
                        .download("/app/plans/export.xlsx?id=0")
                        .statusCode());
    }

    /** A county sees the city's plan, as on the plan page, but none of the city's draft projects. */
    @Test
    void theCountyBelowGetsTheCitysPlanWithoutItsDrafts() throws Exception {
        long planId = importSeed("city", 2015);

        HttpResponse<byte[]> file = WebSession.signIn(base, "fengqing").download("/app/plans/export.xlsx?id=" + planId);
        assertEquals(200, file.statusCode());
        JsonObject back =
                json(Api.as(base, "fengqing").upload("/api/v1/plans/import?dryRun=true", "导出.xlsx", file.body()));
        assertEquals(0, back.getInt("projects"), back.toString());
        assertEquals(0, back.getJsonArray("errors").size(), back.toString());
    }

    @Test
    void thePrintablePlanShowsItsTotals() throws Exception {
        long planId = importSeed("city", 2014);

        HttpResponse<String> page = WebSession.signIn(base, "city").get("/app/plans/print.xhtml?id=" + planId);
        assertEquals(200, page.statusCode());
        String html = page.body();
        assertTrue(html.contains("id=\"planTable\""), html);
        assertTrue(html.contains("<td class=\"num\" id=\"totalPlaces\">7,205</td>"), "grouped: " + html);
        Matcher projects = Pattern.compile("id=\"totalProjects\">([^<]*)<").matcher(html);
        assertTrue(projects.find() && projects.group(1).contains("53"), html);
        // the button's handler is a script resource: the pages' policy refuses inline handlers
        assertTrue(html.contains("id=\"print\"") && html.contains("js/print.js"), "a print button");
        assertTrue(html.contains("郴州市中小学信息技术骨干融合团队成员培训班(D309)"), "names with their codes");
    }

    private long importSeed(String user, int year) throws Exception {
        JsonObject imported = json(Api.as(base, user)
                .upload("/api/v1/plans/import?dryRun=false&year=" + year, "2018计划.txt", PlanImportIT.seedTable()));
        return imported.getJsonNumber("planId").longValue();
    }

    private static JsonObject json(HttpResponse<String> r) {
        assertEquals(200, r.statusCode(), r.body());
        return Json.createReader(new StringReader(r.body())).readObject();
    }
}
