package cn.edu.ttms.ops;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.StringReader;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * Upgrade from the previous release (issue 20): the database of release 58d9709 (schema version 21, the demo
 * data, signed result batches, one of them tampered with) as that release left it, kept as a dump under
 * {@code src/test/resources/upgrade} together with what that release answered about it (README.md there; the
 * script beside it regenerates both). This release starts on it once, as government IT would start it
 * ({@code ops/bin/node.sh}), migrates it, and must show the same data, the same signatures and the same figures.
 *
 * <p>The row counts and digests are read right after the node is ready, before any request (requests write the
 * audit trail); the methods run in order for that reason.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class UpgradeIT {

    private static final String BASELINE = "upgrade/previous-release-baseline.json";
    private static final String DUMP = "upgrade/previous-release.sql.gz";
    private static final Pattern MIGRATION = Pattern.compile("V(\\d+(?:[._]\\d+)*)__(.+)\\.(sql|java)");

    private JsonObject baseline;
    private OpsDatabase db;
    private Node node;

    @BeforeAll
    void upgrade() throws Exception {
        try (InputStream in = resource(BASELINE)) {
            baseline = Json.createReader(in).readObject();
        }
        db = OpsDatabase.fresh("upgrade");
        load(db);
        // the dump is the database the baseline describes, before this release touches it
        assertEquals(baseline.getJsonObject("rowCounts"), rowCounts(), "the dump's row counts");
        assertEquals(baseline.getString("schemaVersion"), schemaVersion(), "the dump's schema version");

        // the installation's configuration stays as it was, demo data on included: the demo loader must find
        // its markers and load nothing again (the row counts below would say so)
        Map<String, String> env = Node.database(db);
        env.put("APP_DEMO_DATA", "true");
        node = Node.start(Ops.workDir("upgrade"), Node.freePort(), env).awaitReady(Duration.ofMinutes(5));
    }

    @AfterAll
    void stop() throws Exception {
        try {
            if (node != null) {
                node.close();
            }
        } finally {
            if (db != null) {
                db.drop();
            }
        }
    }

    @Test
    @Order(1)
    void everyMigrationOfThisReleaseIsAppliedAndTheOldHistoryIsUntouched() throws Exception {
        List<JsonObject> history = history();
        JsonArray before = baseline.getJsonArray("schemaHistory");
        // The previous release's rows as it wrote them: same versions, descriptions and checksums. Flyway
        // validates those checksums at start; V3_1 is a Java migration, whose checksum is null (BaseJavaMigration
        // has none), so reformatting its source in issue 16 changed nothing Flyway compares.
        assertEquals(
                before,
                Json.createArrayBuilder(history.subList(0, before.size())).build(),
                "the old history");

        Map<String, String> release = migrationsOfThisRelease();
        Map<String, JsonObject> applied = new LinkedHashMap<>();
        history.forEach(row -> applied.put(row.getString("version"), row));
        for (Map.Entry<String, String> migration : release.entrySet()) {
            JsonObject row = applied.get(migration.getKey());
            assertTrue(row != null, "migration V" + migration.getKey() + " is in the schema history");
            assertTrue(row.getBoolean("success"), "migration V" + migration.getKey() + " succeeded");
        }
        assertEquals(release.keySet(), applied.keySet(), "the history holds exactly this release's migrations");

        List<String> added = history.subList(before.size(), history.size()).stream()
                .map(row -> "V" + row.getString("version") + " " + row.getString("description"))
                .toList();
        assertFalse(added.isEmpty(), "this release brings new migrations: " + release.keySet());
        assertTrue(
                node.log()
                        .contains("Migrations applied: " + String.join(", ", added) + "; schema version "
                                + schemaVersion()),
                "the log names what was applied: " + added);
        System.out.println(
                "Upgraded schema " + baseline.getString("schemaVersion") + " → " + schemaVersion() + " with " + added);
    }

    @Test
    @Order(2)
    void rowCountsAndTheKeptTablesAreUnchanged() throws Exception {
        assertEquals(baseline.getJsonObject("rowCounts"), rowCounts(), "row counts after the upgrade");
        String log = node.log();
        assertTrue(log.contains("Demo data 'results' already loaded"), "the demo data's markers are found");
        assertFalse(log.contains("' loaded (all demo accounts"), "no demo data loaded again");
        for (JsonObject digest : baseline.getJsonArray("digests").getValuesAs(JsonObject.class)) {
            assertEquals(
                    digest.getString("sha256"),
                    text(digest.getString("sql")),
                    "every column of " + digest.getString("table") + " as the previous release left it");
        }
    }

    @Test
    @Order(3)
    void everyBatchVerifiesAsBefore() throws Exception {
        Api province = Api.as(node.base(), "province");
        int valid = 0;
        for (JsonObject batch : baseline.getJsonArray("batches").getValuesAs(JsonObject.class)) {
            JsonObject expected = batch.getJsonObject("verification");
            JsonObject actual = body(province.get("/api/v1/result-batches/" + batch.getInt("id") + "/verification"));
            // checkedAt is when this check ran; everything else (status, each signature's validity, signer,
            // certificate, the tampered rows) must be what the previous release found
            assertContains(without(expected, "checkedAt"), without(actual, "checkedAt"), "batch " + batch.getInt("id"));
            valid += "VALID".equals(expected.getString("status")) ? 1 : 0;
        }
        assertTrue(valid > 0, "the fixture has valid signed batches");
        String tampered = String.valueOf(baseline.getInt("tamperedBatch"));
        assertEquals(
                "TAMPERED",
                body(province.get("/api/v1/result-batches/" + tampered + "/verification"))
                        .getString("status"),
                "the batch changed in the database stays tampered");
    }

    @Test
    @Order(4)
    void archivesAndComplianceOfTeachersAreUnchanged() throws Exception {
        Api province = Api.as(node.base(), "province");
        for (JsonObject teacher : baseline.getJsonArray("teachers").getValuesAs(JsonObject.class)) {
            int id = teacher.getInt("id");
            assertContains(
                    teacher.getJsonObject("archive"),
                    body(province.get("/api/v1/teachers/" + id + "/archive")),
                    "archive of teacher " + id);
            for (JsonObject c : teacher.getJsonArray("compliance").getValuesAs(JsonObject.class)) {
                int cycle = c.getInt("cycleStart");
                assertContains(
                        c.getJsonObject("compliance"),
                        body(province.get("/api/v1/teachers/" + id + "/compliance?cycleStart=" + cycle)),
                        "compliance of teacher " + id + " in the cycle from " + cycle);
            }
        }
    }

    @Test
    @Order(5)
    void complianceOfUnitsIsUnchanged() throws Exception {
        Api province = Api.as(node.base(), "province");
        for (JsonObject unit : baseline.getJsonArray("units").getValuesAs(JsonObject.class)) {
            String query = "cycleStart=" + unit.getInt("cycleStart") + "&year=" + unit.getInt("year");
            assertContains(
                    unit.getJsonObject("compliance"),
                    body(province.get("/api/v1/organisations/" + unit.getInt("id") + "/compliance?" + query)),
                    "compliance of unit " + unit.getInt("id") + " (" + query + ")");
        }
    }

    @Test
    @Order(6)
    void creditCalculationsAreUnchanged() throws Exception {
        for (JsonObject credit : baseline.getJsonArray("credits").getValuesAs(JsonObject.class)) {
            String request = credit.getJsonObject("request").toString();
            assertContains(
                    credit.getJsonObject("response"),
                    body(Api.as(node.base(), credit.getString("user")).post("/api/v1/credits/calculate", request)),
                    credit.getString("user") + " calculating " + request);
        }
    }

    @Test
    @Order(7)
    void aDemoAccountStillSignsInWithItsPassword() throws Exception {
        String username = baseline.getJsonObject("signIn").getString("username");
        String password = baseline.getString("demoPassword");
        HttpResponse<String> me = Api.as(node.base(), username, password).get("/api/v1/me");
        assertEquals(200, me.statusCode(), me.body());
        assertEquals(username, Api.json(me).getString("username"));
        assertEquals(
                401,
                Api.as(node.base(), username, password + "x").get("/api/v1/me").statusCode(),
                "a wrong password is still refused");
    }

    @Test
    @Order(8)
    void theOldSignersKeysStillSignAndTheNewSignatureVerifies() throws Exception {
        // A batch the reviewer approved under the previous release, recognised now by the province officer with
        // the key that release issued and encrypted under the officer's PIN (the demo PIN): new rows (signature,
        // snapshot, audit) take ids after the old ones, and the batch verifies with every signature.
        long batch = number("SELECT MIN(id) FROM result_batch WHERE status = 'REVIEWED'");
        int before = body(Api.as(node.base(), "province").get("/api/v1/result-batches/" + batch + "/verification"))
                .getJsonArray("signatures")
                .size();
        HttpResponse<String> signed = Api.as(node.base(), "province")
                .post("/api/v1/result-batches/" + batch + "/signatures", "{\"pin\":\"123456\"}");
        assertEquals(201, signed.statusCode(), signed.body());
        assertEquals("RECOGNISED", Api.json(signed).getString("status"));
        JsonObject verification =
                body(Api.as(node.base(), "province").get("/api/v1/result-batches/" + batch + "/verification"));
        assertEquals("VALID", verification.getString("status"), verification.toString());
        assertEquals(before + 1, verification.getJsonArray("signatures").size(), verification.toString());
    }

    // ---------------------------------------------------------------- the database

    /** The dump into the empty database, with the MariaDB client as government IT restores one. */
    private static void load(OpsDatabase db) throws Exception {
        ProcessBuilder builder = new ProcessBuilder(
                        client(), "--host=127.0.0.1", "--port=3306", "--user=" + OpsDatabase.user(), db.name())
                .redirectErrorStream(true);
        builder.environment().put("MYSQL_PWD", OpsDatabase.password());
        Process mariadb = builder.start();
        try (InputStream dump = new GZIPInputStream(resource(DUMP));
                OutputStream in = mariadb.getOutputStream()) {
            dump.transferTo(in);
        }
        String output = new String(mariadb.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(mariadb.waitFor(5, TimeUnit.MINUTES), "the client finished loading the dump");
        assertEquals(0, mariadb.exitValue(), "loading the dump: " + output);
    }

    private static String client() {
        for (String name : new String[] {"mariadb", "mysql"}) {
            for (String dir : System.getenv().getOrDefault("PATH", "/usr/bin").split(":")) {
                if (Files.isExecutable(Path.of(dir, name))) {
                    return Path.of(dir, name).toString();
                }
            }
        }
        throw new IllegalStateException("the MariaDB client (mariadb or mysql) is needed to load the dump");
    }

    /** Every table's row count but Flyway's own, as the script records them. */
    private JsonObject rowCounts() throws SQLException {
        Map<String, Long> counts = new TreeMap<>();
        try (Connection c = db.connect();
                Statement s = c.createStatement()) {
            List<String> tables = new ArrayList<>();
            try (ResultSet rs = s.executeQuery("SELECT table_name FROM information_schema.tables"
                    + " WHERE table_schema = DATABASE() AND table_type = 'BASE TABLE'"
                    + " AND table_name <> 'flyway_schema_history'")) {
                while (rs.next()) {
                    tables.add(rs.getString(1));
                }
            }
            // only the tables the previous release had: a table this release adds is counted by no baseline
            tables.retainAll(baseline.getJsonObject("rowCounts").keySet());
            for (String table : tables) {
                try (ResultSet rs = s.executeQuery("SELECT COUNT(*) FROM `" + table + "`")) {
                    rs.next();
                    counts.put(table, rs.getLong(1));
                }
            }
        }
        var counted = Json.createObjectBuilder();
        counts.forEach(counted::add);
        return counted.build();
    }

    /** One value of the script's SQL, in its session settings (UTC, long GROUP_CONCAT). */
    private String text(String sql) throws SQLException {
        try (Connection c = db.connect();
                Statement s = c.createStatement()) {
            s.execute("SET time_zone = '+00:00'");
            s.execute("SET SESSION group_concat_max_len = 1073741824");
            try (ResultSet rs = s.executeQuery(sql)) {
                rs.next();
                return rs.getString(1);
            }
        }
    }

    private long number(String sql) throws SQLException {
        return Long.parseLong(text(sql));
    }

    private String schemaVersion() throws SQLException {
        return text("SELECT version FROM flyway_schema_history WHERE success = 1 AND version IS NOT NULL"
                + " ORDER BY installed_rank DESC LIMIT 1");
    }

    /** The schema history as the script records it. */
    private List<JsonObject> history() throws SQLException {
        List<JsonObject> rows = new ArrayList<>();
        try (Connection c = db.connect();
                Statement s = c.createStatement();
                ResultSet rs =
                        s.executeQuery("SELECT version, description, checksum, success FROM flyway_schema_history"
                                + " WHERE version IS NOT NULL ORDER BY installed_rank")) {
            while (rs.next()) {
                var row = Json.createObjectBuilder()
                        .add("version", rs.getString(1))
                        .add("description", rs.getString(2));
                int checksum = rs.getInt(3);
                if (rs.wasNull()) {
                    row.addNull("checksum");
                } else {
                    row.add("checksum", checksum);
                }
                rows.add(row.add("success", rs.getBoolean(4)).build());
            }
        }
        return rows;
    }

    /** The versions and names of this release's migrations, from the sources Flyway finds them in. */
    private static Map<String, String> migrationsOfThisRelease() throws IOException {
        Map<String, String> migrations = new TreeMap<>();
        for (String dir : new String[] {"ejb/src/main/resources/db/migration", "ejb/src/main/java/db/migration"}) {
            try (Stream<Path> files = Files.list(Ops.root().resolve(dir))) {
                files.forEach(file -> {
                    Matcher m = MIGRATION.matcher(file.getFileName().toString());
                    if (m.matches()) {
                        migrations.put(m.group(1).replace('_', '.'), m.group(2));
                    }
                });
            }
        }
        assertFalse(migrations.isEmpty(), "migrations found under " + Ops.root());
        return migrations;
    }

    // ---------------------------------------------------------------- JSON

    private static JsonObject body(HttpResponse<String> response) {
        assertEquals(200, response.statusCode(), response.uri() + ": " + response.body());
        return Json.createReader(new StringReader(response.body())).readObject();
    }

    private static JsonObject without(JsonObject object, String field) {
        return Json.createObjectBuilder(object).remove(field).build();
    }

    /**
     * {@code actual} says everything {@code expected} says: the same fields with the same values (numbers by
     * value: 21.6 and 21.60 are the same figure), lists of the same length in the same order. A field the
     * previous release did not have is allowed — a new release may add to an answer, never change or drop
     * what it said — and is printed, so that what was added is visible. As of this release none is added to
     * verification, archive, compliance or credit calculation; the check compares the baseline's fields only
     * so that a later release that adds one still proves the old figures unchanged.
     */
    private static void assertContains(JsonValue expected, JsonValue actual, String what) {
        Set<String> added = new TreeSet<>();
        String difference = difference("$", expected, actual, added);
        if (!added.isEmpty()) {
            System.out.println(what + ": fields added by this release (not compared): " + added);
        }
        assertTrue(difference == null, what + ": " + difference);
    }

    private static String difference(String path, JsonValue expected, JsonValue actual, Set<String> added) {
        if (expected.getValueType() != actual.getValueType() && !(isBoolean(expected) && isBoolean(actual))) {
            return path + " was " + expected + ", is " + actual;
        }
        switch (expected.getValueType()) {
            case OBJECT -> {
                JsonObject e = expected.asJsonObject();
                JsonObject a = actual.asJsonObject();
                for (String key : e.keySet()) {
                    if (!a.containsKey(key)) {
                        return path + "." + key + " is missing (was " + e.get(key) + ")";
                    }
                    String d = difference(path + "." + key, e.get(key), a.get(key), added);
                    if (d != null) {
                        return d;
                    }
                }
                a.keySet().stream()
                        .filter(key -> !e.containsKey(key))
                        .forEach(key -> added.add(path.replaceAll("\\[\\d+]", "[]") + "." + key));
                return null;
            }
            case ARRAY -> {
                JsonArray e = expected.asJsonArray();
                JsonArray a = actual.asJsonArray();
                if (e.size() != a.size()) {
                    return path + " had " + e.size() + " entries, has " + a.size() + ": " + actual;
                }
                for (int i = 0; i < e.size(); i++) {
                    String d = difference(path + "[" + i + "]", e.get(i), a.get(i), added);
                    if (d != null) {
                        return d;
                    }
                }
                return null;
            }
            case NUMBER -> {
                boolean same =
                        ((JsonNumber) expected).bigDecimalValue().compareTo(((JsonNumber) actual).bigDecimalValue())
                                == 0;
                return same ? null : path + " was " + expected + ", is " + actual;
            }
            case STRING -> {
                return ((JsonString) expected).getString().equals(((JsonString) actual).getString())
                        ? null
                        : path + " was " + expected + ", is " + actual;
            }
            default -> {
                return expected.equals(actual) ? null : path + " was " + expected + ", is " + actual;
            }
        }
    }

    private static boolean isBoolean(JsonValue v) {
        return v.getValueType() == JsonValue.ValueType.TRUE || v.getValueType() == JsonValue.ValueType.FALSE;
    }

    private static InputStream resource(String name) throws IOException {
        InputStream in = UpgradeIT.class.getClassLoader().getResourceAsStream(name);
        if (in == null) {
            throw new IOException(name + " is not on the test class path (src/test/resources)");
        }
        return in;
    }
}
