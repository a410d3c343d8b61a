package cn.edu.ttms.it.ldap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Directory sign-in over TLS against a real OpenLDAP, without the application server: a throw-away CA
 * and a certificate for {@code localhost} made with openssl, slapd listening with StartTLS on its
 * {@code ldap://} port and with TLS on an {@code ldaps://} port, and {@code security simple_bind=1}, so
 * that slapd refuses any simple bind that is not encrypted. A sign-in that succeeds therefore sent
 * both passwords (the service account's and the person's) encrypted. Trust is the JVM's trust store
 * (docs/ldap.md), so each sign-in runs in a JVM of its own ({@link LdapTlsProbe}).
 */
class LdapTlsIT {

    private static final String READER = "cn=ttms-reader," + Slapd.SUFFIX;
    private static final String READER_PASSWORD = "Reader@2026";
    private static final String BASE = "ou=people," + Slapd.SUFFIX;
    private static final String PASSWORD = "Tls@2026person";

    private static Slapd slapd;
    private static int ldapPort;
    private static int ldapsPort;
    private static Path trusting;

    @BeforeAll
    static void startTheDirectoryWithTls() throws Exception {
        int base = Integer.getInteger("test.ldap.port", 38389);
        ldapPort = base + 2;
        ldapsPort = base + 3;
        Path dir = Path.of(System.getProperty("test.ldap.dir", "target/ldap") + "-tls");
        slapd = new Slapd(dir, ldapPort)
                .listeningOn("ldap://127.0.0.1:" + ldapPort + "/ ldaps://127.0.0.1:" + ldapsPort + "/");
        Path tls = dir.resolve("tls");
        slapd.configure(List.of(
                "TLSCACertificateFile " + tls.resolve("ca.pem"),
                "TLSCertificateFile " + tls.resolve("server.pem"),
                "TLSCertificateKeyFile " + tls.resolve("server.key"),
                // every simple bind must be encrypted (a security strength factor above 0)
                "security simple_bind=1"));
        Files.createDirectories(tls);
        run(
                tls,
                "openssl",
                "req",
                "-x509",
                "-newkey",
                "rsa:2048",
                "-nodes",
                "-keyout",
                "ca.key",
                "-out",
                "ca.pem",
                "-days",
                "2",
                "-subj",
                "/CN=TTMS test CA");
        run(
                tls,
                "openssl",
                "req",
                "-newkey",
                "rsa:2048",
                "-nodes",
                "-keyout",
                "server.key",
                "-out",
                "server.csr",
                "-subj",
                "/CN=localhost");
        Files.writeString(
                tls.resolve("ext.cnf"),
                "subjectAltName=DNS:localhost\nbasicConstraints=CA:FALSE\n"
                        + "keyUsage=digitalSignature,keyEncipherment\nextendedKeyUsage=serverAuth\n");
        run(
                tls,
                "openssl",
                "x509",
                "-req",
                "-in",
                "server.csr",
                "-CA",
                "ca.pem",
                "-CAkey",
                "ca.key",
                "-CAcreateserial",
                "-out",
                "server.pem",
                "-days",
                "2",
                "-extfile",
                "ext.cnf");
        trusting = tls.resolve("trust.p12");
        run(
                tls,
                keytool(),
                "-importcert",
                "-noprompt",
                "-alias",
                "ttms-test-ca",
                "-file",
                "ca.pem",
                "-keystore",
                trusting.toString(),
                "-storetype",
                "PKCS12",
                "-storepass",
                "changeit");
        slapd.load(Slapd.ldif(List.of(
                "dn: " + Slapd.SUFFIX + "\nobjectClass: dcObject\nobjectClass: organization\no: TTMS test\ndc: ttms",
                "dn: " + READER + "\nobjectClass: person\ncn: ttms-reader\nsn: reader\nuserPassword: "
                        + READER_PASSWORD,
                "dn: " + BASE + "\nobjectClass: organizationalUnit\nou: people",
                "dn: uid=tls-person," + BASE + "\nobjectClass: inetOrgPerson\nuid: tls-person\ncn: TLS\nsn: TLS"
                        + "\nuserPassword: " + PASSWORD)));
        slapd.start();
    }

    @AfterAll
    static void stopTheDirectory() throws Exception {
        if (slapd != null) {
            slapd.stop();
        }
    }

    @Test
    void startTlsSignsInWithBothPasswordsEncrypted() throws Exception {
        List<String> right = probe(trusting, "ldap://localhost:" + ldapPort, true, PASSWORD);
        assertEquals("AUTHENTICATED", right.get(0), right.toString());
        List<String> wrong = probe(trusting, "ldap://localhost:" + ldapPort, true, "wrong");
        assertEquals("REFUSED", wrong.get(0), wrong.toString());
        assertTrue(wrong.get(1).contains("wrong password"), wrong.toString());
    }

    @Test
    void ldapsSignsIn() throws Exception {
        List<String> answer = probe(trusting, "ldaps://localhost:" + ldapsPort, false, PASSWORD);
        assertEquals("AUTHENTICATED", answer.get(0), answer.toString());
    }

    @Test
    void withoutTlsThisDirectoryRefusesTheServiceBindAndTheDirectoryIsUnavailable() throws Exception {
        List<String> answer = probe(trusting, "ldap://localhost:" + ldapPort, false, PASSWORD);
        assertEquals("UNAVAILABLE", answer.get(0), answer.toString());
        assertTrue(answer.get(1).contains("confidentiality required"), answer.toString());
    }

    @Test
    void aCertificateOfACaTheJvmDoesNotTrustIsUnavailable() throws Exception {
        for (List<String> answer : List.of(
                probe(null, "ldaps://localhost:" + ldapsPort, false, PASSWORD),
                probe(null, "ldap://localhost:" + ldapPort, true, PASSWORD))) {
            assertEquals("UNAVAILABLE", answer.get(0), answer.toString());
            assertTrue(answer.get(1).contains("PKIX path building failed"), answer.toString());
        }
    }

    @Test
    void aHostNameTheCertificateDoesNotNameIsUnavailable() throws Exception {
        // the certificate names localhost only
        for (List<String> answer : List.of(
                probe(trusting, "ldaps://127.0.0.1:" + ldapsPort, false, PASSWORD),
                probe(trusting, "ldap://127.0.0.1:" + ldapPort, true, PASSWORD))) {
            assertEquals("UNAVAILABLE", answer.get(0), answer.toString());
            assertTrue(
                    answer.get(1).contains("No subject alternative names matching IP address 127.0.0.1"),
                    answer.toString());
        }
    }

    /** One sign-in in a JVM whose trust store is {@code trustStore} (null: the JDK's own). */
    private static List<String> probe(Path trustStore, String url, boolean startTls, String password) throws Exception {
        List<String> command = new ArrayList<>(List.of(javaCommand(), "-cp", System.getProperty("java.class.path")));
        if (trustStore != null) {
            command.add("-Djavax.net.ssl.trustStore=" + trustStore);
            command.add("-Djavax.net.ssl.trustStorePassword=changeit");
        }
        command.addAll(List.of(
                LdapTlsProbe.class.getName(),
                url,
                String.valueOf(startTls),
                BASE,
                READER,
                READER_PASSWORD,
                "tls-person",
                password));
        Process p = new ProcessBuilder(command).redirectErrorStream(false).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(60, TimeUnit.SECONDS));
        List<String> lines = out.lines().toList();
        assertTrue(
                !lines.isEmpty(),
                "the probe answered: " + new String(p.getErrorStream().readAllBytes()));
        return lines;
    }

    private static String javaCommand() {
        return System.getProperty("java.home") + File.separator + "bin" + File.separator + "java";
    }

    private static String keytool() {
        return System.getProperty("java.home") + File.separator + "bin" + File.separator + "keytool";
    }

    private static void run(Path dir, String... command) throws Exception {
        Process p = new ProcessBuilder(command)
                .directory(dir.toFile())
                .redirectErrorStream(true)
                .start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!p.waitFor(60, TimeUnit.SECONDS) || p.exitValue() != 0) {
            throw new IllegalStateException(String.join(" ", command) + " failed: " + out);
        }
    }
}
