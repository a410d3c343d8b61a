package cn.edu.ttms.it.api;

import static cn.edu.ttms.it.api.ResultScenario.batchPath;
import static cn.edu.ttms.it.api.ResultScenario.modules;
import static cn.edu.ttms.it.api.ResultScenario.rowsByTeacher;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.ByteArrayInputStream;
import java.io.File;
import java.net.URL;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The export of a recognised batch (workflow.md §4.5, api.md {@code /export}) checked the way an auditor
 * outside the system would: unzipped, and every signature verified by the real {@code openssl cms -verify}
 * against the snapshot the README names for it and the authority's certificate — then one flipped byte
 * of a snapshot makes the same command fail. The batch has two revisions (returned once), so signatures
 * cover two different snapshots. The export is personal data: 凤庆县 gets 404 for 临翔区's batch. Plan of
 * 2035, owned by 临翔区.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ResultExportIT {

    private static final Path OPENSSL = Path.of("/usr/bin/openssl");
    private static final Pattern VERIFY = Pattern.compile(
            "openssl cms -verify -binary -inform DER -in (\\S+) -content (\\S+) -CAfile (\\S+) -purpose any -out /dev/null");
    private static final Pattern REVISION = Pattern.compile("^signature-\\d+-r(\\d+)-[a-z]+\\.der$");

    @ArquillianResource
    URL base;

    @Test
    void everyExportedSignatureVerifiesWithOpensslAndAFlippedByteFailsIt() throws Exception {
        assertTrue(
                Files.isExecutable(OPENSSL),
                "this test needs the real OpenSSL at " + OPENSSL + " (apt-get install openssl); it is never skipped");
        ResultScenario rs = new ResultScenario(base);
        rs.enrolSigners("lead", "cityreviewer", "province");
        long plan = rs.plan("linxiang", 2035);
        // a county project may be hosted by the city's centre and led by its lead; county rate 1–1.5
        long project = rs.openProject(
                "linxiang",
                rs.ledByTheDemoLead(ResultScenario.project(
                                plan, "签名导出测试班", "COUNTY", "DIRECTIVE", "1.2", 3, "2035-03-05", "2035-03-07")
                        .add("modules", modules("ETHICS", "6", "COMPETENCE", "12"))));
        List<Long> trainees = rs.linxiangTeachers(List.of("临翔区南美乡民族学校"), 2, 20350001L);
        rs.nominate("linxiang", project, trainees);
        rs.start("linxiang", project);
        long batch = rs.open("lead", project).getJsonNumber("id").longValue();
        Map<Long, String[]> grid = new LinkedHashMap<>();
        grid.put(trainees.get(0), new String[] {"18", "92"});
        grid.put(trainees.get(1), new String[] {"18", "77"});
        rs.enter("lead", batch, grid);
        rs.sign("lead", batch, "SIGNED");
        rs.giveBack("cityreviewer", batch, "请核对第一位学员的成绩");
        rs.enter("lead", batch, Map.of(trainees.get(0), new String[] {"18", "88"}));
        rs.recognise("lead", batch, project);
        long corrected = rowsByTeacher(rs.sheet("lead", batch))
                .get(trainees.get(0))
                .getJsonNumber("resultId")
                .longValue();

        assertEquals(
                404,
                rs.download("fengqing", batchPath(batch) + "/export").statusCode(),
                "凤庆县 does not export 临翔区's batch");
        HttpResponse<byte[]> zip = rs.download("linxiang", batchPath(batch) + "/export");
        assertEquals(200, zip.statusCode(), new String(zip.body(), StandardCharsets.UTF_8));
        assertEquals(
                "application/zip",
                zip.headers()
                        .firstValue("Content-Type")
                        .orElse("")
                        .split(";")[0]
                        .strip());
        assertTrue(
                zip.headers().firstValue("Content-Disposition").orElse("").contains("result-batch-" + batch + ".zip"),
                zip.headers().toString());

        Path dir = Files.createTempDirectory("ttms-export-" + batch + "-");
        try {
            List<String> names = unzip(zip.body(), dir);
            assertTrue(names.contains("README.txt") && names.contains("ca.pem"), names.toString());
            String readme = Files.readString(dir.resolve("README.txt"), StandardCharsets.UTF_8);
            assertTrue(readme.contains("openssl cms -verify"), readme);

            // which snapshot each signature covers, as the README says
            Map<String, String> covers = new TreeMap<>();
            Matcher m = VERIFY.matcher(readme);
            while (m.find()) {
                assertEquals("ca.pem", m.group(3), m.group());
                covers.put(m.group(1), m.group(2));
            }
            List<String> signatures = names.stream()
                    .filter(n -> n.startsWith("signature-") && n.endsWith(".der"))
                    .sorted()
                    .toList();
            assertEquals(4, signatures.size(), "确认 r1, 确认 r2, 审核通过 r2, 认定 r2: " + names);
            assertEquals(
                    signatures,
                    List.copyOf(covers.keySet()),
                    "the README names a command for every signature:\n" + readme);
            for (String signature : signatures) {
                Matcher r = REVISION.matcher(signature);
                assertTrue(r.matches(), signature);
                assertEquals(
                        "snapshot-r" + r.group(1) + ".json",
                        covers.get(signature),
                        "the README and the file name agree on the revision of " + signature);
                assertTrue(names.contains(covers.get(signature)), "the snapshot is in the zip: " + names);
                assertTrue(
                        names.contains(signature.replace(".der", "-signer.pem")), "the signer's certificate: " + names);
            }
            assertEquals(2, covers.values().stream().distinct().count(), covers.toString());
            String r1 = Files.readString(dir.resolve("snapshot-r1.json"), StandardCharsets.UTF_8);
            String r2 = Files.readString(dir.resolve("snapshot-r2.json"), StandardCharsets.UTF_8);
            assertTrue(
                    r1.contains("\"result\":" + corrected) && r1.contains("\"score\":\"92.0\""),
                    "revision 1 as first confirmed: " + r1);
            assertTrue(
                    r2.contains("\"score\":\"88.0\"") && !r2.contains("\"score\":\"92.0\""),
                    "revision 2 corrected: " + r2);

            // the real tool says yes to every signature...
            for (String signature : signatures) {
                Outcome ok = openssl(dir, signature, covers.get(signature));
                assertEquals(0, ok.exit(), signature + " over " + covers.get(signature) + ": " + ok.output());
                assertTrue(ok.output().contains("Verification successful"), ok.output());
            }
            // ...and no once a single byte of the snapshots differs
            for (String snapshot : List.of("snapshot-r1.json", "snapshot-r2.json")) {
                byte[] bytes = Files.readAllBytes(dir.resolve(snapshot));
                bytes[bytes.length / 2] ^= 0x01;
                Files.write(dir.resolve(snapshot), bytes);
            }
            for (String signature : signatures) {
                Outcome broken = openssl(dir, signature, covers.get(signature));
                assertNotEquals(
                        0, broken.exit(), signature + " still verifies over a changed snapshot: " + broken.output());
            }
        } finally {
            try (Stream<Path> files = Files.walk(dir)) {
                files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }

    private record Outcome(int exit, String output) {}

    /** The README's command, run in the export's directory. */
    private static Outcome openssl(Path dir, String signature, String snapshot) throws Exception {
        Path output = Files.createTempFile("openssl-", ".txt");
        try {
            Process p = new ProcessBuilder(
                            OPENSSL.toString(),
                            "cms",
                            "-verify",
                            "-binary",
                            "-inform",
                            "DER",
                            "-in",
                            signature,
                            "-content",
                            snapshot,
                            "-CAfile",
                            "ca.pem",
                            "-purpose",
                            "any",
                            "-out",
                            "/dev/null")
                    .directory(dir.toFile())
                    .redirectErrorStream(true)
                    .redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")))
                    .redirectOutput(output.toFile())
                    .start();
            if (!p.waitFor(60, TimeUnit.SECONDS)) {
                p.destroyForcibly();
                fail("openssl did not finish within 60 s for " + signature);
            }
            return new Outcome(p.exitValue(), Files.readString(output, StandardCharsets.UTF_8));
        } finally {
            Files.deleteIfExists(output);
        }
    }

    /** Unzips into {@code dir}; the entries' names, in the zip's order. */
    private static List<String> unzip(byte[] zip, Path dir) throws Exception {
        List<String> names = new ArrayList<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip), StandardCharsets.UTF_8)) {
            for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                Path target = dir.resolve(e.getName()).normalize();
                assertTrue(target.startsWith(dir) && !e.isDirectory(), "a plain file name: " + e.getName());
                Files.write(target, in.readAllBytes());
                names.add(e.getName());
            }
        }
        assertTrue(!names.isEmpty(), "an empty zip");
        return names;
    }
}
