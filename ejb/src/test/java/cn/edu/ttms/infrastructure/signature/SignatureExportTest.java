package cn.edu.ttms.infrastructure.signature;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.edu.ttms.domain.model.result.SignatureMeaning;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SignatureExportTest {

    @Test
    void theReadmeGivesTheCommandForEachSignatureChineseFirst() {
        String readme =
                SignatureExport.readme("snapshot-r1.json", List.of("signature-01.der", "signature-02.der"), "ca.pem");

        for (String signature : List.of("signature-01.der", "signature-02.der")) {
            assertTrue(
                    readme.contains("openssl cms -verify -binary -inform DER -in " + signature
                            + " -content snapshot-r1.json -CAfile ca.pem -purpose any -out /dev/null"),
                    readme);
            assertTrue(readme.contains("openssl cms -cmsout -print -inform DER -in " + signature), readme);
        }
        assertTrue(readme.indexOf("核验方法") < readme.indexOf("Verifying ("), "Chinese first");
        assertTrue(readme.contains("Verification successful"));
        assertTrue(readme.contains("逐字节一致"));
        assertTrue(readme.contains("byte for byte"));
        assertTrue(readme.contains("GET /api/v1/ca/crl"), "names the revocation list (issue 18)");
    }

    @Test
    void eachSignatureNamesItsOwnSnapshot() {
        String readme = SignatureExport.readme(
                List.of("signature-01-r1-confirm.der|snapshot-r1.json", "signature-02-r2-confirm.der|snapshot-r2.json"),
                "ca.pem");

        assertTrue(readme.contains("-in signature-01-r1-confirm.der -content snapshot-r1.json"), readme);
        assertTrue(readme.contains("-in signature-02-r2-confirm.der -content snapshot-r2.json"), readme);
        assertThrows(IllegalArgumentException.class, () -> SignatureExport.readme(List.of("no-bar.der"), "ca.pem"));
    }

    @Test
    void namesWithSpacesAreQuoted() {
        String readme = SignatureExport.readme("成绩 快照.json", List.of("sig 1.der"), "ca.pem");

        assertTrue(readme.contains("-in \"sig 1.der\" -content \"成绩 快照.json\" -CAfile ca.pem"), readme);
    }

    @Test
    void theUtf8BytesGivenForTheWordsAreRight() {
        String readme = SignatureExport.readme("s.json", List.of("a.der"), "ca.pem");

        for (SignatureMeaning meaning : SignatureMeaning.values()) {
            String hex = HexFormat.ofDelimiter(" ")
                    .withUpperCase()
                    .formatHex(meaning.words().getBytes(StandardCharsets.UTF_8));
            assertTrue(readme.contains(meaning.words() + " = " + hex), meaning + " " + hex);
        }
    }

    @Test
    void theCommandsInTheReadmeWorkAsWritten(@TempDir Path dir) throws Exception {
        Files.write(dir.resolve("snapshot-r1.json"), TestPki.SNAPSHOT);
        Files.write(
                dir.resolve("signature-01.der"),
                CmsSignatures.sign(
                        TestPki.SNAPSHOT,
                        TestPki.SIGNER_KEYS.getPrivate(),
                        TestPki.SIGNER,
                        List.of(TestPki.CA.certificate()),
                        TestPki.secondsAgo(5),
                        SignatureMeaning.CONFIRM));
        Files.writeString(dir.resolve("ca.pem"), Certificates.pem(TestPki.CA.certificate()));
        String readme = SignatureExport.readme("snapshot-r1.json", List.of("signature-01.der"), "ca.pem");

        List<String> commands = readme.lines()
                .map(String::strip)
                .filter(l -> l.startsWith("openssl "))
                .distinct()
                .collect(Collectors.toList());
        assertEquals(3, commands.size(), String.join("\n", commands));
        for (String command : commands) {
            OpenSsl.Run run = OpenSsl.shell(dir, command);
            assertEquals(0, run.exit(), command + "\n" + run.stderr());
            if (command.contains("-verify")) {
                assertTrue(run.stderr().contains("Verification successful"), run.stderr());
            }
        }
    }
}
