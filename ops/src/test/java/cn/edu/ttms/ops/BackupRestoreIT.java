package cn.edu.ttms.ops;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

/**
 * Backup and restore as government IT does them (README, "Backup and restore"), with real processes: a node
 * on a fresh MariaDB database with the demo data (signed result batches among them) and a teacher of its
 * own; {@code ops/bin/backup.sh}; {@code ops/bin/restore.sh} into another fresh database and data
 * directory; a node on the copy serving HTTPS with a key store the test makes (README, "HTTPS"), where
 * sign-in works, the session cookie is Secure, every signed batch verifies VALID and the counts are the
 * source's. A restore over a non-empty target is refused and changes nothing; with --force it goes
 * through. The same on the embedded H2 database, whose copy the application writes itself
 * ({@code POST /api/v1/system/backups}). Four node boots in all, the least these checks need.
 */
class BackupRestoreIT {

    private static final Duration BOOT = Duration.ofMinutes(6);
    private static final List<String> SIGNED = List.of("SIGNED", "REVIEWED", "RECOGNISED");
    private static final Pattern VIEW_STATE =
            Pattern.compile("name=\"jakarta\\.faces\\.ViewState\"[^>]*?value=\"([^\"]*)\"");
    private static final Pattern NONCE = Pattern.compile("<script[^>]*\\snonce=\"([^\"]+)\"");

    private static final List<Node> NODES = new ArrayList<>();
    private static final List<OpsDatabase> DATABASES = new ArrayList<>();

    @AfterAll
    static void stopEverything() throws Exception {
        for (Node node : NODES) {
            node.close();
        }
        for (OpsDatabase db : DATABASES) {
            db.drop();
        }
    }

    @Test
    void aMariaDbBackupRestoresIntoAnotherDatabaseAndServesOverHttps() throws Exception {
        Path work = Ops.workDir("backup-mariadb");
        OpsDatabase source = database("bk_src");
        Path sourceData = work.resolve("source-data");
        Map<String, String> sourceEnv = Node.database(source);
        sourceEnv.put("APP_DEMO_DATA", "true");
        sourceEnv.put("APP_DATA_DIR", sourceData.toString());
        Node origin = started(Node.start(work.resolve("source"), Node.freePort(), sourceEnv));

        Map<String, List<Long>> signed = signedBatches(origin.base());
        assertFalse(signed.get("SIGNED").isEmpty(), "the demo data has batches signed by the lead: " + signed);
        JsonObject teacher = registerTeacher(origin.base());
        // a file of the data directory's own, beside what the application keeps there
        Files.createDirectories(sourceData); // on MySQL the application itself keeps nothing there today
        Files.writeString(sourceData.resolve("bureau-note.txt"), "临沧市教育局 2026", StandardCharsets.UTF_8);
        Map<String, Long> counts = tableCounts(source);
        Map<String, Long> apiCounts = apiCounts(origin.base());

        Path backups = work.resolve("backups");
        Run backup = script(Map.of("APP_DATA_DIR", sourceData.toString()), sourceEnv, "backup.sh", backups.toString());
        assertEquals(0, backup.exit(), backup.output());
        Path dir = onlyBackup(backups);
        String manifest = Files.readString(dir.resolve("MANIFEST.txt"), StandardCharsets.UTF_8);
        assertTrue(manifest.contains("kind: mysql") && manifest.contains("schema-version: "), manifest);
        assertTrue(manifest.contains("app.signing.ca-passphrase"), "the passphrase rule is in the manifest");
        assertTrue(
                manifest.contains("  database.sql.gz") && manifest.contains("  data-dir.tar.gz"),
                "every file with its sha256: " + manifest);
        assertFalse(backup.output().contains("password=") || manifest.contains("password="), backup.output());
        long auditAtBackup = source.number("SELECT COUNT(*) FROM audit_entry");
        origin.close(); // the copy must stand on its own

        // a damaged copy is refused before anything is touched
        OpsDatabase target = database("bk_dst");
        Path damaged = copy(dir, work.resolve("damaged"));
        byte[] dump = Files.readAllBytes(damaged.resolve("database.sql.gz"));
        dump[dump.length / 2] ^= 0x55;
        Files.write(damaged.resolve("database.sql.gz"), dump);
        Path targetData = work.resolve("target-data");
        Map<String, String> targetEnv = Node.database(target);
        targetEnv.put("APP_DATA_DIR", targetData.toString());
        Run refusedDamaged = script(targetEnv, Map.of(), "restore.sh", damaged.toString());
        assertNotEquals(0, refusedDamaged.exit(), refusedDamaged.output());
        assertTrue(refusedDamaged.output().contains("sha256"), refusedDamaged.output());
        assertEquals(0, tables(target), "nothing restored from a damaged backup");

        Run restore = script(targetEnv, Map.of(), "restore.sh", dir.toString());
        assertEquals(0, restore.exit(), restore.output());
        assertTrue(restore.output().contains("VALID"), "says what to check: " + restore.output());
        assertEquals(counts, tableCounts(target));
        assertEquals("临沧市教育局 2026", Files.readString(targetData.resolve("bureau-note.txt"), StandardCharsets.UTF_8));

        // the restored copy on HTTPS, with a key store made here
        Path keystore = keystore(work.resolve("tls"));
        Map<String, String> restoredEnv = new HashMap<>(targetEnv);
        Node restored = started(Node.startHttps(
                work.resolve("restored"), Node.freePort(), Node.freePort(), keystore, "Bureau#TLS 2026", restoredEnv));
        URI https = restored.base();
        assertEquals("https", https.getScheme());
        HttpResponse<String> me = Api.as(https, "lead").get("/api/v1/me");
        assertEquals(200, me.statusCode(), me.body());
        assertTrue(me.headers().firstValue("Server").isEmpty(), "no server name over HTTPS either: " + me.headers());
        String cookie = signInCookie(https, "cityreviewer");
        assertTrue(cookie.matches("(?i).*;\\s*Secure(;.*|$)"), "the session cookie over HTTPS is Secure: " + cookie);
        assertEquals(signed, signedBatches(https), "the same signed batches");
        assertAllValid(https, signed);
        assertEquals(apiCounts, apiCounts(https));
        JsonObject found = Api.json(Api.as(https, "linxiang").get("/api/v1/teachers/" + teacher.getInt("id")));
        assertEquals(teacher.getString("name"), found.getString("name"));
        assertEquals(teacher.getString("identityNumber"), found.getString("identityNumber"));
        restored.close();

        // the target is now in use: refused without --force, and nothing changes
        long auditNow = target.number("SELECT COUNT(*) FROM audit_entry");
        assertTrue(auditNow > auditAtBackup, "the restored node's sign-ins are audited there");
        Files.writeString(targetData.resolve("after-restore.txt"), "kept", StandardCharsets.UTF_8);
        Run refused = script(targetEnv, Map.of(), "restore.sh", dir.toString());
        assertEquals(3, refused.exit(), refused.output());
        assertTrue(refused.output().contains("REFUSED") && refused.output().contains("--force"), refused.output());
        assertEquals(auditNow, target.number("SELECT COUNT(*) FROM audit_entry"), "nothing changed");
        assertEquals(counts, tableCounts(target));
        assertTrue(Files.exists(targetData.resolve("after-restore.txt")), "the data directory untouched");

        Run forced = script(targetEnv, Map.of(), "restore.sh", dir.toString(), "--force");
        assertEquals(0, forced.exit(), forced.output());
        assertTrue(forced.output().contains("--force: dropping"), forced.output());
        assertTrue(forced.output().contains("--force: emptying the data directory"), forced.output());
        assertEquals(auditAtBackup, target.number("SELECT COUNT(*) FROM audit_entry"), "the backup's state again");
        assertEquals(counts, tableCounts(target));
        assertFalse(Files.exists(targetData.resolve("after-restore.txt")));
        assertTrue(Files.exists(targetData.resolve("bureau-note.txt")));
    }

    @Test
    void anEmbeddedH2BackupIsWrittenByTheApplicationAndRestoresIntoAFreshDataDirectory() throws Exception {
        Path work = Ops.workDir("backup-h2");
        Path sourceData = work.resolve("source-data");
        Node origin = started(
                Node.start(work.resolve("source"), Node.freePort(), Map.of("APP_DATA_DIR", sourceData.toString())));
        URI base = origin.base();
        Map<String, List<Long>> signed = signedBatches(base);
        assertFalse(signed.get("SIGNED").isEmpty(), "the demo data has batches signed by the lead: " + signed);
        Map<String, Long> counts = apiCounts(base);

        HttpResponse<String> notAdmin = Api.as(base, "city").post("/api/v1/system/backups", "");
        assertEquals(403, notAdmin.statusCode(), notAdmin.body());
        HttpResponse<String> made = Api.as(base, "admin").post("/api/v1/system/backups", "");
        assertEquals(201, made.statusCode(), made.body());
        JsonObject answer = Api.json(made);
        Path file = Path.of(answer.getString("file"));
        assertEquals(sourceData.resolve("backups"), file.getParent());
        assertTrue(file.getFileName().toString().matches("ttms-\\d{8}-\\d{6}(-\\d+)?\\.zip"), file.toString());
        assertEquals(Files.size(file), answer.getJsonNumber("bytes").longValue());
        assertFalse(answer.getString("schemaVersion").isBlank());
        assertFalse(answer.getString("createdAt").isBlank());

        Path backups = work.resolve("backups");
        Map<String, String> scriptEnv = Map.of(
                "TTMS_URL",
                base.toString(),
                "TTMS_ADMIN_USER",
                "admin",
                "TTMS_ADMIN_PASSWORD",
                Api.DEMO_PASSWORD,
                "APP_DATA_DIR",
                sourceData.toString());
        Run backup = script(scriptEnv, Map.of(), "backup.sh", backups.toString());
        assertEquals(0, backup.exit(), backup.output());
        assertFalse(backup.output().contains(Api.DEMO_PASSWORD), "no password printed");
        Path dir = onlyBackup(backups);
        String manifest = Files.readString(dir.resolve("MANIFEST.txt"), StandardCharsets.UTF_8);
        assertTrue(manifest.contains("kind: h2") && manifest.contains("  database-h2.zip"), manifest);
        assertTrue(manifest.contains("schema-version: " + answer.getString("schemaVersion")), manifest);
        origin.close();

        Path targetData = work.resolve("target-data");
        Map<String, String> targetEnv = Map.of("APP_DATA_DIR", targetData.toString());
        Run restore = script(targetEnv, Map.of(), "restore.sh", dir.toString());
        assertEquals(0, restore.exit(), restore.output());
        assertTrue(Files.isRegularFile(targetData.resolve("db/ttms.mv.db")), restore.output());
        Run again = script(targetEnv, Map.of(), "restore.sh", dir.toString());
        assertEquals(3, again.exit(), again.output());
        assertTrue(again.output().contains("REFUSED"), again.output());

        Node restored = started(Node.start(work.resolve("restored"), Node.freePort(), targetEnv));
        URI copy = restored.base();
        assertEquals(200, Api.as(copy, "teacher").get("/api/v1/me").statusCode());
        assertEquals(counts, apiCounts(copy));
        assertEquals(signed, signedBatches(copy));
        assertAllValid(copy, signed);
        restored.close();
    }

    // ---- the application, over its API ---------------------------------------------------------------

    /** The ids of the signed batches, by status, as the province sees them (its subtree is everything). */
    private static Map<String, List<Long>> signedBatches(URI base) throws Exception {
        Map<String, List<Long>> all = new TreeMap<>();
        for (String status : SIGNED) {
            JsonObject page =
                    Api.json(Api.as(base, "province").get("/api/v1/result-batches?size=500&status=" + status));
            all.put(
                    status,
                    page.getJsonArray("items").getValuesAs(JsonObject.class).stream()
                            .map(b -> b.getJsonNumber("id").longValue())
                            .sorted()
                            .toList());
        }
        return all;
    }

    private static void assertAllValid(URI base, Map<String, List<Long>> signed) throws Exception {
        int checked = 0;
        for (List<Long> ids : signed.values()) {
            for (long id : ids) {
                HttpResponse<String> r = Api.as(base, "province").get("/api/v1/result-batches/" + id + "/verification");
                assertEquals(200, r.statusCode(), r.body());
                assertEquals("VALID", Api.json(r).getString("status"), "batch " + id + ": " + r.body());
                checked++;
            }
        }
        assertTrue(checked > 0, "signed batches checked: " + checked);
    }

    /** Teachers, batches and result rows, as the API counts them for the province. */
    private static Map<String, Long> apiCounts(URI base) throws Exception {
        Api province = Api.as(base, "province");
        JsonObject batches = Api.json(province.get("/api/v1/result-batches?size=500"));
        long rows = batches.getJsonArray("items").getValuesAs(JsonObject.class).stream()
                .mapToLong(b -> b.getInt("rows"))
                .sum();
        return Map.of(
                "teachers",
                Api.json(province.get("/api/v1/teachers?size=1"))
                        .getJsonNumber("total")
                        .longValue(),
                "batches",
                batches.getJsonNumber("total").longValue(),
                "results",
                rows);
    }

    /** A teacher registered by the county bureau, with an identity number no demo teacher has. */
    private static JsonObject registerTeacher(URI base) throws Exception {
        Api county = Api.as(base, "linxiang");
        long school = Api.json(county.get("/api/v1/organisations?size=500"))
                .getJsonArray("items")
                .getValuesAs(JsonObject.class)
                .stream()
                .filter(o -> o.getString("name").equals("临翔区第一完全小学"))
                .findFirst()
                .orElseThrow()
                .getJsonNumber("id")
                .longValue();
        String name = "备份" + ThreadLocalRandom.current().nextInt(1000, 10000);
        HttpResponse<String> r = county.post(
                "/api/v1/teachers",
                "{\"identityNumber\":\"" + identityNumber() + "\",\"schoolId\":" + school + ",\"name\":\"" + name
                        + "\",\"subject\":\"语文\",\"stage\":\"PRIMARY\"}");
        assertEquals(201, r.statusCode(), r.body());
        return Api.json(r);
    }

    /** A valid 18-digit identity number (GB 11643 check digit) born in 临翔区 in 1985. */
    private static String identityNumber() {
        String body = "530902" + "1985"
                + String.format("%02d%02d", 1 + ThreadLocalRandom.current().nextInt(12), 10)
                + String.format("%03d", ThreadLocalRandom.current().nextInt(1000));
        int[] weights = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += (body.charAt(i) - '0') * weights[i];
        }
        return body + "10X98765432".charAt(sum % 11);
    }

    /** Signs in through the sign-in page as a browser does; the session cookie the answer sets. */
    private static String signInCookie(URI base, String username) throws Exception {
        HttpClient http = Ops.insecureHttp();
        HttpResponse<String> form = http.send(
                HttpRequest.newBuilder(base.resolve("/login.xhtml")).GET().build(),
                HttpResponse.BodyHandlers.ofString());
        Matcher state = VIEW_STATE.matcher(form.body());
        assertTrue(form.statusCode() == 200 && state.find(), "a sign-in form: " + form.statusCode());
        String cookies = form.headers().allValues("Set-Cookie").stream()
                .map(c -> c.split(";", 2)[0])
                .collect(Collectors.joining("; "));
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("login", "login");
        fields.put("login:continue", "");
        fields.put("login:username", username);
        fields.put("login:password", Api.DEMO_PASSWORD);
        fields.put("login:submit", "");
        fields.put(
                "jakarta.faces.ViewState", state.group(1).replace("&#58;", ":").replace("&amp;", "&"));
        Matcher nonce = NONCE.matcher(form.body());
        if (nonce.find()) {
            fields.put("primefaces.nonce", nonce.group(1));
        }
        String body = fields.entrySet().stream()
                .map(f -> URLEncoder.encode(f.getKey(), StandardCharsets.UTF_8) + "="
                        + URLEncoder.encode(f.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        HttpResponse<String> signedIn = http.send(
                HttpRequest.newBuilder(base.resolve("/login.xhtml"))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .header("Cookie", cookies)
                        .POST(HttpRequest.BodyPublishers.ofString(body))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(302, signedIn.statusCode(), "signed in and sent on: " + signedIn.body());
        assertTrue(signedIn.headers().firstValue("Location").orElse("").contains("/app/"));
        return signedIn.headers().allValues("Set-Cookie").stream()
                .filter(c -> c.startsWith("JSESSIONID="))
                .findFirst()
                .orElseThrow(() -> new AssertionError(
                        "a new session cookie at sign-in: " + signedIn.headers().allValues("Set-Cookie")));
    }

    // ---- the database and the files -------------------------------------------------------------------

    private static OpsDatabase database(String name) throws Exception {
        OpsDatabase db = OpsDatabase.fresh(name);
        DATABASES.add(db);
        return db;
    }

    private static Node started(Node node) throws Exception {
        NODES.add(node);
        return node.awaitReady(BOOT);
    }

    private static Map<String, Long> tableCounts(OpsDatabase db) throws Exception {
        Map<String, Long> counts = new TreeMap<>();
        for (String table : List.of("teacher", "training_result", "result_batch", "result_signature")) {
            counts.put(table, db.number("SELECT COUNT(*) FROM " + table));
        }
        return counts;
    }

    private static long tables(OpsDatabase db) throws Exception {
        return db.number("SELECT COUNT(*) FROM information_schema.tables WHERE table_schema = '" + db.name() + "'");
    }

    private static Path onlyBackup(Path backups) throws IOException {
        try (Stream<Path> dirs = Files.list(backups)) {
            List<Path> all = dirs.toList();
            assertEquals(1, all.size(), "one backup directory: " + all);
            assertTrue(all.get(0).getFileName().toString().matches("ttms-backup-\\d{8}-\\d{6}"), all.toString());
            return all.get(0);
        }
    }

    private static Path copy(Path from, Path to) throws IOException {
        Files.createDirectories(to);
        try (Stream<Path> files = Files.list(from)) {
            for (Path f : files.toList()) {
                Files.copy(f, to.resolve(f.getFileName()));
            }
        }
        return to;
    }

    /** A self-signed certificate for localhost in a PKCS#12 key store, made with keytool as IT would. */
    private static Path keystore(Path dir) throws Exception {
        Files.createDirectories(dir);
        Path file = dir.resolve("server.p12");
        ProcessBuilder keytool = new ProcessBuilder(
                        "keytool",
                        "-genkeypair",
                        "-alias",
                        "ttms-https",
                        "-keyalg",
                        "EC",
                        "-groupname",
                        "secp256r1",
                        "-dname",
                        "CN=localhost, O=TTMS test",
                        "-ext",
                        "san=dns:localhost,ip:127.0.0.1",
                        "-validity",
                        "7",
                        "-storetype",
                        "PKCS12",
                        "-keystore",
                        file.toString(),
                        "-storepass:env",
                        "STOREPASS")
                .redirectErrorStream(true);
        keytool.environment().put("STOREPASS", "Bureau#TLS 2026");
        Process p = keytool.start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(60, TimeUnit.SECONDS) && p.exitValue() == 0, out);
        return file;
    }

    private record Run(int exit, String output) {}

    /** Runs a script of ops/bin with the node's build and these variables (later maps win). */
    private static Run script(Map<String, String> env, Map<String, String> more, String name, String... args)
            throws Exception {
        List<String> command =
                new ArrayList<>(List.of(Ops.root().resolve("ops/bin/" + name).toString()));
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        builder.environment().keySet().removeIf(k -> k.startsWith("APP_") || k.startsWith("TTMS_"));
        builder.environment().putAll(more);
        builder.environment().putAll(env);
        Process p = builder.start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(10, TimeUnit.MINUTES), name + " did not finish");
        return new Run(p.exitValue(), name + " " + String.join(" ", args) + " →\n" + out);
    }
}
