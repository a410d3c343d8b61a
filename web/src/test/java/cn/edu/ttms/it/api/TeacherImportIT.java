package cn.edu.ttms.it.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.edu.ttms.application.demo.DemoTeacherGenerator;
import cn.edu.ttms.application.demo.DemoTeacherGenerator.DemoTeacher;
import cn.edu.ttms.domain.model.teacher.SchoolStage;
import cn.edu.ttms.infrastructure.spreadsheet.SpreadsheetFormat;
import cn.edu.ttms.infrastructure.spreadsheet.SpreadsheetWriter;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.io.ByteArrayOutputStream;
import java.io.StringReader;
import java.net.URL;
import java.net.http.HttpResponse;
import java.nio.charset.Charset;
import java.util.ArrayList;
import java.util.List;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Importing teachers over the API: a 1,000-row file with three bad rows is refused whole, naming
 * those rows and columns; the same file with "valid rows only" imports 997; the data as .xlsx,
 * .xls and GBK CSV reads identically. Fixtures are generated here, never committed.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class TeacherImportIT {

    private static final List<String> HEADER =
            List.of("姓名", "性别", "身份证号", "手机", "学校", "学科", "学段", "职称", "参加工作时间", "民办");
    private static final List<String> SCHOOLS = List.of("临翔区第一完全小学", "临沧市第一中学", "临翔区博尚镇中心完小");

    @ArquillianResource
    URL base;

    @Test
    void aThousandRowsWithThreeBadOnesAreRefusedWholeThenTheValidOnesImportOnRequest() throws Exception {
        List<List<Object>> rows = thousandRowsWithThreeBad();
        byte[] xlsx = write(rows, "xlsx");
        long before = total();

        Api staff = Api.as(base, "linxiang");
        String preview = "/api/v1/teachers/import?dryRun=true";
        JsonObject previewXlsx = json(staff.upload(preview, "teachers.xlsx", xlsx), 200);
        JsonObject previewXls = json(staff.upload(preview, "teachers.xls", write(rows, "xls")), 200);
        JsonObject previewGbk = json(staff.upload(preview, "teachers.csv", write(rows, "csv-gbk")), 200);
        assertEquals(1000, previewXlsx.getInt("rows"));
        assertEquals(997, previewXlsx.getInt("valid"));
        assertEquals(previewXlsx, previewXls, ".xls reads like .xlsx");
        assertEquals(previewXlsx, previewGbk, "GBK CSV reads like .xlsx");

        JsonArray errors = previewXlsx.getJsonArray("errors");
        assertEquals(3, errors.size(), errors.toString());
        assertProblem(errors.getJsonObject(0), 101, "身份证号");
        assertProblem(errors.getJsonObject(1), 501, "学校");
        assertProblem(errors.getJsonObject(2), 901, "姓名");

        HttpResponse<String> refused = staff.upload("/api/v1/teachers/import?dryRun=false", "teachers.xlsx", xlsx);
        assertEquals(422, refused.statusCode(), refused.body());
        assertEquals(
                errors,
                Json.createReader(new StringReader(refused.body())).readObject().getJsonArray("errors"));
        assertEquals(before, total(), "nothing imported");

        JsonObject imported = json(
                staff.upload("/api/v1/teachers/import?dryRun=false&validRowsOnly=true", "teachers.xlsx", xlsx), 200);
        assertEquals(997, imported.getInt("imported"));
        assertEquals(before + 997, total());
        try (var db = cn.edu.ttms.it.TestDatabase.connect();
                var count = db.prepareStatement("SELECT COUNT(*) FROM audit_entry"
                        + " WHERE action = 'CREATE' AND entity_type = 'Teacher' AND actor = 'linxiang'")) {
            var rs = count.executeQuery();
            rs.next();
            assertTrue(rs.getInt(1) >= 997, "every imported teacher is in the audit trail: " + rs.getInt(1));
        }
    }

    private static void assertProblem(JsonObject error, int row, String column) {
        assertEquals(row, error.getInt("row"), error.toString());
        assertEquals(column, error.getString("column"), error.toString());
        assertTrue(!error.getString("message").isBlank());
    }

    /** Header on row 1, data on rows 2–1001; rows 101, 501 and 901 are broken in one column each. */
    private static List<List<Object>> thousandRowsWithThreeBad() {
        List<DemoTeacherGenerator.School> schools = SCHOOLS.stream()
                .map(s -> new DemoTeacherGenerator.School(s, "530102", null))
                .toList();
        List<List<Object>> rows = new ArrayList<>();
        for (DemoTeacher t : new DemoTeacherGenerator(schools, 4242L).generate(1000)) {
            List<Object> row = new ArrayList<>(List.of(
                    t.name(),
                    t.gender().name().equals("MALE") ? "男" : "女",
                    t.id().value(),
                    t.phone(),
                    t.schoolName(),
                    t.subject(),
                    stage(t.stage()),
                    t.title(),
                    t.serviceStart().toString(),
                    t.privateSchool() ? "是" : "否"));
            rows.add(row);
        }
        String id = (String) rows.get(99).get(2);
        rows.get(99).set(2, id.substring(0, 17) + (id.charAt(17) == '0' ? '1' : '0')); // wrong check digit
        rows.get(499).set(4, "不存在的学校");
        rows.get(899).set(0, "");
        return rows;
    }

    private static String stage(SchoolStage stage) {
        return switch (stage) {
            case PRIMARY -> "小学";
            case JUNIOR_SECONDARY -> "初中";
            case SENIOR_SECONDARY -> "高中";
            default -> stage.name();
        };
    }

    private static byte[] write(List<List<Object>> rows, String format) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        SpreadsheetWriter writer = new SpreadsheetWriter();
        switch (format) {
            case "xlsx" -> writer.writeXlsx(HEADER, rows, out);
            case "xls" -> writer.writeXls(HEADER, rows, out);
            default -> writer.writeText(SpreadsheetFormat.CSV, Charset.forName("GBK"), false, HEADER, rows, out);
        }
        return out.toByteArray();
    }

    private long total() throws Exception {
        return json(Api.as(base, "linxiang").get("/api/v1/teachers?size=1"), 200)
                .getJsonNumber("total")
                .longValue();
    }

    private static JsonObject json(HttpResponse<String> r, int status) {
        assertEquals(status, r.statusCode(), r.body());
        return Json.createReader(new StringReader(r.body())).readObject();
    }
}
