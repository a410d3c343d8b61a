package cn.edu.ttms.it.api;

import static cn.edu.ttms.it.api.ResultScenario.assertDecimal;
import static cn.edu.ttms.it.api.ResultScenario.decimal;
import static cn.edu.ttms.it.api.ResultScenario.json;
import static cn.edu.ttms.it.api.ResultScenario.rowsByTeacher;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.io.ByteArrayInputStream;
import java.net.URL;
import java.net.http.HttpResponse;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The results grid as a spreadsheet (workflow.md §3): downloaded as .xlsx in the layout the upload reads,
 * uploaded as CSV — a malformed row is reported by row and column and nothing is saved; with "valid rows
 * only" the sound rows are saved and the others reported; a GBK CSV is read like a UTF-8 one.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ResultImportIT {

    @ArquillianResource
    URL base;

    @Test
    void aBadRowIsNamedByRowAndColumnAndNothingIsSavedUnlessValidRowsOnly() throws Exception {
        ResultScenario rs = new ResultScenario(base);
        long plan = rs.plan("city", 2039);
        long project = rs.openProject(
                "city",
                rs.ledByTheDemoLead(ResultScenario.project(
                        plan, "成绩表导入测试班", "MUNICIPAL", "DIRECTIVE", "1.2", 3, "2039-05-12", "2039-05-14")));
        List<Long> trainees = rs.linxiangTeachers(List.of("临翔区博尚镇中心完小"), 3, 20390001L);
        rs.nominate("city", project, trainees);
        rs.start("city", project);
        long batch = rs.open("lead", project).getJsonNumber("id").longValue();
        String[] ids = new String[3];
        for (int i = 0; i < 3; i++) {
            ids[i] = json(Api.as(base, "linxiang").get("/api/v1/teachers/" + trainees.get(i)), 200)
                    .getString("identityNumber");
        }

        // the download: 身份证号 first, one hours column per stage, 成绩 — the layout the upload reads
        HttpResponse<byte[]> xlsx = rs.download("lead", "/api/v1/result-batches/" + batch + "/sheet");
        assertEquals(200, xlsx.statusCode());
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(xlsx.body()))) {
            XSSFSheet sheet = book.getSheetAt(0);
            assertEquals("身份证号", sheet.getRow(0).getCell(0).getStringCellValue());
            assertEquals("第1阶段学时", sheet.getRow(0).getCell(3).getStringCellValue());
            assertEquals("成绩", sheet.getRow(0).getCell(4).getStringCellValue());
            assertEquals(3, sheet.getLastRowNum(), "a row per trainee");
        }

        String csv =
                "身份证号,姓名,第1阶段学时,成绩\n" + ids[0] + ",甲,18,85\n" + ids[1] + ",乙,18,abc\n" + "110101199003070011,丙,18,70\n";
        HttpResponse<String> refused = Api.as(base, "lead")
                .upload(
                        "/api/v1/result-batches/" + batch + "/import?dryRun=false",
                        "成绩.csv",
                        csv.getBytes(StandardCharsets.UTF_8));
        assertEquals(422, refused.statusCode(), refused.body());
        Set<String> where = json(refused, 422).getJsonArray("errors").getValuesAs(JsonObject.class).stream()
                .map(e -> e.getInt("row") + " " + e.getString("column"))
                .collect(Collectors.toSet());
        assertEquals(Set.of("3 成绩", "4 身份证号"), where, refused.body());
        assertTrue(
                rs.sheet("lead", batch).getJsonArray("rows").getValuesAs(JsonObject.class).stream()
                        .allMatch(r -> r.isNull("score")),
                "nothing saved");

        JsonObject partly = json(
                Api.as(base, "lead")
                        .upload(
                                "/api/v1/result-batches/" + batch + "/import?dryRun=false&validRowsOnly=true",
                                "成绩.csv",
                                csv.getBytes(StandardCharsets.UTF_8)),
                200);
        assertEquals(3, partly.getInt("rows"));
        assertEquals(1, partly.getInt("saved"));
        assertEquals(2, partly.getJsonArray("errors").size());
        Map<Long, JsonObject> rows = rowsByTeacher(rs.sheet("lead", batch));
        assertDecimal("25.92", decimal(rows.get(trainees.get(0)), "credits"), "E1 from the sheet");

        // all three from a GBK CSV (what Excel saves on a Chinese Windows)
        String gbk = "身份证号,姓名,第1阶段学时,成绩\n" + ids[0] + ",甲,18,85\n" + ids[1] + ",乙,15,92\n" + ids[2] + ",丙,18,59\n";
        JsonObject all = json(
                Api.as(base, "lead")
                        .upload(
                                "/api/v1/result-batches/" + batch + "/import?dryRun=false",
                                "成绩-gbk.csv",
                                gbk.getBytes(Charset.forName("GBK"))),
                200);
        assertEquals(3, all.getInt("saved"));
        rows = rowsByTeacher(rs.sheet("lead", batch));
        assertDecimal("15", decimal(rows.get(trainees.get(1)), "hours"), "hours from the sheet");
        assertEquals("FAIL", rows.get(trainees.get(2)).getString("grade"));
        assertDecimal("0", decimal(rows.get(trainees.get(2)), "credits"), "a fail earns nothing");

        // the download again, now with figures: 等次 in words, 学时, 成绩 and 学分 as numbers, filter on the header
        HttpResponse<byte[]> filled = rs.download("lead", "/api/v1/result-batches/" + batch + "/sheet");
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(filled.body()))) {
            XSSFSheet sheet = book.getSheetAt(0);
            assertEquals(List.of("身份证号", "姓名", "学校", "第1阶段学时", "成绩", "等次", "学分"), texts(sheet.getRow(0)));
            Map<String, Row> byIdentity = new HashMap<>();
            for (int r = 1; r <= sheet.getLastRowNum(); r++) {
                byIdentity.put(sheet.getRow(r).getCell(0).getStringCellValue(), sheet.getRow(r));
            }
            Row first = byIdentity.get(ids[0]);
            assertEquals("良", first.getCell(5).getStringCellValue(), "等次 in Chinese, not GOOD");
            assertEquals(CellType.NUMERIC, first.getCell(6).getCellType(), "学分 is a number");
            assertEquals(25.92, first.getCell(6).getNumericCellValue());
            assertEquals(18.0, first.getCell(3).getNumericCellValue());
            assertEquals(85.0, first.getCell(4).getNumericCellValue());
            assertEquals("优", byIdentity.get(ids[1]).getCell(5).getStringCellValue());
            assertEquals("不合格", byIdentity.get(ids[2]).getCell(5).getStringCellValue());
            assertEquals(0.0, byIdentity.get(ids[2]).getCell(6).getNumericCellValue());
            assertEquals("A1:G4", sheet.getCTWorksheet().getAutoFilter().getRef());
            assertEquals(1, sheet.getPaneInformation().getHorizontalSplitPosition(), "the header frozen");
        }
        // and as CSV in GBK, numbers unformatted: the API's ?format=csv and the page's link alike
        for (HttpResponse<byte[]> csvFile : List.of(
                rs.download("lead", "/api/v1/result-batches/" + batch + "/sheet?format=csv"),
                WebSession.signIn(base, "lead").download("/app/results/sheet.xlsx?id=" + batch + "&format=csv"))) {
            assertEquals(200, csvFile.statusCode());
            assertEquals(
                    "text/csv;charset=GB18030",
                    csvFile.headers().firstValue("Content-Type").orElse("").replace(" ", ""));
            assertTrue(
                    csvFile.headers()
                            .firstValue("Content-Disposition")
                            .orElse("")
                            .contains(".csv"),
                    csvFile.headers().toString());
            List<String> lines =
                    new String(csvFile.body(), Charset.forName("GBK")).lines().toList();
            assertEquals("身份证号,姓名,学校,第1阶段学时,成绩,等次,学分", lines.get(0));
            String line = lines.stream()
                    .filter(l -> l.startsWith(ids[0] + ","))
                    .findFirst()
                    .orElseThrow();
            assertTrue(line.endsWith(",临翔区博尚镇中心完小,18,85,良,25.92"), line);
        }
        assertEquals(
                400,
                rs.download("lead", "/api/v1/result-batches/" + batch + "/sheet?format=pdf")
                        .statusCode(),
                "a format we do not write");
        assertEquals(
                404,
                Api.as(base, "fengqing")
                        .upload(
                                "/api/v1/result-batches/" + batch + "/import?dryRun=false",
                                "成绩.csv",
                                gbk.getBytes(Charset.forName("GBK")))
                        .statusCode(),
                "not 凤庆县's class");
    }

    private static List<String> texts(Row row) {
        List<String> texts = new java.util.ArrayList<>();
        for (Cell cell : row) {
            texts.add(cell.getStringCellValue());
        }
        return texts;
    }
}
