package cn.edu.ttms.it.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.edu.ttms.it.TestDatabase;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.net.URL;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Issue 15, items 1 and 2 over REST: accounts opened with a one-time password, the first sign-in,
 * resets, disabling and unlocking; and delegated administration along the tree, tried every way an
 * administrator, bureau staff or a principal could reach beyond their rights.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class AccountAdministrationIT {

    private static final String OTP = "[A-HJKMNP-Z2-9]{4}(-[A-HJKMNP-Z2-9]{4}){3}";
    private static final AtomicInteger SEQ = new AtomicInteger();
    private static final String RUN = Long.toString(System.currentTimeMillis() % 1_000_000_000L, 36);

    @ArquillianResource
    URL base;

    @Test
    void aNewAccountSignsInWithItsOneTimePasswordOnceAndMustFirstChooseItsOwn() throws Exception {
        String username = unique("staff");
        HttpResponse<String> created = Api.as(base, "admin")
                .post("/api/v1/accounts", opening(username, "新同事", unit("临翔区"), "\"BUREAU_STAFF\"", null));
        assertEquals(201, created.statusCode(), created.body());
        JsonObject account = json(created);
        String otp = account.getString("initialPassword");
        assertTrue(otp.matches(OTP), otp);
        assertTrue(account.getBoolean("passwordChangeRequired"));
        assertEquals("临翔区", account.getJsonObject("organisation").getString("name"));
        assertEquals(List.of("BUREAU_STAFF"), roles(account));
        assertTrue(created.headers()
                .firstValue("Location")
                .orElse("")
                .endsWith("/api/v1/accounts/" + account.getInt("id")));

        Api first = Api.as(base, username, otp);
        JsonObject me = json(first.get("/api/v1/me"));
        assertTrue(me.getBoolean("passwordChangeRequired"), me.toString());
        HttpResponse<String> other = first.get("/api/v1/teachers");
        assertEquals(403, other.statusCode(), other.body());
        assertTrue(other.headers().firstValue("Content-Type").orElse("").startsWith("application/problem+json"));
        assertTrue(other.body().contains("请先修改初始密码"), other.body());
        // written by a servlet filter (AccountGate), which runs after the one that gives the request its id
        assertEquals(
                other.headers().firstValue("X-Request-Id").orElse("none"),
                Json.createReader(new StringReader(other.body())).readObject().getString("requestId"),
                other.body());
        assertTrue(first.inEnglish().get("/api/v1/teachers").body().contains("Set your own password first"));
        assertEquals(
                403,
                first.post("/api/v1/accounts", opening(unique("x"), "x", unit("临翔区"), "\"TEACHER\"", null))
                        .statusCode(),
                "nothing else, not even administration");

        HttpResponse<String> changed = first.post(
                "/api/v1/me/password", "{\"current\":\"" + otp.toLowerCase() + "\",\"next\":\"Eigen2026pass\"}");
        assertEquals(204, changed.statusCode(), changed.body());
        assertEquals(
                401, Api.as(base, username, otp).get("/api/v1/me").statusCode(), "the one-time password is used up");
        Api own = Api.as(base, username, "Eigen2026pass");
        HttpResponse<String> twice =
                own.post("/api/v1/me/password", "{\"current\":\"" + otp + "\",\"next\":\"Noch2026mal\"}");
        assertEquals(422, twice.statusCode(), "a one-time password used twice: " + twice.body());
        assertFalse(json(own.get("/api/v1/me")).getBoolean("passwordChangeRequired"));
        assertEquals(200, own.get("/api/v1/teachers?size=1").statusCode());

        JsonObject listed = only(json(Api.as(base, "admin").get("/api/v1/accounts?q=" + username)), username);
        assertEquals(account.getInt("id"), listed.getInt("id"));
        assertTrue(listed.getBoolean("enabled"));
        assertFalse(listed.getBoolean("locked"));
        assertFalse(listed.getBoolean("passwordChangeRequired"));
        assertFalse(listed.containsKey("initialPassword"), "shown only when opened");
        assertTrue(listed.isNull("teacherId"));
        String named = unique("named");
        String fullName = "检索用的姓名" + RUN;
        assertEquals(
                201,
                Api.as(base, "admin")
                        .post("/api/v1/accounts", opening(named, fullName, unit("临翔区"), "\"BUREAU_REVIEWER\"", null))
                        .statusCode());
        JsonObject byName = json(Api.as(base, "admin")
                .get("/api/v1/accounts?q="
                        + java.net.URLEncoder.encode(fullName, java.nio.charset.StandardCharsets.UTF_8)
                        + "&organisationId=" + unit("临翔区") + "&page=0&size=5"));
        assertEquals(1, byName.getInt("total"), byName.toString());
        assertEquals(named, byName.getJsonArray("items").getJsonObject(0).getString("username"));

        // a reset: the password the person chose stops working at once, the new one-time password works once more
        HttpResponse<String> reset =
                Api.as(base, "admin").post("/api/v1/accounts/" + account.getInt("id") + "/password-reset", "{}");
        assertEquals(200, reset.statusCode(), reset.body());
        String again = json(reset).getString("initialPassword");
        assertTrue(again.matches(OTP) && !again.equals(otp), again);
        assertEquals(401, own.get("/api/v1/me").statusCode(), "the old password is refused at once");
        assertTrue(json(Api.as(base, username, again).get("/api/v1/me")).getBoolean("passwordChangeRequired"));
        assertEquals(2, auditCount("PASSWORD_RESET", account.getInt("id")), "opening and reset both recorded");
    }

    @Test
    void aDisabledAccountIsRefusedAtOnceAndAnUnlockedOneSignsInAgain() throws Exception {
        String username = unique("off");
        JsonObject account = ready("admin", username, unit("凤庆县"), "\"BUREAU_STAFF\"");
        Api user = Api.as(base, username, "Eigen2026pass");
        assertEquals(200, user.get("/api/v1/teachers?size=1").statusCode(), "remembered by the API for a minute");
        String path = "/api/v1/accounts/" + account.getInt("id");

        JsonObject off = json(Api.as(base, "admin")
                .put(
                        path,
                        update(
                                "停用的同事",
                                account.getJsonObject("organisation").getInt("id"),
                                "\"BUREAU_STAFF\"",
                                false,
                                null)));
        assertFalse(off.getBoolean("enabled"));
        HttpResponse<String> refused = user.get("/api/v1/teachers?size=1");
        assertEquals(401, refused.statusCode(), "within the credential minute: " + refused.body());
        assertTrue(refused.headers().firstValue("Content-Type").orElse("").startsWith("application/problem+json"));
        assertEquals(
                200,
                Api.as(base, "admin")
                        .put(
                                path,
                                update(
                                        "停用的同事",
                                        account.getJsonObject("organisation").getInt("id"),
                                        "\"BUREAU_STAFF\"",
                                        true,
                                        null))
                        .statusCode());
        assertEquals(200, user.get("/api/v1/teachers?size=1").statusCode(), "enabled again");

        for (int i = 0; i < 6; i++) {
            Api.as(base, username, "wrong-" + i).get("/api/v1/me");
        }
        assertTrue(json(Api.as(base, "admin").get(path)).getBoolean("locked"));
        assertEquals(401, user.get("/api/v1/me").statusCode(), "locked");
        HttpResponse<String> unlocked = Api.as(base, "admin").post(path + "/unlock", "{}");
        assertEquals(200, unlocked.statusCode(), unlocked.body());
        assertFalse(json(unlocked).getBoolean("locked"));
        assertEquals(200, user.get("/api/v1/me").statusCode(), "signs in again");
        assertEquals(1, auditCount("ACCOUNT_UNLOCKED", account.getInt("id")));
    }

    @Test
    void aCountyAdministratorStaysInsideTheCountyAndGivesNoRoleBeyondIt() throws Exception {
        long linxiang = unit("临翔区");
        String adminName = unique("lxadmin");
        JsonObject countyAdmin = ready("admin", adminName, linxiang, "\"ADMIN\"");
        Api county = Api.as(base, adminName, "Eigen2026pass");

        assertStatus(
                403,
                county.post("/api/v1/accounts", opening(unique("po"), "越权", linxiang, "\"PROVINCE_OFFICER\"", null)),
                "no PROVINCE_OFFICER at a county");
        assertStatus(
                404,
                county.post("/api/v1/accounts", opening(unique("cy"), "越权", unit("临沧市"), "\"BUREAU_STAFF\"", null)),
                "nothing in the city bureau above");
        assertStatus(
                404,
                county.post("/api/v1/accounts", opening(unique("fq"), "越权", unit("凤庆县"), "\"BUREAU_STAFF\"", null)),
                "nothing in another county");
        assertStatus(
                404,
                county.post("/api/v1/accounts", opening(unique("pv"), "越权", unit("云南省"), "\"ADMIN\"", null)),
                "nothing at the province");
        assertStatus(
                403,
                county.post(
                        "/api/v1/accounts",
                        opening(unique("ex"), "越权", linxiang, "\"BUREAU_STAFF\",\"PROVINCE_OFFICER\"", null)),
                "an extra role in the list");
        assertStatus(
                403,
                county.post(
                        "/api/v1/accounts",
                        opening(unique("ex"), "越权", unit("临翔区第一完全小学"), "\"TEACHER\",\"BUREAU_STAFF\"", null)),
                "a bureau role at a school");
        HttpResponse<String> staff = county.post(
                "/api/v1/accounts",
                opening(unique("lxs"), "区里新同事", linxiang, "\"BUREAU_STAFF\",\"BUREAU_REVIEWER\"", null));
        assertEquals(201, staff.statusCode(), staff.body());
        JsonObject staffAccount = json(staff);
        String staffPath = "/api/v1/accounts/" + staffAccount.getInt("id");

        Set<String> seen =
                json(county.get("/api/v1/accounts?size=500"))
                        .getJsonArray("items")
                        .getValuesAs(JsonObject.class)
                        .stream()
                        .map(a -> a.getString("username"))
                        .collect(Collectors.toSet());
        assertTrue(seen.containsAll(Set.of("linxiang", "principal", "teacher", adminName)), seen.toString());
        assertFalse(
                seen.contains("fengqing")
                        || seen.contains("teacher2")
                        || seen.contains("city")
                        || seen.contains("admin")
                        || seen.contains("lead")
                        || seen.contains("province"),
                seen.toString());

        for (String outside : List.of("fengqing", "teacher2", "city", "admin")) {
            int id = accountId(outside);
            String path = "/api/v1/accounts/" + id;
            assertStatus(404, county.get(path), "reading " + outside);
            assertStatus(
                    404,
                    county.put(path, update("改名", linxiang, "\"BUREAU_STAFF\"", true, null)),
                    "changing " + outside);
            assertStatus(404, county.post(path + "/password-reset", "{}"), "resetting " + outside);
            assertStatus(404, county.post(path + "/unlock", "{}"), "unlocking " + outside);
        }
        assertStatus(404, county.get("/api/v1/accounts/987654321"), "an id that does not exist");
        assertStatus(404, county.get("/api/v1/accounts?organisationId=" + unit("凤庆县")), "another county as filter");

        assertStatus(
                404,
                county.put(staffPath, update("上调", unit("临沧市"), "\"BUREAU_STAFF\"", true, null)),
                "moving an account up to the city");
        assertStatus(
                404,
                county.put(staffPath, update("外调", unit("凤庆县"), "\"BUREAU_STAFF\"", true, null)),
                "moving an account to another county");
        assertStatus(
                403,
                county.put(staffPath, update("升级", linxiang, "\"PROVINCE_OFFICER\"", true, null)),
                "a role not exercisable at the county");
        assertStatus(
                403,
                county.put(staffPath, update("下放", unit("临翔区第一完全小学"), "\"BUREAU_STAFF\"", true, null)),
                "a bureau role at a school");
        assertEquals(
                "区里同事",
                json(county.put(staffPath, update("区里同事", linxiang, "\"BUREAU_STAFF\"", true, null)))
                        .getString("displayName"));

        String own = "/api/v1/accounts/" + countyAdmin.getInt("id");
        assertStatus(
                403, county.put(own, update("我", linxiang, "\"ADMIN\",\"BUREAU_STAFF\"", true, null)), "own roles");
        assertStatus(403, county.put(own, update("我", linxiang, "\"ADMIN\"", false, null)), "own standing");
        assertStatus(403, county.post(own + "/password-reset", "{}"), "own password");
        assertEquals(
                "区管理员",
                json(county.put(own, update("区管理员", linxiang, "\"ADMIN\"", true, null)))
                        .getString("displayName"),
                "the own name may change");
        assertTrue(auditRefusals(adminName) >= 10, "the refusals are in the audit trail");

        long read = json(county.get(staffPath)).getJsonNumber("version").longValue();
        assertStatus(
                200, county.put(staffPath, update("再改", linxiang, "\"BUREAU_STAFF\"", true, read)), "the version read");
        HttpResponse<String> conflict = county.put(staffPath, update("旧版本", linxiang, "\"BUREAU_STAFF\"", true, read));
        assertEquals(409, conflict.statusCode(), conflict.body());
        assertTrue(conflict.body().contains(adminName), "names who changed it: " + conflict.body());
        assertStatus(
                200, Api.as(base, "admin").get(staffPath), "the province's administrator sees the county's accounts");
    }

    @Test
    void bureauStaffAndPrincipalsOpenAndResetTeacherAccountsOnly() throws Exception {
        long school = unit("临翔区第一完全小学");
        long otherSchool = unit("临翔区博尚镇中心完小");
        Api staff = Api.as(base, "linxiang");
        assertStatus(
                403,
                staff.post("/api/v1/accounts", opening(unique("sa"), "越权", school, "\"SCHOOL_ADMIN\"", null)),
                "no principal by bureau staff");
        assertStatus(
                403,
                staff.post("/api/v1/accounts", opening(unique("ad"), "越权", unit("临翔区"), "\"ADMIN\"", null)),
                "no administrator by bureau staff");
        assertStatus(
                403,
                staff.post("/api/v1/accounts", opening(unique("bs"), "越权", unit("临翔区"), "\"BUREAU_STAFF\"", null)),
                "no colleague by bureau staff");
        assertStatus(
                403,
                staff.post("/api/v1/accounts", opening(unique("tc"), "越权", unit("临翔区"), "\"TEACHER\"", null)),
                "a teacher account only at a school");
        HttpResponse<String> english = staff.inEnglish()
                .post("/api/v1/accounts", opening(unique("sa"), "x", school, "\"SCHOOL_ADMIN\"", null));
        assertEquals(403, english.statusCode());
        assertTrue(english.body().contains("You may not grant"), english.body());

        HttpResponse<String> teacherAccount =
                staff.post("/api/v1/accounts", opening(unique("t"), "新老师", otherSchool, "\"TEACHER\"", null));
        assertEquals(201, teacherAccount.statusCode(), teacherAccount.body());
        String teacherPath = "/api/v1/accounts/" + json(teacherAccount).getInt("id");
        assertStatus(
                403,
                staff.put(teacherPath, update("上调", unit("临翔区"), "\"TEACHER\"", true, null)),
                "a teacher account moved up to the county");
        assertStatus(
                403,
                staff.put(teacherPath, update("升级", otherSchool, "\"TEACHER\",\"SCHOOL_ADMIN\"", true, null)),
                "a teacher made principal by bureau staff");
        assertStatus(
                200, staff.put(teacherPath, update("调动的老师", school, "\"TEACHER\"", true, null)), "to another school");

        List<JsonObject> listed = json(staff.get("/api/v1/accounts?size=500"))
                .getJsonArray("items")
                .getValuesAs(JsonObject.class);
        assertTrue(
                listed.stream().allMatch(a -> roles(a).equals(List.of("TEACHER"))),
                "bureau staff see teacher accounts only");
        assertTrue(listed.stream().anyMatch(a -> a.getString("username").equals("teacher")));
        assertStatus(404, staff.get("/api/v1/accounts/" + accountId("principal")), "not a principal's");
        assertStatus(
                404,
                staff.post("/api/v1/accounts/" + accountId("linxiang") + "/password-reset", "{}"),
                "nor one's own");

        Api principal = Api.as(base, "principal");
        String colleague = unique("vice");
        int colleagueId = json(Api.as(base, "admin")
                        .post("/api/v1/accounts", opening(colleague, "副校长", school, "\"SCHOOL_ADMIN\"", null)))
                .getInt("id");
        assertStatus(
                404,
                principal.post("/api/v1/accounts/" + colleagueId + "/password-reset", "{}"),
                "a colleague principal's");
        assertStatus(
                404,
                principal.post("/api/v1/accounts/" + accountId("linxiang") + "/password-reset", "{}"),
                "bureau staff's");
        assertStatus(
                404,
                principal.post("/api/v1/accounts", opening(unique("t"), "别校老师", otherSchool, "\"TEACHER\"", null)),
                "another school");
        assertStatus(200, principal.post(teacherPath + "/password-reset", "{}"), "a teacher account of the school");
        assertStatus(404, principal.get("/api/v1/accounts?organisationId=" + otherSchool), "another school as filter");

        // a TEACHER account linked to a teacher of the school: one per teacher
        List<JsonObject> teachers = json(principal.get("/api/v1/teachers?size=50&schoolId=" + school))
                .getJsonArray("items")
                .getValuesAs(JsonObject.class);
        int demoTeacher = json(Api.as(base, "teacher").get("/api/v1/me")).getInt("teacherId");
        int teacherId = teachers.stream()
                .mapToInt(t -> t.getInt("id"))
                .filter(id -> id != demoTeacher)
                .max()
                .orElseThrow();
        HttpResponse<String> linked = principal.post(
                "/api/v1/accounts", opening(unique("tl"), "有档案的老师", school, "\"TEACHER\"", (long) teacherId));
        assertEquals(201, linked.statusCode(), linked.body());
        assertEquals(teacherId, json(linked).getInt("teacherId"));
        assertStatus(
                409,
                principal.post(
                        "/api/v1/accounts", opening(unique("tl"), "第二个", school, "\"TEACHER\"", (long) teacherId)),
                "a second account for the teacher");
        assertStatus(
                409,
                principal.post(
                        "/api/v1/accounts", opening(unique("tl"), "演示", school, "\"TEACHER\"", (long) demoTeacher)),
                "the demo teacher has one");
        assertStatus(
                422,
                staff.post(
                        "/api/v1/accounts", opening(unique("tl"), "错校", otherSchool, "\"TEACHER\"", (long) teacherId)),
                "the teacher works elsewhere");
        int fengqingTeacher = json(Api.as(base, "fengqing").get("/api/v1/teachers?size=1"))
                .getJsonArray("items")
                .getJsonObject(0)
                .getInt("id");
        assertStatus(
                404,
                principal.post(
                        "/api/v1/accounts", opening(unique("tf"), "外县", school, "\"TEACHER\"", (long) fengqingTeacher)),
                "a teacher of another county");
    }

    @Test
    void badInputIsRefusedNamingTheProblem() throws Exception {
        Api admin = Api.as(base, "admin");
        long linxiang = unit("临翔区");
        HttpResponse<String> taken =
                admin.post("/api/v1/accounts", opening("teacher", "重名", unit("临翔区第一完全小学"), "\"TEACHER\"", null));
        assertEquals(409, taken.statusCode(), taken.body());
        assertTrue(taken.body().contains("teacher") && taken.body().contains("已被使用"), taken.body());
        HttpResponse<String> unknown =
                admin.post("/api/v1/accounts", opening(unique("u"), "未知", linxiang, "\"SUPERUSER\"", null));
        assertEquals(422, unknown.statusCode(), unknown.body());
        assertTrue(unknown.body().contains("roles") && unknown.body().contains("BUREAU_STAFF"), unknown.body());
        assertStatus(
                422,
                admin.post("/api/v1/accounts", opening("Not Valid", "名", linxiang, "\"BUREAU_STAFF\"", null)),
                "username");
        assertStatus(422, admin.post("/api/v1/accounts", opening(unique("n"), "无角色", linxiang, "", null)), "no role");
        assertStatus(
                404,
                admin.post("/api/v1/accounts", opening(unique("n"), "无单位", 987654321L, "\"BUREAU_STAFF\"", null)),
                "a unit that does not exist");

        HttpResponse<String> directory = admin.post(
                "/api/v1/accounts",
                "{\"username\":\"" + unique("dir") + "\",\"displayName\":" + "\"目录用户\",\"organisationId\":" + linxiang
                        + ",\"roles\":[\"BUREAU_STAFF\"],\"directory\":true}");
        assertEquals(201, directory.statusCode(), directory.body());
        JsonObject d = json(directory);
        assertTrue(
                d.getBoolean("directory") && d.isNull("initialPassword") && !d.getBoolean("passwordChangeRequired"),
                d.toString());
        assertStatus(
                422, admin.post("/api/v1/accounts/" + d.getInt("id") + "/password-reset", "{}"), "a directory account");
    }

    // --- helpers ---

    /** An account opened by {@code by} whose person has set the password Eigen2026pass. */
    private JsonObject ready(String by, String username, long unit, String roles) throws Exception {
        HttpResponse<String> r =
                Api.as(base, by).post("/api/v1/accounts", opening(username, "测试 " + username, unit, roles, null));
        assertEquals(201, r.statusCode(), r.body());
        JsonObject account = json(r);
        HttpResponse<String> set = Api.as(base, username, account.getString("initialPassword"))
                .post(
                        "/api/v1/me/password",
                        "{\"current\":\"" + account.getString("initialPassword") + "\",\"next\":\"Eigen2026pass\"}");
        assertEquals(204, set.statusCode(), set.body());
        return account;
    }

    static String opening(String username, String displayName, long unit, String roles, Long teacherId) {
        return "{\"username\":\"" + username + "\",\"displayName\":\"" + displayName + "\",\"organisationId\":" + unit
                + ",\"roles\":[" + roles + "]" + (teacherId == null ? "" : ",\"teacherId\":" + teacherId) + "}";
    }

    static String update(String displayName, long unit, String roles, boolean enabled, Long version) {
        return "{\"displayName\":\"" + displayName + "\",\"organisationId\":" + unit + ",\"roles\":[" + roles
                + "],\"enabled\":" + enabled + (version == null ? "" : ",\"version\":" + version) + "}";
    }

    /**
     * A cluster shares the database, not the nodes' memory: a password changed on another node (here: straight
     * in the database, with no event on this node) stops working on this node's API at once, though this node
     * remembered the old one a moment ago; the new one works.
     */
    @Test
    void aPasswordChangedOnAnotherNodeStopsWorkingHereAtOnce() throws Exception {
        String username = unique("node");
        JsonObject account = json(Api.as(base, "admin")
                .post("/api/v1/accounts", opening(username, "另一节点", unit("临翔区"), "\"BUREAU_STAFF\"", null)));
        String otp = account.getString("initialPassword");
        assertEquals(200, Api.as(base, username, otp).get("/api/v1/me").statusCode());
        assertEquals(200, Api.as(base, username, otp).get("/api/v1/me").statusCode(), "now remembered");
        try (Connection c = TestDatabase.connect();
                PreparedStatement s = c.prepareStatement("UPDATE user_account u JOIN (SELECT password_hash FROM"
                        + " user_account WHERE username = 'city') o SET u.password_hash = o.password_hash,"
                        + " u.one_time_password_hash = NULL, u.one_time_password_expires = NULL,"
                        + " u.password_change_required = FALSE, u.version = u.version + 1 WHERE u.username = ?")) {
            s.setString(1, username);
            assertEquals(1, s.executeUpdate());
        }
        assertEquals(401, Api.as(base, username, otp).get("/api/v1/me").statusCode(), "the old password is gone");
        assertEquals(200, Api.as(base, username, "Demo@2026").get("/api/v1/me").statusCode(), "the new one works");
    }

    private static String unique(String prefix) {
        return prefix + "-" + RUN + "-" + SEQ.incrementAndGet();
    }

    private long unit(String name) throws Exception {
        return json(Api.as(base, "admin").get("/api/v1/organisations?size=500"))
                .getJsonArray("items")
                .getValuesAs(JsonObject.class)
                .stream()
                .filter(o -> o.getString("name").equals(name))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no unit " + name))
                .getJsonNumber("id")
                .longValue();
    }

    private int accountId(String username) throws Exception {
        return only(json(Api.as(base, "admin").get("/api/v1/accounts?size=500&q=" + username)), username)
                .getInt("id");
    }

    private static JsonObject only(JsonObject page, String username) {
        return page.getJsonArray("items").getValuesAs(JsonObject.class).stream()
                .filter(a -> a.getString("username").equals(username))
                .findFirst()
                .orElseThrow(() -> new AssertionError(username + " not listed: " + page));
    }

    private static List<String> roles(JsonObject account) {
        return account.getJsonArray("roles").getValuesAs(jakarta.json.JsonString.class).stream()
                .map(jakarta.json.JsonString::getString)
                .toList();
    }

    private static int auditCount(String action, int accountId) throws Exception {
        try (Connection c = TestDatabase.connect();
                PreparedStatement s = c.prepareStatement(
                        "SELECT COUNT(*) FROM audit_entry WHERE action = ? AND entity_type = 'UserAccount' AND entity_id = ?")) {
            s.setString(1, action);
            s.setString(2, String.valueOf(accountId));
            try (ResultSet r = s.executeQuery()) {
                r.next();
                return r.getInt(1);
            }
        }
    }

    private static int auditRefusals(String actor) throws Exception {
        try (Connection c = TestDatabase.connect();
                PreparedStatement s = c.prepareStatement(
                        "SELECT COUNT(*) FROM audit_entry WHERE action = 'ACCESS_REFUSED' AND actor = ?")) {
            s.setString(1, actor);
            try (ResultSet r = s.executeQuery()) {
                r.next();
                return r.getInt(1);
            }
        }
    }

    private static void assertStatus(int status, HttpResponse<String> r, String what) {
        assertEquals(status, r.statusCode(), what + ": " + r.body());
        if (status >= 400) {
            assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith("application/problem+json"), what);
        }
        assertNotEquals(500, r.statusCode());
    }

    private static JsonObject json(HttpResponse<String> r) {
        assertTrue(r.statusCode() == 200 || r.statusCode() == 201, r.statusCode() + " " + r.body());
        return Json.createReader(new StringReader(r.body())).readObject();
    }
}
