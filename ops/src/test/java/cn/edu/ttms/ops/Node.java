package cn.edu.ttms.ops;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * One TTMS node started the way government IT starts one: {@code ops/bin/node.sh} (Payara Micro with the
 * self-contained WAR). Its run directory holds the node's log and data directory.
 */
final class Node implements AutoCloseable {

    private final Path runDir;
    private final int port;
    private final Process process;
    private final String scheme;
    private final int addressPort;

    private Node(Path runDir, int port, Process process, String scheme) {
        this(runDir, port, process, scheme, port);
    }

    private Node(Path runDir, int port, Process process, String scheme, int addressPort) {
        this.runDir = runDir;
        this.port = port;
        this.process = process;
        this.scheme = scheme;
        this.addressPort = addressPort;
    }

    /** Starts a node; {@code env} adds to the environment (APP_DB_URL…), {@code options} to Payara Micro's. */
    static Node start(Path runDir, int port, Map<String, String> env, String... options) throws IOException {
        return start(runDir, port, "http", env, options);
    }

    static Node start(Path runDir, int port, String scheme, Map<String, String> env, String... options)
            throws IOException {
        Files.createDirectories(runDir);
        List<String> command = new ArrayList<>(
                List.of(Ops.root().resolve("ops/bin/node.sh").toString(), runDir.toString(), String.valueOf(port)));
        command.addAll(List.of(options));
        ProcessBuilder builder = new ProcessBuilder(command)
                .redirectErrorStream(true)
                .redirectOutput(runDir.resolve("console.log").toFile());
        builder.environment().putAll(Ops.nodeEnvironment());
        builder.environment().putAll(env);
        return new Node(runDir, port, builder.start(), scheme);
    }

    /**
     * Starts a node that also serves HTTPS on {@code httpsPort} with the PKCS#12 key store given, as government
     * IT configures it (node.sh: TTMS_HTTPS_PORT, TTMS_KEYSTORE, TTMS_KEYSTORE_PASSWORD); {@link #base()} is
     * then the HTTPS address.
     */
    static Node startHttps(
            Path runDir, int httpPort, int httpsPort, Path keystore, String keystorePassword, Map<String, String> env)
            throws IOException {
        Map<String, String> all = new HashMap<>(env);
        all.put("TTMS_HTTPS_PORT", String.valueOf(httpsPort));
        all.put("TTMS_KEYSTORE", keystore.toString());
        all.put("TTMS_KEYSTORE_PASSWORD", keystorePassword);
        Node plain = start(runDir, httpPort, "http", all);
        return new Node(runDir, httpPort, plain.process, "https", httpsPort);
    }

    /** Waits until {@code /health/ready} answers 200 (or the node dies, or the time is up). */
    Node awaitReady(Duration timeout) throws Exception {
        HttpClient http = Ops.insecureHttp();
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new AssertionError("the node on port " + port + " stopped:\n" + tail(40));
            }
            try {
                var response = http.send(
                        HttpRequest.newBuilder(base().resolve("/health/ready"))
                                .timeout(Duration.ofSeconds(5))
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
                if (response.statusCode() == 200) {
                    return this;
                }
            } catch (IOException e) {
                // not listening yet
            }
            Thread.sleep(1000);
        }
        throw new AssertionError("the node on port " + port + " is not ready after " + timeout + ":\n" + tail(40));
    }

    URI base() {
        return URI.create(scheme + "://localhost:" + addressPort + "/");
    }

    int port() {
        return port;
    }

    Path runDir() {
        return runDir;
    }

    long pid() {
        return process.pid();
    }

    /** {@code kill -9}: no shutdown hook, no session written on the way out. */
    void kill() throws InterruptedException {
        process.destroyForcibly();
        process.waitFor();
    }

    /** The node's log (the files of its file handler, server.log.0 the newest) and its console. */
    String log() throws IOException {
        return logIn(runDir);
    }

    /** The log files and console of the node whose run directory is {@code runDir} (also one a script started). */
    static String logIn(Path runDir) throws IOException {
        StringBuilder all = new StringBuilder();
        try (Stream<Path> files = Files.list(runDir)) {
            for (Path file : files.filter(p -> p.getFileName().toString().startsWith("server.log")
                                    && !p.toString().endsWith(".lck")
                            || p.getFileName().toString().equals("console.log"))
                    .sorted()
                    .toList()) {
                all.append(Files.readString(file, StandardCharsets.UTF_8));
            }
        }
        return all.toString();
    }

    String tail(int lines) {
        try {
            List<String> all = Files.readAllLines(runDir.resolve("console.log"), StandardCharsets.UTF_8);
            return String.join("\n", all.subList(Math.max(0, all.size() - lines), all.size()));
        } catch (IOException e) {
            return "(no console log: " + e + ")";
        }
    }

    @Override
    public void close() throws InterruptedException {
        if (process.isAlive()) {
            process.destroy();
            if (!process.waitFor(30, java.util.concurrent.TimeUnit.SECONDS)) {
                process.destroyForcibly();
                process.waitFor();
            }
        }
    }

    static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    static Map<String, String> database(OpsDatabase db) {
        Map<String, String> env = new HashMap<>();
        env.put("APP_DB_URL", db.url());
        env.put("APP_DB_USER", OpsDatabase.user());
        env.put("APP_DB_PASSWORD", OpsDatabase.password());
        return env;
    }
}
