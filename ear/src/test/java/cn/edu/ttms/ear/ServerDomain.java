package cn.edu.ttms.ear;

import java.io.IOException;
import java.io.InputStream;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;

/**
 * A fresh domain of a full server unpacked under target/ (Payara Server 6 or GlassFish 7), set up
 * the way the README tells government IT to: a domain on free ports, the JDBC driver in its lib/,
 * the MariaDB pool created by the README's own asadmin script, the EAR deployed. {@link #remove}
 * undeploys, stops and deletes it, also after a failure. Both server tests use the one test
 * database (the test user has rights on no other), one after the other.
 */
final class ServerDomain {

    private final String name;
    private final Path home;
    private final Asadmin asadmin;
    private final int adminPort;
    private final URI base;
    /** Where the pool points when the domain was made with {@link #deployedWhileTheDatabaseIsDown}. */
    private DatabaseLink database;

    private Duration deployTook;

    private ServerDomain(String name, Path home, int portBase) {
        this.name = name;
        this.home = home;
        this.asadmin = new Asadmin(home);
        this.adminPort = portBase + 48;
        this.base = URI.create("http://localhost:" + (portBase + 80) + "/");
    }

    /**
     * A new domain of the server unpacked in the directory of the system property, started, with
     * the pool of the README's script.
     */
    static ServerDomain create(String serverDirProperty, String name) throws Exception {
        URI db = URI.create(System.getProperty("test.db.url").substring("jdbc:".length()));
        return create(serverDirProperty, name, db.getHost(), db.getPort());
    }

    /** The same, with the pool pointing at another address of the test database (a {@link DatabaseLink}). */
    static ServerDomain create(String serverDirProperty, String name, String dbHost, int dbPort) throws Exception {
        ServerDomain domain = new ServerDomain(name, serverHome(serverDirProperty), freePortBase());
        domain.asadmin.runAllowingFailure("delete-domain", name); // a leftover of an interrupted run
        domain.asadmin.run(
                "create-domain", "--nopassword=true", "--portbase", String.valueOf(domain.adminPort - 48), name);
        Files.copy(
                Path.of(System.getProperty("jdbc.driver")), domain.domainDir().resolve("lib/mysql-connector-j.jar"));
        domain.asadmin.run("start-domain", name);
        domain.admin("multimode", "--file", datasourceScript(dbHost, dbPort).toString());
        return domain;
    }

    /**
     * The README's set-up on an empty database — a fresh domain, the pool of the README's script, the
     * first administrator's settings — with the pool pointing at a {@link DatabaseLink} that is still
     * closed, and the EAR deployed while the database is thus down. The test opens the link: the
     * database "comes up". {@link #remove} closes the link too.
     */
    static ServerDomain deployedWhileTheDatabaseIsDown(String serverDirProperty, String name) throws Exception {
        emptyDatabase();
        URI db = URI.create(System.getProperty("test.db.url").substring("jdbc:".length()));
        DatabaseLink link = new DatabaseLink(db.getHost(), db.getPort());
        ServerDomain domain = create(serverDirProperty, name, "127.0.0.1", link.port());
        domain.database = link;
        domain.admin(
                "create-system-properties", ProductionStart.firstAdministratorProperties() + ":app.db.retry-seconds=3");
        Instant started = Instant.now();
        domain.deploy();
        domain.deployTook = Duration.between(started, Instant.now());
        return domain;
    }

    /** The link the pool points at (see {@link #deployedWhileTheDatabaseIsDown}). */
    DatabaseLink database() {
        return database;
    }

    /** How long {@code asadmin deploy} took. */
    Duration deployTook() {
        return deployTook;
    }

    /** The application's base address (the HTTP listener, context root /). */
    URI base() {
        return base;
    }

    /** An asadmin command against this domain's running server. */
    String admin(String... command) throws IOException, InterruptedException {
        String[] args = new String[command.length + 2];
        args[0] = "--port";
        args[1] = String.valueOf(adminPort);
        System.arraycopy(command, 0, args, 2, command.length);
        return asadmin.run(args);
    }

    void deploy() throws IOException, InterruptedException {
        admin("deploy", "--name", "ttms", System.getProperty("ttms.ear"));
    }

    Path serverLog() {
        return domainDir().resolve("logs/server.log");
    }

    /**
     * Everything this domain's server has logged (the domain is the test's own, created for it),
     * once it contains {@code marker}, waiting at most four minutes: GlassFish 7 writes its log through
     * an asynchronous handler, so the lines of a deploy can reach the file after {@code asadmin
     * deploy} has returned. Rotated files ({@code server.log_…}) are read too, oldest first.
     */
    String log(String marker) throws IOException, InterruptedException {
        long start = System.nanoTime();
        long deadline = start + TimeUnit.MINUTES.toNanos(4);
        boolean rotated = false;
        boolean restarted = false;
        while (true) {
            long waited = System.nanoTime() - start;
            if (!rotated && waited > TimeUnit.SECONDS.toNanos(30)) {
                // GlassFish's asynchronous handler was seen to hold every line for minutes (a run read only the
                // launcher's line): rotating the log makes it write out what it holds, into server.log_<time>
                asadmin.runAllowingFailure("--port", String.valueOf(adminPort), "rotate-log");
                rotated = true;
            }
            if (!restarted && waited > TimeUnit.SECONDS.toNanos(75)) {
                // GlassFish 7.0.21's log handler can lose a whole start's records (races fixed in 7.0.24 and
                // 7.0.25, which do not resolve here): the rotation did not bring them. The server started
                // again deploys the application again, which logs again; a real omission still fails.
                asadmin.runAllowingFailure("stop-domain", name);
                asadmin.run("start-domain", name);
                restarted = true;
            }
            StringBuilder log = new StringBuilder();
            try (var files = Files.list(serverLog().getParent())) {
                for (Path f : files.filter(f -> f.getFileName().toString().startsWith("server.log_"))
                        .sorted()
                        .toList()) {
                    log.append(Files.readString(f, StandardCharsets.UTF_8));
                }
            }
            log.append(Files.readString(serverLog(), StandardCharsets.UTF_8));
            if (log.indexOf(marker) >= 0 || System.nanoTime() > deadline) {
                return log.toString();
            }
            Thread.sleep(250);
        }
    }

    /** Undeploys, stops and deletes the domain, each step even when the one before failed. */
    void remove() throws IOException, InterruptedException {
        try {
            asadmin.runAllowingFailure("--port", String.valueOf(adminPort), "undeploy", "ttms");
        } finally {
            try {
                asadmin.runAllowingFailure("stop-domain", name);
            } finally {
                try {
                    asadmin.runAllowingFailure("delete-domain", name);
                } finally {
                    if (database != null) {
                        database.close();
                    }
                }
            }
        }
    }

    private Path domainDir() {
        return home.resolve("glassfish/domains/" + name);
    }

    /** The database of the web tests, emptied: a production start begins with no table at all. */
    static void emptyDatabase() throws SQLException {
        String url = System.getProperty("test.db.url");
        String name = URI.create(url.substring("jdbc:".length())).getPath().substring(1);
        String server =
                url.substring(0, url.indexOf("/" + name)) + "/" + url.substring(url.indexOf(name) + name.length());
        try (Connection c = DriverManager.getConnection(
                        server, System.getProperty("test.db.user"), System.getProperty("test.db.password"));
                Statement s = c.createStatement()) {
            s.execute("DROP DATABASE IF EXISTS `" + name + "`");
            s.execute("CREATE DATABASE `" + name + "` CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci");
        }
    }

    /** Polls until the address answers 200 (a cold server needs a moment after deployment). */
    static HttpResponse<String> await200(HttpClient http, HttpRequest request) throws Exception {
        HttpResponse<String> last = null;
        for (int i = 0; i < 60; i++) {
            last = http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            if (last.statusCode() == 200) {
                return last;
            }
            Thread.sleep(1000);
        }
        return last;
    }

    private static Path serverHome(String serverDirProperty) throws IOException {
        Path unpacked = Path.of(System.getProperty(serverDirProperty));
        try (var dirs = Files.list(unpacked)) {
            return dirs.filter(d -> Files.isDirectory(d.resolve("bin")) && Files.exists(d.resolve("bin/asadmin")))
                    .findFirst()
                    .orElseThrow(() -> new IllegalStateException("no server under " + unpacked));
        }
    }

    /** The README's script from the config module, with this test database filled in. */
    private static Path datasourceScript(String dbHost, int dbPort) throws IOException {
        String template;
        try (InputStream in = ServerDomain.class.getResourceAsStream("/payara/server/create-datasource.asadmin")) {
            template = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        URI db = URI.create(System.getProperty("test.db.url").substring("jdbc:".length()));
        String script = template.replace("@DB_HOST@", dbHost)
                .replace("@DB_PORT@", String.valueOf(dbPort))
                .replace("@DB_NAME@", db.getPath().substring(1))
                .replace("@DB_USER@", System.getProperty("test.db.user"))
                .replace("@DB_PASSWORD@", System.getProperty("test.db.password"));
        Path file = Files.createTempFile("create-datasource", ".asadmin");
        Files.writeString(file, script);
        return file;
    }

    /** A base whose whole block of server ports (base+0 … base+99) is free. */
    private static int freePortBase() {
        Random random = new Random();
        for (int attempt = 0; attempt < 50; attempt++) {
            int base = 20000 + random.nextInt(200) * 100;
            if (IntStream.of(4, 9, 37, 38, 39, 48, 66, 76, 80, 81, 86).allMatch(o -> isFree(base + o))) {
                return base;
            }
        }
        throw new IllegalStateException("no free block of ports for the domain");
    }

    private static boolean isFree(int port) {
        try (ServerSocket s = new ServerSocket(port)) {
            return true;
        } catch (IOException e) {
            return false;
        }
    }
}
