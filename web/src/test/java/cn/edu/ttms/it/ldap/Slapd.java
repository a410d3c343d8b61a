package cn.edu.ttms.it.ldap;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * A real OpenLDAP server (Debian's {@code slapd}) on a loopback port, with a throw-away configuration
 * and database under {@code target/ldap}: an mdb database for {@code dc=ttms,dc=test}, the core,
 * cosine and inetOrgPerson schemas, and entries added over LDAP with {@code ldapadd}. Runs in the
 * foreground ({@code -d 0}) as a child of the test, so that it ends with the test whatever happens.
 */
final class Slapd implements AutoCloseable {

    static final String SUFFIX = "dc=ttms,dc=test";
    static final String ROOT_DN = "cn=admin," + SUFFIX;
    static final String ROOT_PASSWORD = "Root@2026ldap";

    private final Path dir;
    private final int port;
    private Process process;
    private String listeners;

    Slapd(Path dir, int port) {
        this.dir = dir;
        this.port = port;
        this.listeners = url() + "/";
    }

    Path dir() {
        return dir;
    }

    /** Listens on these URLs (space-separated, e.g. ldap:// and ldaps:// ports) instead of {@link #url()} only. */
    Slapd listeningOn(String urls) {
        this.listeners = urls;
        return this;
    }

    String url() {
        return "ldap://127.0.0.1:" + port;
    }

    /** A fresh configuration and an empty database (whatever an earlier run left is removed). */
    Slapd configure() throws IOException {
        return configure(List.of());
    }

    /** As {@link #configure()}, with more global directives (TLS certificates, security levels). */
    Slapd configure(List<String> globalDirectives) throws IOException {
        if (Files.exists(dir)) {
            try (Stream<Path> all = Files.walk(dir)) {
                all.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
        Files.createDirectories(dir.resolve("data"));
        Files.writeString(
                dir.resolve("slapd.conf"),
                String.join(
                        "\n",
                        "include /etc/ldap/schema/core.schema",
                        "include /etc/ldap/schema/cosine.schema",
                        "include /etc/ldap/schema/inetorgperson.schema",
                        String.join("\n", globalDirectives),
                        "modulepath /usr/lib/ldap",
                        "moduleload back_mdb",
                        "pidfile " + dir.resolve("slapd.pid"),
                        "database mdb",
                        "maxsize 16777216",
                        "suffix \"" + SUFFIX + "\"",
                        "rootdn \"" + ROOT_DN + "\"",
                        "rootpw " + ROOT_PASSWORD,
                        "directory " + dir.resolve("data"),
                        // a password is only ever compared (bind), never read
                        "access to attrs=userPassword by self write by anonymous auth by * none",
                        "access to * by * read",
                        ""),
                StandardCharsets.UTF_8);
        return this;
    }

    /** Starts the server and waits until it accepts connections. */
    void start() throws Exception {
        if (accepting()) {
            throw new IllegalStateException("Port " + port + " is taken (a slapd of an earlier run?): free it or run"
                    + " with -Dtest.ldap.port=<another port>");
        }
        process = new ProcessBuilder(
                        "/usr/sbin/slapd", "-f", dir.resolve("slapd.conf").toString(), "-h", listeners, "-d", "0")
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(
                        dir.resolve("slapd.log").toFile()))
                .start();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(15);
        while (!accepting()) {
            if (!process.isAlive() || System.nanoTime() > deadline) {
                stop();
                throw new IllegalStateException("slapd did not start: " + Files.readString(dir.resolve("slapd.log")));
            }
            Thread.sleep(50);
        }
    }

    /** Loads entries offline with slapadd, before {@link #start()}. */
    void load(String ldif) throws Exception {
        Path file = Files.createTempFile(dir, "entries", ".ldif");
        Files.writeString(file, ldif, StandardCharsets.UTF_8);
        Process add = new ProcessBuilder(
                        "/usr/sbin/slapadd", "-f", dir.resolve("slapd.conf").toString(), "-l", file.toString())
                .redirectErrorStream(true)
                .start();
        String out = new String(add.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!add.waitFor(30, TimeUnit.SECONDS) || add.exitValue() != 0) {
            throw new IllegalStateException("slapadd failed: " + out);
        }
    }

    /** Adds entries as the root DN with ldapadd (ldap-utils). */
    void add(String ldif) throws Exception {
        Path file = Files.createTempFile(dir, "entries", ".ldif");
        Files.writeString(file, ldif, StandardCharsets.UTF_8);
        Process add = new ProcessBuilder(
                        "ldapadd", "-x", "-H", url(), "-D", ROOT_DN, "-w", ROOT_PASSWORD, "-f", file.toString())
                .redirectErrorStream(true)
                .start();
        String out = new String(add.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!add.waitFor(30, TimeUnit.SECONDS) || add.exitValue() != 0) {
            throw new IllegalStateException("ldapadd failed: " + out);
        }
    }

    /** SIGSTOP: connections are still accepted by the kernel, but nothing answers. */
    void pause() throws Exception {
        signal("-STOP");
    }

    /** SIGCONT after {@link #pause()}. */
    void resume() throws Exception {
        signal("-CONT");
    }

    private void signal(String signal) throws Exception {
        Process kill = new ProcessBuilder("kill", signal, String.valueOf(process.pid()))
                .inheritIO()
                .start();
        if (!kill.waitFor(10, TimeUnit.SECONDS) || kill.exitValue() != 0) {
            throw new IllegalStateException("kill " + signal + " " + process.pid() + " failed");
        }
    }

    /** Stops the server (its database stays for a later {@link #start()}); no-op when not running. */
    void stop() throws Exception {
        if (process == null || !process.isAlive()) {
            return;
        }
        resume(); // a paused slapd would not act on SIGTERM
        process.destroy();
        if (!process.waitFor(10, TimeUnit.SECONDS)) {
            process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
        }
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
        while (accepting() && System.nanoTime() < deadline) {
            Thread.sleep(50);
        }
    }

    boolean accepting() {
        try (Socket s = new Socket()) {
            s.connect(new InetSocketAddress("127.0.0.1", port), 200);
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    @Override
    public void close() throws Exception {
        stop();
    }

    static String ldif(List<String> entries) {
        return String.join("\n\n", entries) + "\n";
    }
}
