package cn.edu.ttms.it.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.edu.ttms.infrastructure.spreadsheet.SheetRow;
import cn.edu.ttms.infrastructure.spreadsheet.SpreadsheetFormat;
import cn.edu.ttms.infrastructure.spreadsheet.SpreadsheetReader;
import cn.edu.ttms.infrastructure.spreadsheet.SpreadsheetWriter;
import cn.edu.ttms.it.TestDatabase;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.StringReader;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Importing units over the API (issue 15): a city with two counties, their schools and a training
 * institution, in any row order, into the province; the same sheet again is all "existing"; a sheet
 * with problems is refused whole with row and column; a county cannot attach to its city; GBK CSV.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class OrganisationImportIT {

    private static final List<String> HEADER = List.of("单位名称", "单位类型", "上级单位", "单位代码");
    private static final String IMPORT = "/api/v1/organisations/import";

    @ArquillianResource
    URL base;

    @Test
    void adminImportsACityWithCountiesAndSchoolsThenTheSameSheetAgainChangesNothing() throws Exception {
        List<List<Object>> city = List.of(
                List.of("导入测试甲县第一中学", "学校", "导入测试甲县", ""),
                List.of("导入测试市", "市(州)", "云南省", "IT-5399"),
                List.of("导入测试甲县", "县(区)", "导入测试市", "IT-539901"),
                List.of("导入测试乙区", "COUNTY", "IT-5399", ""),
                List.of("导入测试乙区实验小学", "学校", "导入测试乙区", ""),
                List.of("导入测试市教师发展中心", "培训机构", "导入测试市", ""));
        Api admin = Api.as(base, "admin");
        int before = total(admin);
        int audited = count("SELECT COUNT(*) FROM audit_entry WHERE action = 'CREATE' AND entity_type = 'Organisation'"
                + " AND actor = 'admin'");

        JsonObject dryRun = json(admin.upload(IMPORT + "?dryRun=true", "units.xlsx", write(city, "xlsx")), 200);
        assertEquals(
                Json.createObjectBuilder()
                        .add("rows", 6)
                        .add("created", 6)
                        .add("existing", 0)
                        .add("errors", Json.createArrayBuilder())
                        .build(),
                dryRun);
        assertEquals(before, total(admin), "a dry run creates nothing");

        JsonObject done = json(admin.upload(IMPORT + "?dryRun=false", "units.xlsx", write(city, "xlsx")), 200);
        assertEquals(6, done.getInt("created"));
        assertEquals(0, done.getInt("existing"));
        assertEquals(before + 6, total(admin));
        Map<String, JsonObject> units = units(admin);
        JsonObject cityUnit = units.get("导入测试市");
        assertEquals("CITY", cityUnit.getString("kind"));
        assertEquals("IT-5399", cityUnit.getString("code"));
        assertEquals(units.get("云南省").getInt("id"), cityUnit.getInt("parentId"));
        assertEquals(cityUnit.getInt("id"), units.get("导入测试乙区").getInt("parentId"));
        assertEquals(units.get("导入测试甲县").getInt("id"), units.get("导入测试甲县第一中学").getInt("parentId"));
        assertEquals("INSTITUTION", units.get("导入测试市教师发展中心").getString("kind"));
        assertEquals(
                audited + 6,
                count("SELECT COUNT(*) FROM audit_entry WHERE action = 'CREATE'"
                        + " AND entity_type = 'Organisation' AND actor = 'admin'"),
                "one audit entry per created unit");

        JsonObject again = json(admin.upload(IMPORT + "?dryRun=false", "units.xls", write(city, "xls")), 200);
        assertEquals(0, again.getInt("created"));
        assertEquals(6, again.getInt("existing"));
        assertEquals(before + 6, total(admin), "re-importing the same sheet is idempotent");

        List<List<Object>> more = new ArrayList<>(city);
        more.add(List.of("导入测试乙区第二小学", "学校", "导入测试乙区", ""));
        JsonObject gbk = json(admin.upload(IMPORT + "?dryRun=false", "单位.csv", write(more, "csv-gbk")), 200);
        assertEquals(1, gbk.getInt("created"), gbk.toString());
        assertEquals(6, gbk.getInt("existing"));
        assertEquals(
                units.get("导入测试乙区").getInt("id"), units(admin).get("导入测试乙区第二小学").getInt("parentId"));
    }

    @Test
    void aSheetWithProblemsIsRefusedWholeNamingRowAndColumn() throws Exception {
        List<List<Object>> bad = List.of(
                List.of("拒绝测试市", "市", "云南省", ""),
                List.of("拒绝测试学校", "学校", "云南省", ""),
                List.of("", "学校", "拒绝测试市", ""),
                List.of("拒绝测试县", "县", "不存在的市", ""),
                List.of("拒绝测试区", "大区", "拒绝测试市", ""));
        Api admin = Api.as(base, "admin");
        int before = total(admin);
        int refusals = count("SELECT COUNT(*) FROM audit_entry WHERE action = 'IMPORT_REFUSED'"
                + " AND entity_type = 'Organisation' AND actor = 'admin'");

        HttpResponse<String> refused = admin.upload(IMPORT + "?dryRun=false", "bad.xlsx", write(bad, "xlsx"));
        assertEquals(422, refused.statusCode(), refused.body());
        JsonObject problem = Json.createReader(new StringReader(refused.body())).readObject();
        assertFalse(problem.getString("detail").isBlank());
        JsonArray errors = problem.getJsonArray("errors");
        assertEquals(
                List.of("3 单位类型", "4 单位名称", "5 上级单位", "6 单位类型"),
                errors.getValuesAs(JsonObject.class).stream()
                        .map(e -> e.getInt("row") + " " + e.getString("column"))
                        .toList(),
                errors.toString());
        errors.getValuesAs(JsonObject.class)
                .forEach(e -> assertFalse(e.getString("message").isBlank()));
        assertEquals(before, total(admin), "nothing imported, not even the valid row");
        assertFalse(units(admin).containsKey("拒绝测试市"));
        assertEquals(
                refusals + 1,
                count("SELECT COUNT(*) FROM audit_entry WHERE action = 'IMPORT_REFUSED'"
                        + " AND entity_type = 'Organisation' AND actor = 'admin'"),
                "the refusal is audited");
        try (var db = TestDatabase.connect();
                var query = db.prepareStatement("SELECT detail FROM audit_entry"
                        + " WHERE action = 'IMPORT_REFUSED' AND entity_type = 'Organisation' ORDER BY id DESC");
                var rs = query.executeQuery()) {
            rs.next();
            assertTrue(rs.getString(1).startsWith("bad.xlsx: refused, 4 problems"), rs.getString(1));
        }

        JsonObject dryRun = json(admin.upload(IMPORT + "?dryRun=true", "bad.xlsx", write(bad, "xlsx")), 200);
        assertEquals(errors, dryRun.getJsonArray("errors"), "the dry run lists the same problems");
    }

    @Test
    void aCountyCannotAttachToItsCityNorSeeBeyondItsSubtree() throws Exception {
        List<List<Object>> sheet = List.of(List.of("范围测试小学", "学校", "临沧市", ""), List.of("范围测试中学", "学校", "临翔区", ""));
        Api linxiang = Api.as(base, "linxiang");
        JsonObject dryRun = json(linxiang.upload(IMPORT + "?dryRun=true", "scope.xlsx", write(sheet, "xlsx")), 200);
        JsonArray errors = dryRun.getJsonArray("errors");
        assertEquals(1, errors.size(), errors.toString());
        assertEquals(2, errors.getJsonObject(0).getInt("row"));
        assertEquals("上级单位", errors.getJsonObject(0).getString("column"));
        assertTrue(errors.getJsonObject(0).getString("message").contains("临沧市"));
        assertEquals(
                422,
                linxiang.upload(IMPORT + "?dryRun=false", "scope.xlsx", write(sheet, "xlsx"))
                        .statusCode());
        assertFalse(units(linxiang).containsKey("范围测试中学"), "all or nothing");

        assertEquals(
                403,
                Api.as(base, "principal")
                        .upload(IMPORT + "?dryRun=true", "scope.xlsx", write(sheet, "xlsx"))
                        .statusCode(),
                "school administrators do not build the tree");
        assertEquals(403, Api.as(base, "teacher").get(IMPORT + "/template").statusCode());
    }

    @Test
    void theTemplateHasTheHeaderAndTwoExampleRows() throws Exception {
        String token =
                Base64.getEncoder().encodeToString(("city:" + Api.DEMO_PASSWORD).getBytes(StandardCharsets.UTF_8));
        HttpResponse<byte[]> template = HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(URI.create(base.toString()).resolve(IMPORT + "/template"))
                                .header("Authorization", "Basic " + token)
                                .build(),
                        HttpResponse.BodyHandlers.ofByteArray());
        assertEquals(200, template.statusCode());
        assertTrue(template.headers().firstValue("Content-Type").orElse("").contains("spreadsheetml"));
        List<SheetRow> rows = new SpreadsheetReader().read(new ByteArrayInputStream(template.body()), "template.xlsx");
        assertEquals(3, rows.size());
        assertEquals(HEADER, rows.get(0).cells());
        assertEquals("县(区)", rows.get(1).cell(1));
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

    private static int total(Api api) throws Exception {
        return json(api.get("/api/v1/organisations?size=1"), 200).getInt("total");
    }

    private static Map<String, JsonObject> units(Api api) throws Exception {
        return json(api.get("/api/v1/organisations?size=500"), 200)
                .getJsonArray("items")
                .getValuesAs(JsonObject.class)
                .stream()
                .collect(Collectors.toMap(u -> u.getString("name"), u -> u, (a, b) -> a));
    }

    private static int count(String sql) throws Exception {
        try (var db = TestDatabase.connect();
                var query = db.prepareStatement(sql);
                var rs = query.executeQuery()) {
            rs.next();
            return rs.getInt(1);
        }
    }

    private static JsonObject json(HttpResponse<String> r, int status) {
        assertEquals(status, r.statusCode(), r.body());
        return Json.createReader(new StringReader(r.body())).readObject();
    }
}
