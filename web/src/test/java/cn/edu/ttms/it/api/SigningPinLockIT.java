package cn.edu.ttms.it.api;

import static cn.edu.ttms.it.api.ResultScenario.PIN;
import static cn.edu.ttms.it.api.ResultScenario.assertRefused;
import static cn.edu.ttms.it.api.ResultScenario.json;
import static cn.edu.ttms.it.api.ResultScenario.modules;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.edu.ttms.it.TestDatabase;
import jakarta.json.JsonObject;
import java.net.URL;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Issue 14, finding 3: the review typed 430 wrong signing PINs in a row, all answered 422, none
 * audited, and the right PIN still worked. Now the fifth wrong PIN locks signing for the signer
 * (429 with Retry-After, in the caller's language, saying until when), the right PIN is refused
 * while locked and so is a new PIN, every wrong PIN and every refused attempt is in the audit
 * trail, the signer and the administrator see the lock, and it ends when its time runs out (moved
 * in the database here, not waited for) with the next wrong PIN locking for longer, or when the
 * administrator clears it. The lead is left unlocked whatever happens, for the other tests.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class SigningPinLockIT {

    private static final String LOCKED_ZH = "签名已锁定至";

    @ArquillianResource
    URL base;

    @Test
    void wrongPinsLockSigningEveryFailureIsAuditedAndTheLockEndsByTimeOrByTheAdministrator() throws Exception {
        ResultScenario rs = new ResultScenario(base);
        long lead = ResultScenario.accountId("lead");
        rs.enrolSigners("lead");
        long batch = aScoredBatchOfTheLead(rs);
        long auditBefore = lastAuditId();
        try {
            JsonObject fresh = myCertificate().getJsonObject("signingLock");
            assertEquals(0, fresh.getInt("failedAttempts"), fresh.toString());
            assertFalse(fresh.getBoolean("locked"));

            // four typos cost nothing but are each counted and audited
            for (int i = 1; i <= 4; i++) {
                assertRefused(rs.trySign("lead", batch, "wrong-" + i), 422, "签名口令不正确");
            }
            // the fifth locks signing for a minute: said so, in Chinese by default
            HttpResponse<String> fifth = rs.trySign("lead", batch, "wrong-5");
            assertRefused(fifth, 429, LOCKED_ZH);
            assertTrue(
                    fifth.headers().firstValue("Content-Type").orElse("").startsWith("application/problem+json"),
                    fifth.headers().toString());
            assertTrue(fifth.body().contains("5 次"), fifth.body());
            long firstDelay = retryAfter(fifth);
            assertTrue(firstDelay > 50 && firstDelay <= 60, "about a minute: " + firstDelay);
            Instant lockedUntil = Instant.parse(json(fifth, 429).getString("lockedUntil"));

            // the right PIN is refused while locked, in the caller's language, saying until when
            assertRefused(rs.trySign("lead", batch, PIN), 429, LOCKED_ZH);
            HttpResponse<String> english = Api.as(base, "lead")
                    .inEnglish()
                    .post(ResultScenario.batchPath(batch) + "/signatures", "{\"pin\":\"" + PIN + "\"}");
            assertRefused(english, 429, "signing is locked until");
            assertEquals("Too many attempts", json(english, 429).getString("title"));
            // and so is a new PIN, which would otherwise sidestep the lock
            assertRefused(
                    Api.as(base, "lead").post("/api/v1/me/signing-certificate", "{\"pin\":\"another-pin-1\"}"),
                    429,
                    LOCKED_ZH);
            assertEquals("DRAFT", rs.sheet("lead", batch).getString("status"), "nothing was signed");

            // the signer sees it
            JsonObject mine = myCertificate().getJsonObject("signingLock");
            assertEquals(5, mine.getInt("failedAttempts"), mine.toString());
            assertTrue(mine.getBoolean("locked"), mine.toString());
            assertEquals(lockedUntil, Instant.parse(mine.getString("lockedUntil")));

            // the administrator sees it; nobody else may look
            JsonObject row = lockOfTheLead(lead);
            assertEquals(5, row.getJsonObject("signingLock").getInt("failedAttempts"), row.toString());
            assertTrue(row.getJsonObject("signingLock").getBoolean("locked"), row.toString());
            assertEquals(403, Api.as(base, "city").get("/api/v1/signing-locks").statusCode());
            assertEquals(
                    403,
                    Api.as(base, "lead").delete("/api/v1/signing-locks/" + lead).statusCode(),
                    "a signer does not clear their own lock");

            // every wrong PIN and every refused attempt is in the audit trail, in the lead's scope
            List<String> failed = audit(auditBefore, "SIGNING_PIN_FAILED");
            assertEquals(5, failed.size(), failed.toString());
            for (int i = 0; i < 5; i++) {
                assertTrue(failed.get(i).contains((i + 1) + " in a row"), failed.get(i));
            }
            assertTrue(failed.get(4).contains("locked until"), failed.get(4));
            assertEquals(3, audit(auditBefore, "SIGNING_LOCKED").size(), "right PIN twice, new PIN once");

            // the lock runs out (its time moved two hours back in the database): the count stays,
            // and the next wrong PIN locks at once, for twice as long
            shiftLockIntoThePast(lead);
            JsonObject expired = myCertificate().getJsonObject("signingLock");
            assertFalse(expired.getBoolean("locked"), expired.toString());
            assertEquals(5, expired.getInt("failedAttempts"));
            HttpResponse<String> sixth = rs.trySign("lead", batch, "wrong-6");
            assertRefused(sixth, 429, LOCKED_ZH);
            long secondDelay = retryAfter(sixth);
            assertTrue(secondDelay > 110 && secondDelay <= 120, "about two minutes: " + secondDelay);
            assertRefused(rs.trySign("lead", batch, PIN), 429, LOCKED_ZH);

            // the administrator clears it: audited as theirs, and the right PIN signs again
            HttpResponse<String> cleared = Api.as(base, "admin").delete("/api/v1/signing-locks/" + lead);
            assertEquals(204, cleared.statusCode(), cleared.body());
            List<String> unlocked = audit(auditBefore, "SIGNING_UNLOCKED");
            assertEquals(1, unlocked.size());
            assertTrue(unlocked.get(0).startsWith("admin:") && unlocked.get(0).contains("lead"), unlocked.get(0));
            assertEquals("SIGNED", json(rs.trySign("lead", batch, PIN), 201).getString("status"));
            JsonObject after = myCertificate().getJsonObject("signingLock");
            assertEquals(0, after.getInt("failedAttempts"), after.toString());
            assertFalse(after.getBoolean("locked"));
            assertEquals(6, audit(auditBefore, "SIGNING_PIN_FAILED").size());
        } finally {
            try (Connection c = TestDatabase.connect();
                    PreparedStatement s = c.prepareStatement("DELETE FROM signing_pin_lock WHERE account_id = ?")) {
                s.setLong(1, lead);
                s.executeUpdate();
            }
        }
    }

    /** A batch of one trainee with hours and score entered, the lead's 确认 next. Plan of 2036. */
    private long aScoredBatchOfTheLead(ResultScenario rs) throws Exception {
        long plan = rs.plan("city", 2036);
        long project = rs.openProject(
                "city",
                rs.ledByTheDemoLead(ResultScenario.project(
                                plan, "签名口令锁定测试班", "MUNICIPAL", "DIRECTIVE", "1.2", 3, "2036-05-12", "2036-05-14")
                        .add("modules", modules("ETHICS", "6", "COMPETENCE", "12"))));
        List<Long> trainees = rs.linxiangTeachers(List.of("临翔区博尚镇中心完小"), 1, 20360001L);
        rs.nominate("city", project, trainees);
        rs.start("city", project);
        long batch = rs.open("lead", project).getJsonNumber("id").longValue();
        rs.enter("lead", batch, Map.of(trainees.get(0), new String[] {"18", "85"}));
        return batch;
    }

    private JsonObject myCertificate() throws Exception {
        return json(Api.as(base, "lead").get("/api/v1/me/signing-certificate"), 200);
    }

    private JsonObject lockOfTheLead(long lead) throws Exception {
        JsonObject list = json(Api.as(base, "admin").get("/api/v1/signing-locks"), 200);
        return list.getJsonArray("items").getValuesAs(JsonObject.class).stream()
                .filter(i -> i.getJsonNumber("accountId").longValue() == lead)
                .findFirst()
                .orElseThrow(() -> new AssertionError("the lead is listed: " + list));
    }

    private static long retryAfter(HttpResponse<String> r) {
        return Long.parseLong(r.headers()
                .firstValue("Retry-After")
                .orElseThrow(() -> new AssertionError("Retry-After: " + r.headers())));
    }

    private static long lastAuditId() throws Exception {
        try (Connection c = TestDatabase.connect();
                ResultSet rs = c.createStatement().executeQuery("SELECT COALESCE(MAX(id), 0) FROM audit_entry")) {
            rs.next();
            return rs.getLong(1);
        }
    }

    /** The audit entries of one action after {@code afterId}, oldest first, as {@code actor: detail}. */
    private static List<String> audit(long afterId, String action) throws Exception {
        List<String> entries = new ArrayList<>();
        try (Connection c = TestDatabase.connect();
                PreparedStatement s = c.prepareStatement("SELECT actor, detail, scope_path FROM audit_entry"
                        + " WHERE id > ? AND action = ? ORDER BY id")) {
            s.setLong(1, afterId);
            s.setString(2, action);
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    assertTrue(
                            rs.getString(3) != null && rs.getString(3).startsWith("/"),
                            "in the signer's scope, so their administrators see it");
                    entries.add(rs.getString(1) + ": " + rs.getString(2));
                }
            }
        }
        return entries;
    }

    private static void shiftLockIntoThePast(long account) throws Exception {
        // relative, so the database's and the server's time zones do not matter; two hours is past any lock
        try (Connection c = TestDatabase.connect();
                PreparedStatement s = c.prepareStatement(
                        "UPDATE signing_pin_lock SET locked_until = locked_until"
                                + " - INTERVAL 2 HOUR, last_failure_at = last_failure_at - INTERVAL 2 HOUR WHERE account_id = ?")) {
            s.setLong(1, account);
            assertEquals(1, s.executeUpdate());
        }
    }
}
