package cn.edu.ttms.it.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.edu.ttms.domain.model.attendance.AttendanceToken;
import cn.edu.ttms.it.TestDatabase;
import com.google.zxing.BinaryBitmap;
import com.google.zxing.DecodeHintType;
import com.google.zxing.client.j2se.BufferedImageLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import jakarta.json.JsonObject;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.net.URL;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import javax.imageio.ImageIO;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Attendance over real HTTP (issue "Enrolment, rosters and attendance", item 6): the project's lead opens
 * a session of a stage and shows its QR code, a PNG of the phone page's URL with a signed token; an
 * enrolled teacher signs in with it once (a second scan finds the same record), a teacher who is not
 * enrolled, a tampered and an expired code are refused; the lead marks a trainee by hand only with a
 * reason; the hours attended add up per stage, each reader seeing the trainees of their own subtree.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class AttendanceIT {

    private static final String SCAN = "/api/v1/attendance/scan";

    @ArquillianResource
    URL base;

    @Test
    void theLeadShowsASignedExpiringCodeTraineesSignInOnceAndTheHoursAddUpPerStage() throws Exception {
        Scenario scenario = new Scenario(base);
        long planId = scenario.cityPlan(2001);
        long centre = json(Api.as(base, "lead").get("/api/v1/me"), 200)
                .getJsonObject("organisation")
                .getJsonNumber("id")
                .longValue();
        long lead = leadAccount();
        long teacher = json(Api.as(base, "teacher").get("/api/v1/me"), 200)
                .getJsonNumber("teacherId")
                .longValue();
        long teacher2 = json(Api.as(base, "teacher2").get("/api/v1/me"), 200)
                .getJsonNumber("teacherId")
                .longValue();
        long other = scenario.freshTeachers(List.of("临翔区第一完全小学"), 2, 20010002L).stream()
                .filter(t -> t != teacher)
                .findFirst()
                .orElseThrow();
        long project = scenario.create(
                Scenario.project(planId, "考勤测试项目", 10, "DIRECTIVE", "2027-11-15", "2027-11-17")
                        .add("hostId", centre)
                        .add("leadId", lead),
                true);
        for (long t : List.of(teacher, other)) {
            json(
                    Api.as(base, "city")
                            .post("/api/v1/projects/" + project + "/enrolments", "{\"teacherId\":" + t + "}"),
                    201);
        }
        json(Api.as(base, "city").post("/api/v1/projects/" + project + "/transitions", "{\"action\":\"START\"}"), 200);

        // who opens a session
        String open = "/api/v1/projects/" + project + "/attendance-sessions";
        String morning = "{\"stageNo\":1,\"date\":\"2027-11-15\",\"hours\":3}";
        refused(Api.as(base, "fengqing").post(open, morning), 403, "项目负责人");
        assertEquals(403, Api.as(base, "teacher").post(open, morning).statusCode(), "a trainee does not open sessions");
        refused(Api.as(base, "lead").post(open, "{\"stageNo\":2,\"date\":\"2027-11-15\",\"hours\":3}"), 422, "第 2 阶段");
        refused(Api.as(base, "lead").post(open, "{\"stageNo\":1,\"date\":\"2027-11-15\",\"hours\":0}"), 422, "课时");
        JsonObject session = json(Api.as(base, "lead").post(open, morning), 201);
        long sessionId = session.getJsonNumber("id").longValue();
        String token = session.getString("token");
        assertEquals(
                0,
                new BigDecimal("3.0").compareTo(session.getJsonNumber("hours").bigDecimalValue()));
        assertTrue(session.getString("attendUrl").endsWith("/app/attend.xhtml?t=" + token), session.toString());
        assertTrue(
                session.getString("qrUrl").endsWith("/app/attendance/qr.png?session=" + sessionId), session.toString());

        // the QR code of the adviser's page: the phone page's URL with a fresh signed token
        String qr = "/app/attendance/qr.png?session=" + sessionId;
        WebSession leadPages = WebSession.signIn(base, "lead");
        HttpResponse<byte[]> png = leadPages.download(qr);
        assertEquals(200, png.statusCode());
        assertEquals(
                "image/png", png.headers().firstValue("Content-Type").orElse("").split(";")[0]);
        String url = decode(png.body());
        assertTrue(url.startsWith(base + "app/attend.xhtml?t="), url);
        String qrToken = url.substring(url.indexOf("?t=") + 3);
        assertEquals(64, qrToken.length(), url);
        assertEquals(404, WebSession.signIn(base, "teacher2").download(qr).statusCode(), "not for a teacher");
        assertEquals(404, WebSession.signIn(base, "fengqing").download(qr).statusCode(), "nor for another county");
        String adviserPage =
                leadPages.get("/app/attendance/session.xhtml?id=" + sessionId).body();
        assertTrue(adviserPage.contains("考勤测试项目") && adviserPage.contains("qr.png?session=" + sessionId), adviserPage);
        assertTrue(leadPages.get("/app/attendance/list.xhtml").body().contains("考勤测试项目"), "the lead's projects");

        // the trainee scans: once
        JsonObject signed = json(Api.as(base, "teacher").post(SCAN, body(qrToken)), 201);
        assertEquals("SCAN", signed.getString("how"));
        assertEquals(sessionId, signed.getJsonNumber("sessionId").longValue());
        assertEquals(teacher, signed.getJsonNumber("teacherId").longValue());
        assertEquals("2027-11-15", signed.getString("date"));
        JsonObject again = json(Api.as(base, "teacher").post(SCAN, body(token)), 200);
        assertFalse(again.getBoolean("created"), "a second scan records nothing");
        assertEquals(signed.getString("recordedAt"), again.getString("recordedAt"));

        // refusals
        refused(Api.as(base, "teacher2").post(SCAN, body(token)), 403, "不是“考勤测试项目”的在册学员");
        char c = token.charAt(20);
        refused(
                Api.as(base, "teacher")
                        .post(SCAN, body(token.substring(0, 20) + (c == 'A' ? 'B' : 'A') + token.substring(21))),
                422,
                "无效");
        String expired = AttendanceToken.issue(
                        sessionId, Clock.fixed(Instant.now().minusSeconds(600), ZoneOffset.UTC))
                .sign(installationSecret());
        refused(Api.as(base, "teacher").post(SCAN, body(expired)), 422, "已过期");
        assertEquals(403, Api.as(base, "city").post(SCAN, body(token)).statusCode(), "staff do not scan");

        // a manual mark needs a reason and an enrolled trainee
        String marks = "/api/v1/attendance-sessions/" + sessionId + "/marks";
        refused(Api.as(base, "lead").post(marks, "{\"teacherId\":" + other + "}"), 422, "原因");
        refused(Api.as(base, "lead").post(marks, "{\"teacherId\":" + other + ",\"reason\":\"  \"}"), 422, "原因");
        refused(Api.as(base, "lead").post(marks, "{\"teacherId\":" + teacher2 + ",\"reason\":\"补登\"}"), 422, "在册学员");
        assertEquals(
                404,
                Api.as(base, "fengqing")
                        .post(marks, "{\"teacherId\":" + other + ",\"reason\":\"越权\"}")
                        .statusCode());
        JsonObject marked =
                json(Api.as(base, "lead").post(marks, "{\"teacherId\":" + other + ",\"reason\":\"手机没电\"}"), 201);
        assertEquals("MANUAL", marked.getString("how"));
        assertEquals("手机没电", marked.getString("reason"));
        assertEquals("lead", marked.getString("recordedBy"));

        JsonObject sheet = json(Api.as(base, "lead").get("/api/v1/attendance-sessions/" + sessionId), 200);
        assertEquals(2, sheet.getJsonArray("present").size(), sheet.toString());
        assertTrue(sheet.getJsonArray("absent").isEmpty(), sheet.toString());
        assertEquals(
                404,
                Api.as(base, "fengqing")
                        .get("/api/v1/attendance-sessions/" + sessionId)
                        .statusCode());

        // an afternoon session opened by the owning bureau; the trainee signs in on the phone page
        JsonObject afternoon = json(
                Api.as(base, "city")
                        .post(
                                open,
                                "{\"stageNo\":1,\"date\":\"2027-11-16\",\"hours\":2.5,\"startsAt\":\"14:00\",\"endsAt\":\"16:30\"}"),
                201);
        WebSession phone = WebSession.signIn(base, "teacher");
        String page =
                phone.get("/app/attend.xhtml?t=" + afternoon.getString("token")).body();
        assertTrue(
                page.contains("签到成功")
                        && page.contains("考勤测试项目")
                        && page.contains("第 1 阶段")
                        && page.contains("2027-11-16"),
                page);
        assertTrue(
                phone.get("/app/attend.xhtml?t=" + afternoon.getString("token"))
                        .body()
                        .contains("您已于"),
                "opening it again says when");

        // hours attended per stage: the teacher 3 + 2.5, the other trainee 3 (marked)
        JsonObject hours = json(Api.as(base, "lead").get("/api/v1/projects/" + project + "/attendance"), 200);
        JsonObject stage1 = hours.getJsonArray("stages").getJsonObject(0);
        assertEquals(1, stage1.getInt("stageNo"));
        assertEquals(2, stage1.getInt("sessions"));
        assertDecimal("5.5", stage1.getJsonNumber("hours").bigDecimalValue());
        Map<Long, JsonObject> byTeacher = byTeacher(hours);
        assertEquals(2, byTeacher.size(), hours.toString());
        assertDecimal("5.5", byTeacher.get(teacher).getJsonNumber("total").bigDecimalValue());
        assertDecimal(
                "5.5",
                byTeacher
                        .get(teacher)
                        .getJsonArray("stages")
                        .getJsonObject(0)
                        .getJsonNumber("hours")
                        .bigDecimalValue());
        assertDecimal("3.0", byTeacher.get(other).getJsonNumber("total").bigDecimalValue());
        assertEquals(
                2,
                byTeacher(json(Api.as(base, "linxiang").get("/api/v1/projects/" + project + "/attendance"), 200))
                        .size(),
                "临翔区 sees its own trainees");
        assertTrue(
                json(Api.as(base, "fengqing").get("/api/v1/projects/" + project + "/attendance"), 200)
                        .getJsonArray("trainees")
                        .isEmpty(),
                "凤庆县 sees none of 临翔区's");
        assertEquals(
                403,
                Api.as(base, "teacher2")
                        .get("/api/v1/projects/" + project + "/attendance")
                        .statusCode(),
                "a teacher reads no sheet");

        String projectPage = WebSession.signIn(base, "city")
                .get("/app/projects/view.xhtml?id=" + project)
                .body();
        assertTrue(projectPage.contains("attendanceSessions") && projectPage.contains("开始签到"), projectPage);
    }

    private static String body(String token) {
        return "{\"token\":\"" + token + "\"}";
    }

    /**
     * The text of the QR code in a PNG. ZXing's finder-pattern search misses about 1.5 % of freshly generated codes
     * of this size whatever the error correction or quiet zone (47 of 3,000 random tokens, even with TRY_HARDER), so
     * the test reads the image as what it is, an unrotated code on a white ground; what the phone's scanner makes of
     * it is beyond this test.
     */
    private static String decode(byte[] png) throws Exception {
        BufferedImage image = ImageIO.read(new ByteArrayInputStream(png));
        return new QRCodeReader()
                .decode(
                        new BinaryBitmap(new HybridBinarizer(new BufferedImageLuminanceSource(image))),
                        Map.of(DecodeHintType.PURE_BARCODE, Boolean.TRUE))
                .getText();
    }

    /** The id of the demo account {@code lead} (项目负责人 of 临沧市教师发展中心). */
    private static long leadAccount() throws Exception {
        try (Connection c = TestDatabase.connect();
                ResultSet rs =
                        c.createStatement().executeQuery("SELECT id FROM user_account WHERE username = 'lead'")) {
            assertTrue(rs.next(), "the demo account lead");
            return rs.getLong(1);
        }
    }

    /** The secret the installation generated for attendance codes (no app.attendance.secret in the tests). */
    private static byte[] installationSecret() throws Exception {
        try (Connection c = TestDatabase.connect();
                PreparedStatement s = c.prepareStatement("SELECT setting_value FROM system_setting WHERE name = ?")) {
            s.setString(1, "attendance.secret");
            try (ResultSet rs = s.executeQuery()) {
                assertTrue(rs.next(), "the generated attendance secret");
                return Base64.getDecoder().decode(rs.getString(1));
            }
        }
    }

    private static Map<Long, JsonObject> byTeacher(JsonObject hours) {
        return hours.getJsonArray("trainees").getValuesAs(JsonObject.class).stream()
                .collect(Collectors.toMap(t -> t.getJsonNumber("teacherId").longValue(), t -> t));
    }

    private static void assertDecimal(String expected, BigDecimal actual) {
        assertEquals(0, new BigDecimal(expected).compareTo(actual), expected + " ≠ " + actual);
    }

    private static void refused(HttpResponse<String> r, int status, String words) {
        assertEquals(status, r.statusCode(), r.body());
        assertTrue(r.body().contains(words), r.body());
    }

    private static JsonObject json(HttpResponse<String> r, int status) {
        return Scenario.json(r, status);
    }
}
