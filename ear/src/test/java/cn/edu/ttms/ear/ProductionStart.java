package cn.edu.ttms.ear;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;

/**
 * The README's "Putting it into service" walk, step by step over the API, as government IT and a
 * bureau would do it on an installation with no demo data: the first administrator (from
 * configuration) imports the organisation tree, opens a county administrator, who opens a bureau
 * officer, who imports the teachers and opens their accounts; the school's sheet of one-time
 * passwords is fetched once, and a teacher signs in with it, sets a password and reads the archive.
 */
final class ProductionStart {

    /** The first administrator, from configuration, as the README tells government IT to create it. */
    static final String FIRST_ADMIN = "itadmin";

    static final String FIRST_ADMIN_PASSWORD = "First2026admin";

    private static final String COUNTY = "临翔区";
    private static final String SCHOOL = "临翔区第一中学";
    private static final String[] TEACHERS = {"张明", "李华", "王芳"};

    private final URI base;
    private final HttpClient http =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    private final Map<String, String> passwords = new HashMap<>();

    ProductionStart(URI base) {
        this.base = base;
        passwords.put(FIRST_ADMIN, FIRST_ADMIN_PASSWORD);
    }

    /** The argument of {@code asadmin create-system-properties} that creates the first administrator. */
    static String firstAdministratorProperties() {
        return "app.admin.username=" + FIRST_ADMIN + ":app.admin.password=" + FIRST_ADMIN_PASSWORD;
    }

    /** A GET as one of the users of the walk (after it), signed in with the password they now have. */
    HttpResponse<String> getAs(String username, String path) throws Exception {
        return send(username, get(path));
    }

    void walk() throws Exception {
        String admin = FIRST_ADMIN;

        // 1. The first administrator exists, at the root unit, with the password IT configured.
        JsonObject me = json(send(admin, get("api/v1/me")), 200);
        assertTrue(me.getJsonArray("roles").getValuesAs(JsonValue::toString).contains("\"ADMIN\""), me.toString());
        assertFalse(me.getBoolean("passwordChangeRequired"), me.toString());
        assertEquals(
                1, json(send(admin, get("api/v1/organisations")), 200).getInt("total"), "an empty tree but the root");
        String root = me.getJsonObject("organisation").getString("name");

        // 2. The organisation tree from one sheet (order in the sheet does not matter).
        String units = "单位名称,单位类型,上级单位,单位代码\n"
                + SCHOOL + ",学校," + COUNTY + ",530902001\n"
                + COUNTY + ",县(区)," + "临沧市,530902\n"
                + "临沧市,市(州)," + root + ",5309\n"
                + "临沧市教师发展中心,培训机构,临沧市,\n";
        JsonObject imported = json(
                send(
                        admin,
                        upload(
                                "api/v1/organisations/import?dryRun=false",
                                "units.csv",
                                units.getBytes(StandardCharsets.UTF_8))),
                200);
        assertEquals(4, imported.getInt("created"), imported.toString());
        long county = unitId(admin, COUNTY);
        long school = unitId(admin, SCHOOL);

        // 3. A county administrator, who must choose a password at the first sign-in.
        String countyAdmin = openAccount(admin, "lx-admin", "临翔区教育局 管理员", county, "ADMIN");
        assertEquals(403, send(countyAdmin, get("api/v1/organisations")).statusCode(), "nothing before the password");
        choosePassword(countyAdmin, "Linxiang2026");

        // 4. The county administrator opens a bureau officer of the county.
        String officer = openAccount(countyAdmin, "lx-staff", "临翔区教育局 李老师", county, "BUREAU_STAFF");
        choosePassword(officer, "Officer2026x");

        // 5. The officer imports the school's teachers.
        StringBuilder teachers = new StringBuilder("姓名,性别,身份证号,学校,学科,学段\n");
        List<String> numbers = new ArrayList<>();
        for (int i = 0; i < TEACHERS.length; i++) {
            String number = identityNumber("53090219850" + (301 + i) + "00" + i);
            numbers.add(number);
            // the 17th digit (i) tells the gender: odd for men
            teachers.append(TEACHERS[i])
                    .append(i % 2 == 1 ? ",男," : ",女,")
                    .append(number)
                    .append(',')
                    .append(SCHOOL)
                    .append(",数学,初中\n");
        }
        JsonObject report = json(
                send(
                        officer,
                        upload(
                                "api/v1/teachers/import?dryRun=false",
                                "teachers.csv",
                                teachers.toString().getBytes(StandardCharsets.UTF_8))),
                200);
        assertEquals(TEACHERS.length, report.getInt("imported"), report.toString());

        // 6. Accounts for every teacher of the county who has none; a second call opens nothing.
        JsonObject opened =
                json(send(officer, post("api/v1/organisations/" + county + "/teacher-accounts", "{}")), 200);
        assertEquals(TEACHERS.length, opened.getInt("created"), opened.toString());
        assertEquals(0, opened.getInt("existing"), opened.toString());
        JsonObject again = json(send(officer, post("api/v1/organisations/" + county + "/teacher-accounts", "{}")), 200);
        assertEquals(0, again.getInt("created"), again.toString());
        assertEquals(TEACHERS.length, again.getInt("existing"), again.toString());

        // 7. The school's sheet of one-time passwords, fetched once.
        JsonArray sheets = json(send(officer, get("api/v1/account-sheets?unitId=" + school)), 200)
                .getJsonArray("items");
        assertEquals(1, sheets.size(), sheets.toString());
        long sheetId = sheets.getJsonObject(0).getJsonNumber("id").longValue();
        HttpResponse<byte[]> sheet = http.send(
                authorised(officer, get("api/v1/account-sheets/" + sheetId)).build(),
                HttpResponse.BodyHandlers.ofByteArray());
        assertEquals(200, sheet.statusCode());
        Map<String, String> oneTime = oneTimePasswords(sheet.body());
        assertEquals(TEACHERS.length, oneTime.size(), oneTime.toString());
        assertEquals(
                410, send(officer, get("api/v1/account-sheets/" + sheetId)).statusCode(), "a sheet is fetched once");

        // 8. A teacher signs in with the sheet's password, chooses one, and reads their archive.
        String teacher = numbers.get(0).toLowerCase();
        assertTrue(oneTime.containsKey(teacher), "the username is the identity number: " + oneTime.keySet());
        passwords.put(teacher, oneTime.get(teacher));
        JsonObject teacherMe = json(send(teacher, get("api/v1/me")), 200);
        assertTrue(teacherMe.getBoolean("passwordChangeRequired"), teacherMe.toString());
        choosePassword(teacher, "Teacher2026z");
        long teacherId = json(send(teacher, get("api/v1/me")), 200)
                .getJsonNumber("teacherId")
                .longValue();
        assertEquals(
                200,
                send(teacher, get("api/v1/teachers/" + teacherId + "/archive")).statusCode());
    }

    private String openAccount(String by, String username, String name, long unit, String role) throws Exception {
        String body = Json.createObjectBuilder()
                .add("username", username)
                .add("displayName", name)
                .add("organisationId", unit)
                .add("roles", Json.createArrayBuilder().add(role))
                .build()
                .toString();
        JsonObject account = json(send(by, post("api/v1/accounts", body)), 201);
        passwords.put(username, account.getString("initialPassword"));
        return username;
    }

    private void choosePassword(String username, String chosen) throws Exception {
        String body = Json.createObjectBuilder()
                .add("current", passwords.get(username))
                .add("next", chosen)
                .build()
                .toString();
        HttpResponse<String> changed = send(username, post("api/v1/me/password", body));
        assertEquals(204, changed.statusCode(), changed.body());
        passwords.put(username, chosen);
        assertFalse(json(send(username, get("api/v1/me")), 200).getBoolean("passwordChangeRequired"));
    }

    private long unitId(String as, String name) throws Exception {
        for (JsonObject unit : json(send(as, get("api/v1/organisations?size=500")), 200)
                .getJsonArray("items")
                .getValuesAs(JsonObject.class)) {
            if (unit.getString("name").equals(name)) {
                return unit.getJsonNumber("id").longValue();
            }
        }
        throw new AssertionError("no unit " + name);
    }

    /** Username → one-time password, from the sheet's columns of those names. */
    private static Map<String, String> oneTimePasswords(byte[] xlsx) throws IOException {
        Map<String, String> found = new HashMap<>();
        DataFormatter text = new DataFormatter();
        try (Workbook book = WorkbookFactory.create(new ByteArrayInputStream(xlsx))) {
            Sheet sheet = book.getSheetAt(0);
            int userColumn = -1;
            int passwordColumn = -1;
            for (Row row : sheet) {
                if (userColumn < 0) {
                    for (Cell cell : row) {
                        String header = text.formatCellValue(cell).strip();
                        if (header.equals("用户名")) {
                            userColumn = cell.getColumnIndex();
                        } else if (header.equals("一次性密码")) {
                            passwordColumn = cell.getColumnIndex();
                        }
                    }
                    continue;
                }
                String user = text.formatCellValue(row.getCell(userColumn)).strip();
                String password = passwordColumn < 0
                        ? ""
                        : text.formatCellValue(row.getCell(passwordColumn)).strip();
                if (!user.isEmpty() && !password.isEmpty()) {
                    found.put(user, password);
                }
            }
        }
        return found;
    }

    /** A valid 18-digit identity number from its first 17 digits (GB 11643 check digit). */
    static String identityNumber(String first17) {
        int[] weights = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += (first17.charAt(i) - '0') * weights[i];
        }
        return first17 + "10X98765432".charAt(sum % 11);
    }

    private HttpRequest.Builder get(String path) {
        return HttpRequest.newBuilder(base.resolve(path)).GET();
    }

    private HttpRequest.Builder post(String path, String json) {
        return HttpRequest.newBuilder(base.resolve(path))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8));
    }

    private HttpRequest.Builder upload(String path, String fileName, byte[] content) throws IOException {
        String boundary = "ttms-" + System.nanoTime();
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        body.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + fileName
                        + "\"\r\nContent-Type: text/csv\r\n\r\n")
                .getBytes(StandardCharsets.UTF_8));
        body.write(content);
        body.write(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return HttpRequest.newBuilder(base.resolve(path))
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray()));
    }

    private HttpRequest.Builder authorised(String username, HttpRequest.Builder request) {
        String token = Base64.getEncoder()
                .encodeToString((username + ":" + passwords.get(username)).getBytes(StandardCharsets.UTF_8));
        return request.header("Authorization", "Basic " + token).header("Accept-Language", "zh-CN");
    }

    private HttpResponse<String> send(String username, HttpRequest.Builder request) throws Exception {
        return http.send(
                authorised(username, request).build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    private static JsonObject json(HttpResponse<String> response, int expected) {
        assertEquals(expected, response.statusCode(), response.request().uri() + " → " + response.body());
        try (var reader = Json.createReader(new StringReader(response.body()))) {
            return reader.readObject();
        }
    }
}
