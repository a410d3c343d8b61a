package cn.edu.ttms.it.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.edu.ttms.it.TestDatabase;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.net.URL;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.concurrent.atomic.AtomicInteger;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * {@code POST /api/v1/system/backups} on the suite's MariaDB: the top unit's administrator is told, in
 * their language, to use ops/bin/backup.sh (409); an administrator of a city and a teacher may not back up
 * at all (403), and the administrator's refusal is audited. The H2 side, where a file is written, runs
 * on real nodes in ops' BackupRestoreIT.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class SystemBackupIT {

    private static final AtomicInteger SEQ = new AtomicInteger();

    @ArquillianResource
    URL base;

    @Test
    void onMariaDbTheTopAdministratorIsToldToUseTheDumpScriptInBothLanguages() throws Exception {
        HttpResponse<String> zh = Api.as(base, "admin").post("/api/v1/system/backups", "");
        assertEquals(409, zh.statusCode(), zh.body());
        assertEquals(
                "application/problem+json",
                zh.headers().firstValue("Content-Type").orElse("").split(";")[0]);
        assertTrue(zh.body().contains("ops/bin/backup.sh") && zh.body().contains("请由运维人员"), zh.body());

        HttpResponse<String> en = Api.as(base, "admin").inEnglish().post("/api/v1/system/backups", "");
        assertEquals(409, en.statusCode(), en.body());
        assertTrue(en.body().contains("ops/bin/backup.sh") && en.body().contains("mariadb-dump"), en.body());
    }

    @Test
    void anAdministratorOfACityAndATeacherMayNotBackUp() throws Exception {
        String username = "cityadmin-" + System.currentTimeMillis() % 100_000 + "-" + SEQ.incrementAndGet();
        long city = unit("临沧市");
        HttpResponse<String> opened = Api.as(base, "admin")
                .post(
                        "/api/v1/accounts",
                        "{\"username\":\"" + username + "\",\"displayName\":\"市管理员\",\"organisationId\":" + city
                                + ",\"roles\":[\"ADMIN\"]}");
        assertEquals(201, opened.statusCode(), opened.body());
        String otp = json(opened).getString("initialPassword");
        assertEquals(
                204,
                Api.as(base, username, otp)
                        .post("/api/v1/me/password", "{\"current\":\"" + otp + "\",\"next\":\"Eigen2026pass\"}")
                        .statusCode());

        HttpResponse<String> refused = Api.as(base, username, "Eigen2026pass").post("/api/v1/system/backups", "");
        assertEquals(403, refused.statusCode(), refused.body());
        assertTrue(refused.body().contains("最上级单位"), refused.body());
        HttpResponse<String> teacher = Api.as(base, "teacher").post("/api/v1/system/backups", "");
        assertEquals(403, teacher.statusCode(), teacher.body());

        try (Connection c = TestDatabase.connect();
                Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("SELECT COUNT(*) FROM audit_entry WHERE action = 'ACCESS_REFUSED'"
                        + " AND entity_type = 'SystemBackup' AND actor = '" + username + "'")) {
            rs.next();
            assertEquals(1, rs.getInt(1), "the refused backup is in the audit trail");
        }
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

    private static JsonObject json(HttpResponse<String> r) {
        return Json.createReader(new StringReader(r.body())).readObject();
    }
}
