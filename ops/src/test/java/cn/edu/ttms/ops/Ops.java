package cn.edu.ttms.ops;

import java.net.http.HttpClient;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.util.Map;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLParameters;
import javax.net.ssl.TrustManager;
import javax.net.ssl.X509TrustManager;

/** Where the operations tests find the checkout, the built WAR and Payara Micro, and a work directory. */
final class Ops {

    private Ops() {}

    static Path root() {
        return Path.of(System.getProperty("ttms.root", "..")).toAbsolutePath().normalize();
    }

    /** A directory of the test's own under target/ops, emptied first. */
    static Path workDir(String name) throws java.io.IOException {
        Path dir = Path.of(System.getProperty("ops.work.dir", "target/ops"))
                .toAbsolutePath()
                .resolve(name);
        if (Files.exists(dir)) {
            try (var walk = Files.walk(dir)) {
                walk.sorted(java.util.Comparator.reverseOrder())
                        .forEach(p -> p.toFile().delete());
            }
        }
        return Files.createDirectories(dir);
    }

    /** What the scripts need to find the build: the WAR and Payara Micro that this build made. */
    static Map<String, String> nodeEnvironment() {
        Path war = Path.of(System.getProperty(
                "ttms.war", root().resolve("web/target/ttms.war").toString()));
        Path jar = Path.of(System.getProperty(
                "payara.micro.jar",
                root().resolve("web/target/payara-micro.jar").toString()));
        for (Path file : new Path[] {war, jar}) {
            if (!Files.isRegularFile(file)) {
                throw new IllegalStateException(file + " is missing: build the web module first (mvn -B verify)");
            }
        }
        return Map.of("TTMS_WAR", war.toString(), "PAYARA_MICRO_JAR", jar.toString(), "TTMS_JAVA_OPTS", "-Xmx640m");
    }

    /** A client that accepts the test's own self-signed TLS certificate (and plain HTTP). */
    static HttpClient insecureHttp() {
        try {
            SSLContext tls = SSLContext.getInstance("TLS");
            tls.init(
                    null,
                    new TrustManager[] {
                        new X509TrustManager() {
                            @Override
                            public void checkClientTrusted(X509Certificate[] chain, String type) {}

                            @Override
                            public void checkServerTrusted(X509Certificate[] chain, String type) {}

                            @Override
                            public X509Certificate[] getAcceptedIssuers() {
                                return new X509Certificate[0];
                            }
                        }
                    },
                    new SecureRandom());
            SSLParameters parameters = new SSLParameters();
            parameters.setEndpointIdentificationAlgorithm(null);
            return HttpClient.newBuilder()
                    .sslContext(tls)
                    .sslParameters(parameters)
                    .connectTimeout(Duration.ofSeconds(5))
                    .build();
        } catch (java.security.GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
