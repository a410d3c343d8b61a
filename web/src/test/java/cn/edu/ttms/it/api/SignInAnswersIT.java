package cn.edu.ttms.it.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.edu.ttms.infrastructure.security.PasswordHashing;
import cn.edu.ttms.it.TestDatabase;
import java.net.URL;
import java.net.http.HttpResponse;
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
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Sign-in over HTTP, as a person at the form and a system with HTTP Basic: an unknown username and
 * a locked account get the same answer (nothing tells which usernames exist), and signing in
 * replaces a hash of the old iteration count with one of today's.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class SignInAnswersIT {

    private static final String PASSWORD = "Probe2026pass";
    private static final Pattern MESSAGE = Pattern.compile("ui-messages-\\w+-(?:summary|detail)\">([^<]*)<");

    /** Demo@2026 as the container's Pbkdf2PasswordHash wrote it with 10,000 iterations (PasswordHashingTest). */
    private static final String CONTAINER_HASH_OF_BEFORE =
            "PBKDF2WithHmacSHA256:10000:AAECAwQFBgcICQoLDA0ODw==:NCs1b50I9+Msw3vLxldmiBfJv1vuF+zFAaUEeDYPKj8=";

    @ArquillianResource
    URL base;

    @Test
    void theFormAnswersAnUnknownUsernameAndALockedAccountAlike() throws Exception {
        String locked = "probe-form-locked";
        account(locked, new PasswordHashing().hash(PASSWORD.toCharArray()));
        List<String> first = null;
        for (int attempt = 1; attempt <= 6; attempt++) {
            List<String> real = messages(WebSession.attemptSignIn(base, locked, "wrong-" + attempt));
            List<String> unknown = messages(WebSession.attemptSignIn(base, "probe-form-nobody", "wrong-" + attempt));
            assertEquals(unknown, real, "attempt " + attempt);
            first = first == null ? real : first;
            assertEquals(first, real, "the 5th failure locks, and the page says nothing new");
        }
        assertTrue(lockedUntil(locked) != null, "the account is locked");
        assertFalse(first.isEmpty());
        assertTrue(first.get(0).startsWith("用户名或密码错误"), first.toString());

        // the right password during the lock: refused, in the same words as for a name that does not exist
        assertEquals(
                messages(WebSession.attemptSignIn(base, "probe-form-nobody", PASSWORD)),
                messages(WebSession.attemptSignIn(base, locked, PASSWORD)));
    }

    @Test
    void httpBasicAnswersAnUnknownUsernameAndALockedAccountAlike() throws Exception {
        String locked = "probe-api-locked";
        account(locked, new PasswordHashing().hash(PASSWORD.toCharArray()));
        for (int attempt = 1; attempt <= 6; attempt++) {
            HttpResponse<String> real =
                    Api.as(base, locked, "wrong-" + attempt).inEnglish().get("/api/v1/me");
            HttpResponse<String> unknown = Api.as(base, "probe-api-nobody", "wrong-" + attempt)
                    .inEnglish()
                    .get("/api/v1/me");
            assertSame(unknown, real, "attempt " + attempt);
        }
        assertTrue(lockedUntil(locked) != null, "the account is locked");
        assertSame(
                Api.as(base, "probe-api-nobody", PASSWORD).get("/api/v1/me"),
                Api.as(base, locked, PASSWORD).get("/api/v1/me"),
                "the right password during the lock");
    }

    @Test
    void signingInAtTheFormReplacesAContainerHashOfTenThousandIterations() throws Exception {
        String user = "probe-form-rehash";
        account(user, CONTAINER_HASH_OF_BEFORE);

        WebSession.signIn(base, user, Api.DEMO_PASSWORD);

        String upgraded = storedHash(user);
        assertTrue(upgraded.startsWith("PBKDF2WithHmacSHA256:600000:"), upgraded);
        assertTrue(new PasswordHashing().matches(Api.DEMO_PASSWORD.toCharArray(), upgraded));
        WebSession.signIn(base, user, Api.DEMO_PASSWORD); // and the new one works
        assertEquals(upgraded, storedHash(user), "rehashed once, not at every sign-in");
    }

    @Test
    void signingInWithHttpBasicReplacesAnOldHashAndTheNextCallsStillWork() throws Exception {
        String user = "probe-api-rehash";
        account(user, new PasswordHashing(10_000).hash(PASSWORD.toCharArray()));

        HttpResponse<String> me = Api.as(base, user, PASSWORD).get("/api/v1/me");
        assertEquals(200, me.statusCode(), me.body());

        String upgraded = storedHash(user);
        assertTrue(upgraded.startsWith("PBKDF2WithHmacSHA256:600000:"), upgraded);
        for (int i = 0; i < 3; i++) {
            assertEquals(200, Api.as(base, user, PASSWORD).get("/api/v1/me").statusCode());
        }
        assertEquals(upgraded, storedHash(user));
    }

    private static void assertSame(HttpResponse<String> unknown, HttpResponse<String> real, String when) {
        assertEquals(401, real.statusCode(), when + ": " + real.body());
        assertEquals(unknown.statusCode(), real.statusCode(), when);
        // alike but for the id of each request (issue 20)
        assertEquals(withoutRequestId(unknown.body()), withoutRequestId(real.body()), when);
        assertTrue(unknown.body().contains("\"requestId\":"), unknown.body());
        assertEquals(
                unknown.headers().allValues("WWW-Authenticate"), real.headers().allValues("WWW-Authenticate"), when);
        assertEquals(
                unknown.headers().firstValue("Content-Type"), real.headers().firstValue("Content-Type"), when);
    }

    private static String withoutRequestId(String problem) {
        return problem.replaceAll(",\"requestId\":\"[^\"]*\"", "");
    }

    /** The texts of the page's messages: what a person reads after pressing 登录. */
    private static List<String> messages(HttpResponse<String> page) {
        assertEquals(200, page.statusCode(), "a failed sign-in shows the form again");
        List<String> texts = new ArrayList<>();
        Matcher m = MESSAGE.matcher(page.body());
        while (m.find()) {
            texts.add(m.group(1));
        }
        return texts;
    }

    /** A bureau account of 临翔区 of its own, written straight into the database with the given hash. */
    private static void account(String username, String hash) throws Exception {
        // far above anything the id table hands out, so that the application never collides with it
        long id = 9_000_000_000_000L + Math.floorMod(username.hashCode(), 1_000_000);
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
                    + " password_hash, organisation_id) SELECT ?, ?, ?, ?, id FROM organisation WHERE name = '临翔区'")) {
                s.setLong(1, id);
                s.setString(2, username);
                s.setString(3, username);
                s.setString(4, hash);
                assertEquals(1, s.executeUpdate());
            }
            try (PreparedStatement s =
                    db.prepareStatement("INSERT INTO user_role (user_id, role) VALUES (?, 'BUREAU_STAFF')")) {
                s.setLong(1, id);
                s.executeUpdate();
            }
        }
    }

    private static String storedHash(String username) throws Exception {
        return column("password_hash", username);
    }

    private static String lockedUntil(String username) throws Exception {
        return column("locked_until", username);
    }

    private static String column(String column, String username) throws Exception {
        try (Connection db = TestDatabase.connect();
                PreparedStatement s =
                        db.prepareStatement("SELECT " + column + " FROM user_account WHERE username = ?")) {
            s.setString(1, username);
            try (ResultSet r = s.executeQuery()) {
                assertTrue(r.next(), username);
                return r.getString(1);
            }
        }
    }
}
