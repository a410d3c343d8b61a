package cn.edu.ttms.it.ldap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.edu.ttms.it.TestDatabase;
import cn.edu.ttms.it.api.Api;
import cn.edu.ttms.it.api.WebSession;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.net.URL;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Directory sign-in against a real OpenLDAP ({@link Slapd}) that this class starts on the loopback
 * port the test deployment is configured for (web/pom.xml: {@code APP_LDAP_*}, {@code test.ldap.port}).
 * Directory accounts of this application are written straight into the test database; one teacher of
 * the demo registry gets hers at her first directory sign-in ({@code app.ldap.create-teachers}).
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class LdapIT {

    private static final Pattern MESSAGE = Pattern.compile("ui-messages-\\w+-(?:summary|detail)\">([^<]*)<");
    private static final String GENERIC = "用户名或密码错误";
    private static final String UNAVAILABLE = "统一身份认证服务暂时无法连接";
    private static final String NOT_PROVISIONED = "您的统一身份认证账号尚未在本系统开通，请联系本单位管理员";

    private static final String STAFF = "ldap-staff";
    private static final String STAFF_PASSWORD = "Dir@2026staff";
    private static final String LOCKOUT = "ldap-lockout";
    private static final String LOCKOUT_PASSWORD = "Dir@2026lockout";
    private static final String DOWN = "ldap-down";
    private static final String DOWN_PASSWORD = "Dir@2026down";
    private static final String STRANGER = "ldap-stranger";
    private static final String STRANGER_PASSWORD = "Dir@2026stranger";
    private static final String TEACHER = "ldap-teacher";
    private static final String TEACHER_PASSWORD = "Dir@2026teacher";
    private static final String NO_MATCH = "ldap-nomatch";
    private static final String NO_MATCH_PASSWORD = "Dir@2026nomatch";
    /** A demo account of this application whose name the directory also knows, with another password. */
    private static final String LOCAL = "fengqing";

    private static final String LOCAL_DIRECTORY_PASSWORD = "Dir@2026local";

    private static final int CONNECT_TIMEOUT = Integer.getInteger("test.ldap.connect-timeout-ms", 1000);
    private static final int READ_TIMEOUT = Integer.getInteger("test.ldap.read-timeout-ms", 2000);

    private static Slapd slapd;
    private static long teacherId;
    private static String teacherNumber;
    private static long teacherSchool;
    private static String unregisteredNumber;

    @ArquillianResource
    URL base;

    @BeforeAll
    static void startTheDirectory() throws Exception {
        findATeacherWithoutAccount();
        directoryAccount(STAFF);
        directoryAccount(LOCKOUT);
        directoryAccount(DOWN);
        slapd = new Slapd(
                        Path.of(System.getProperty("test.ldap.dir", "target/ldap")),
                        Integer.getInteger("test.ldap.port", 38389))
                .configure();
        try {
            slapd.start();
            slapd.add(Slapd.ldif(List.of(
                    "dn: " + Slapd.SUFFIX
                            + "\nobjectClass: dcObject\nobjectClass: organization\no: TTMS test\ndc: ttms",
                    // the service account of web/pom.xml's APP_LDAP_BIND_DN
                    "dn: cn=ttms-reader," + Slapd.SUFFIX + "\nobjectClass: person\ncn: ttms-reader\nsn: reader"
                            + "\nuserPassword: Reader@2026",
                    "dn: ou=people," + Slapd.SUFFIX + "\nobjectClass: organizationalUnit\nou: people",
                    person(STAFF, "目录职员", STAFF_PASSWORD, null),
                    person(LOCKOUT, "目录锁定", LOCKOUT_PASSWORD, null),
                    person(DOWN, "目录停机", DOWN_PASSWORD, null),
                    person(STRANGER, "目录新人", STRANGER_PASSWORD, null),
                    person(TEACHER, "目录教师", TEACHER_PASSWORD, teacherNumber),
                    person(NO_MATCH, "目录无名", NO_MATCH_PASSWORD, unregisteredNumber),
                    person(LOCAL, "同名本地", LOCAL_DIRECTORY_PASSWORD, null))));
        } catch (Exception | Error e) {
            slapd.stop();
            throw e;
        }
    }

    @AfterAll
    static void stopTheDirectory() throws Exception {
        try {
            if (slapd != null) {
                slapd.stop();
            }
        } finally {
            // the teacher is again one without an account, and 临翔区 has no extra staff, for the tests after this one
            for (String username : List.of(STAFF, LOCKOUT, DOWN, TEACHER)) {
                removeAccount(username);
            }
        }
    }

    private static void removeAccount(String username) throws Exception {
        try (Connection db = TestDatabase.connect()) {
            try (PreparedStatement s = db.prepareStatement(
                    "DELETE FROM user_role WHERE user_id IN (SELECT id FROM user_account WHERE username = ?)")) {
                s.setString(1, username);
                s.executeUpdate();
            }
            try (PreparedStatement s = db.prepareStatement("DELETE FROM user_account WHERE username = ?")) {
                s.setString(1, username);
                s.executeUpdate();
            }
        }
    }

    @Test
    void aDirectoryAccountSignsInAtThePageAndWithHttpBasic() throws Exception {
        WebSession.signIn(base, STAFF, STAFF_PASSWORD); // fails unless the form sends the person on, signed in

        HttpResponse<String> me = Api.as(base, STAFF, STAFF_PASSWORD).get("/api/v1/me");
        assertEquals(200, me.statusCode(), me.body());
        JsonObject body = json(me.body());
        assertEquals(STAFF, body.getString("username"));
        assertEquals("BUREAU_STAFF", body.getJsonArray("roles").getString(0), "the roles are this application's");
        assertEquals("临翔区", body.getJsonObject("organisation").getString("name"));
        assertTrue(auditDetails(STAFF, "SIGN_IN").stream().anyMatch(d -> d.contains("(directory)")));
        assertEquals(0, failedSignIns(STAFF));
    }

    @Test
    void aWrongDirectoryPasswordGetsTheGenericAnswerIsAuditedAndCountsTowardsTheLock() throws Exception {
        for (int attempt = 1; attempt <= 5; attempt++) {
            List<String> real = messages(WebSession.attemptSignIn(base, LOCKOUT, "wrong-" + attempt));
            List<String> unknown = messages(WebSession.attemptSignIn(base, "ldap-nobody", "wrong-" + attempt));
            assertEquals(unknown, real, "attempt " + attempt);
            assertTrue(real.get(0).startsWith(GENERIC), real.toString());
            assertEquals(attempt, failedSignIns(LOCKOUT));
        }
        assertNotNull(column("locked_until", LOCKOUT), "five wrong directory passwords lock the account");
        assertEquals(
                messages(WebSession.attemptSignIn(base, "ldap-nobody", LOCKOUT_PASSWORD)),
                messages(WebSession.attemptSignIn(base, LOCKOUT, LOCKOUT_PASSWORD)),
                "the right directory password during the lock: refused, in the same words");
        assertTrue(auditDetails(LOCKOUT, "SIGN_IN_FAILED").stream()
                        .filter(d -> d.contains("directory refused"))
                        .count()
                >= 5);

        HttpResponse<String> api = Api.as(base, LOCKOUT, LOCKOUT_PASSWORD).get("/api/v1/me");
        HttpResponse<String> unknown =
                Api.as(base, "ldap-nobody", LOCKOUT_PASSWORD).get("/api/v1/me");
        assertEquals(401, api.statusCode());
        // alike but for the id of each request
        assertEquals(withoutRequestId(unknown.body()), withoutRequestId(api.body()));
    }

    @Test
    void aPersonTheDirectoryKnowsWithoutAnAccountHereIsToldSo() throws Exception {
        List<String> page = messages(WebSession.attemptSignIn(base, STRANGER, STRANGER_PASSWORD));
        assertTrue(page.get(0).startsWith(NOT_PROVISIONED), page.toString());

        HttpResponse<String> api = Api.as(base, STRANGER, STRANGER_PASSWORD).get("/api/v1/me");
        assertEquals(401, api.statusCode());
        assertTrue(json(api.body()).getString("detail").startsWith(NOT_PROVISIONED), api.body());
        HttpResponse<String> english =
                Api.as(base, STRANGER, STRANGER_PASSWORD).inEnglish().get("/api/v1/me");
        assertTrue(json(english.body()).getString("detail").contains("not been opened"), english.body());

        // only a person who proved their directory password is told: a wrong one is the generic answer
        List<String> wrong = messages(WebSession.attemptSignIn(base, STRANGER, "not-" + STRANGER_PASSWORD));
        assertTrue(wrong.get(0).startsWith(GENERIC), wrong.toString());
        assertEquals(
                withoutRequestId(
                        Api.as(base, "ldap-nobody", "x").get("/api/v1/me").body()),
                withoutRequestId(Api.as(base, STRANGER, "x").get("/api/v1/me").body()));

        assertTrue(auditDetails(STRANGER, "SIGN_IN_FAILED").stream()
                .anyMatch(d -> d.contains("directory password right")));
        assertEquals(0, accounts(STRANGER), "no account was opened");
    }

    @Test
    void aTeacherOfTheRegistryGetsADirectoryAccountAtHerFirstSignIn() throws Exception {
        assertEquals(0, accounts(TEACHER));
        HttpResponse<String> me = Api.as(base, TEACHER, TEACHER_PASSWORD).get("/api/v1/me");
        assertEquals(200, me.statusCode(), me.body());
        JsonObject body = json(me.body());
        assertEquals(TEACHER, body.getString("username"));
        assertEquals("目录教师", body.getString("displayName"), "the name the directory holds");
        assertEquals(
                List.of("TEACHER"),
                body.getJsonArray("roles").getValuesAs(jakarta.json.JsonString.class).stream()
                        .map(jakarta.json.JsonString::getString)
                        .toList());
        assertEquals(teacherId, body.getJsonNumber("teacherId").longValue());
        assertEquals(
                teacherSchool,
                body.getJsonObject("organisation").getJsonNumber("id").longValue(),
                "the account is at the teacher's school");
        assertEquals("1", String.valueOf(column("directory_user", TEACHER)).replace("true", "1"));
        assertEquals("directory", column("created_by", TEACHER));
        assertTrue(auditDetails(TEACHER, "SIGN_IN").stream().anyMatch(d -> d.contains("TEACHER account opened")));
        assertEquals(1, auditEntries(TEACHER, "CREATE"), "the new account is audited under the person's name");

        // from now on an account like any directory account: the page too, and no second account
        WebSession.signIn(base, TEACHER, TEACHER_PASSWORD);
        assertEquals(1, accounts(TEACHER));
        assertTrue(messages(WebSession.attemptSignIn(base, TEACHER, "wrong"))
                .get(0)
                .startsWith(GENERIC));
    }

    @Test
    void aDirectoryPersonWhoseIdentityNumberIsNoTeachersIsRefusedWithTheClearMessage() throws Exception {
        List<String> page = messages(WebSession.attemptSignIn(base, NO_MATCH, NO_MATCH_PASSWORD));
        assertTrue(page.get(0).startsWith(NOT_PROVISIONED), page.toString());
        assertEquals(0, accounts(NO_MATCH));
        assertTrue(auditDetails(NO_MATCH, "SIGN_IN_FAILED").stream().anyMatch(d -> d.contains("no teacher's")));
    }

    @Test
    void aLocalAccountIsCheckedHereEvenWhenTheDirectoryKnowsItsName() throws Exception {
        List<String> page = messages(WebSession.attemptSignIn(base, LOCAL, LOCAL_DIRECTORY_PASSWORD));
        assertTrue(page.get(0).startsWith(GENERIC), "the directory's password is not this account's: " + page);
        WebSession.signIn(base, LOCAL, Api.DEMO_PASSWORD);
        assertEquals(0, failedSignIns(LOCAL));
    }

    @Test
    void aDirectoryAccountCannotChangeItsPasswordHere() throws Exception {
        HttpResponse<String> r = Api.as(base, STAFF, STAFF_PASSWORD)
                .post("/api/v1/me/password", "{\"current\":\"" + STAFF_PASSWORD + "\",\"next\":\"Another@2026pass\"}");
        assertEquals(422, r.statusCode(), r.body());
        assertTrue(json(r.body()).getString("detail").contains("目录服务中修改密码"), r.body());
    }

    @Test
    void aDirectoryThatHangsIsAnsweredWithinTheTimeOutAndLocalAccountsStillSignIn() throws Exception {
        slapd.pause();
        try {
            long start = System.nanoTime();
            List<String> page = messages(WebSession.attemptSignIn(base, DOWN, DOWN_PASSWORD));
            long millis = (System.nanoTime() - start) / 1_000_000;
            assertTrue(page.get(0).startsWith(UNAVAILABLE), page.toString());
            assertTrue(page.get(0).contains("本系统的本地账号不受影响"), page.toString());
            assertTrue(millis >= Math.min(CONNECT_TIMEOUT, READ_TIMEOUT) - 100, "waited for the directory: " + millis);
            assertTrue(
                    millis < CONNECT_TIMEOUT + READ_TIMEOUT + 2000, "answered within the time-outs: " + millis + " ms");

            start = System.nanoTime();
            HttpResponse<String> api = Api.as(base, DOWN, DOWN_PASSWORD).get("/api/v1/me");
            millis = (System.nanoTime() - start) / 1_000_000;
            assertEquals(401, api.statusCode());
            assertTrue(json(api.body()).getString("detail").startsWith(UNAVAILABLE), api.body());
            assertTrue(millis < CONNECT_TIMEOUT + READ_TIMEOUT + 2000, millis + " ms");

            WebSession.signIn(base, "linxiang"); // local accounts never ask the directory
            assertEquals(200, Api.as(base, "linxiang").get("/api/v1/me").statusCode());
            assertEquals(0, failedSignIns(DOWN), "an unreachable directory says nothing about the password");
            assertTrue(
                    auditDetails(DOWN, "SIGN_IN_FAILED").stream().anyMatch(d -> d.contains("directory unavailable")));
        } finally {
            slapd.resume();
        }
    }

    @Test
    void aDirectoryThatIsDownIsAnsweredAtOnceAndLocalAccountsStillSignIn() throws Exception {
        slapd.stop();
        try {
            long start = System.nanoTime();
            List<String> page = messages(WebSession.attemptSignIn(base, DOWN, DOWN_PASSWORD));
            long millis = (System.nanoTime() - start) / 1_000_000;
            assertTrue(page.get(0).startsWith(UNAVAILABLE), page.toString());
            assertTrue(millis < CONNECT_TIMEOUT + 2000, "connection refused: answered at once, " + millis + " ms");

            HttpResponse<String> api =
                    Api.as(base, DOWN, DOWN_PASSWORD).inEnglish().get("/api/v1/me");
            assertEquals(401, api.statusCode());
            assertTrue(json(api.body()).getString("detail").contains("cannot be reached"), api.body());

            // a name without an account here: the generic answer, as when no directory is configured
            List<String> unknown = messages(WebSession.attemptSignIn(base, "ldap-nobody", DOWN_PASSWORD));
            assertTrue(unknown.get(0).startsWith(GENERIC), unknown.toString());
            assertEquals(Api.as(base, "ldap-nobody", "x").get("/api/v1/me").statusCode(), 401);

            WebSession.signIn(base, "linxiang");
            assertEquals(200, Api.as(base, "city").get("/api/v1/me").statusCode());
            assertEquals(0, failedSignIns(DOWN));
        } finally {
            slapd.start();
        }
        WebSession.signIn(base, DOWN, DOWN_PASSWORD); // and back in once the directory is
    }

    private static String person(String uid, String name, String password, String identityNumber) {
        return "dn: uid=" + uid + ",ou=people," + Slapd.SUFFIX + "\nobjectClass: inetOrgPerson\nuid: " + uid
                + "\ncn: " + name + "\nsn: " + name.substring(0, 1) + "\nuserPassword: " + password
                + (identityNumber == null ? "" : "\nemployeeNumber: " + identityNumber);
    }

    /** A teacher of the demo registry without an account, and a valid identity number nobody has. */
    private static void findATeacherWithoutAccount() throws Exception {
        try (Connection db = TestDatabase.connect();
                PreparedStatement s = db.prepareStatement(
                        "SELECT t.id, t.identity_number, t.school_id FROM teacher t"
                                + " WHERE NOT EXISTS (SELECT 1 FROM user_account a WHERE a.teacher_id = t.id) ORDER BY t.id DESC");
                ResultSet r = s.executeQuery()) {
            while (teacherNumber == null && r.next()) {
                String number = r.getString(2);
                // one whose stored number is valid (another test may have tampered with one for a while)
                if (number.matches("\\d{17}[\\dX]")
                        && withCheckCharacter(number.substring(0, 17)).equals(number)) {
                    teacherId = r.getLong(1);
                    teacherNumber = number;
                    teacherSchool = r.getLong(3);
                }
            }
            assertNotNull(teacherNumber, "the demo registry has a teacher without an account");
        }
        for (int sequence = 990; unregisteredNumber == null; sequence--) {
            String candidate = withCheckCharacter(teacherNumber.substring(0, 14) + sequence);
            try (Connection db = TestDatabase.connect();
                    PreparedStatement s =
                            db.prepareStatement("SELECT COUNT(*) FROM teacher WHERE identity_number = ?")) {
                s.setString(1, candidate);
                try (ResultSet r = s.executeQuery()) {
                    r.next();
                    if (r.getLong(1) == 0) {
                        unregisteredNumber = candidate;
                    }
                }
            }
        }
    }

    /** GB 11643's check character (ISO 7064 MOD 11-2) after the first 17 characters. */
    private static String withCheckCharacter(String first17) {
        int[] weights = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += (first17.charAt(i) - '0') * weights[i];
        }
        return first17 + "10X98765432".charAt(sum % 11);
    }

    /** A directory BUREAU_STAFF account of 临翔区 (no password here), written straight into the database. */
    private static void directoryAccount(String username) throws Exception {
        long id = 9_100_000_000_000L + Math.floorMod(username.hashCode(), 1_000_000);
        try (Connection db = TestDatabase.connect()) {
            try (PreparedStatement s = db.prepareStatement("DELETE FROM user_role WHERE user_id = ?")) {
                s.setLong(1, id);
                s.executeUpdate();
            }
            try (PreparedStatement s = db.prepareStatement("DELETE FROM user_account WHERE id = ?")) {
                s.setLong(1, id);
                s.executeUpdate();
            }
            try (PreparedStatement s = db.prepareStatement("INSERT INTO user_account (id, username, display_name,"
                    + " password_hash, organisation_id, directory_user) SELECT ?, ?, ?, '!', id, TRUE FROM organisation"
                    + " WHERE name = '临翔区'")) {
                s.setLong(1, id);
                s.setString(2, username);
                s.setString(3, username);
                assertEquals(1, s.executeUpdate());
            }
            try (PreparedStatement s =
                    db.prepareStatement("INSERT INTO user_role (user_id, role) VALUES (?, 'BUREAU_STAFF')")) {
                s.setLong(1, id);
                s.executeUpdate();
            }
        }
    }

    private static List<String> messages(HttpResponse<String> page) {
        assertEquals(200, page.statusCode(), "a failed sign-in shows the form again");
        List<String> texts = new ArrayList<>();
        Matcher m = MESSAGE.matcher(page.body());
        while (m.find()) {
            texts.add(m.group(1));
        }
        assertFalse(texts.isEmpty(), "the page says why: " + page.body());
        return texts;
    }

    private static JsonObject json(String body) {
        return Json.createReader(new StringReader(body)).readObject();
    }

    private static int failedSignIns(String username) throws Exception {
        return Integer.parseInt(String.valueOf(column("failed_sign_ins", username)));
    }

    private static Object column(String column, String username) throws Exception {
        try (Connection db = TestDatabase.connect();
                PreparedStatement s =
                        db.prepareStatement("SELECT " + column + " FROM user_account WHERE username = ?")) {
            s.setString(1, username);
            try (ResultSet r = s.executeQuery()) {
                assertTrue(r.next(), username);
                return r.getObject(1);
            }
        }
    }

    private static long accounts(String username) throws Exception {
        try (Connection db = TestDatabase.connect();
                PreparedStatement s = db.prepareStatement("SELECT COUNT(*) FROM user_account WHERE username = ?")) {
            s.setString(1, username);
            try (ResultSet r = s.executeQuery()) {
                r.next();
                return r.getLong(1);
            }
        }
    }

    private static List<String> auditDetails(String actor, String action) throws Exception {
        List<String> details = new ArrayList<>();
        try (Connection db = TestDatabase.connect();
                PreparedStatement s =
                        db.prepareStatement("SELECT detail FROM audit_entry WHERE actor = ? AND action = ?")) {
            s.setString(1, actor);
            s.setString(2, action);
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    details.add(String.valueOf(r.getString(1)));
                }
            }
        }
        return details;
    }

    private static long auditEntries(String actor, String action) throws Exception {
        return auditDetails(actor, action).size();
    }

    /** A problem document but for the id of its request, which differs from answer to answer (issue 20). */
    private static String withoutRequestId(String problem) {
        return problem.replaceAll(",\"requestId\":\"[^\"]*\"", "");
    }
}
