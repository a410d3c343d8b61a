package cn.edu.ttms.infrastructure.document;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Runs the real poppler-utils (pdfsig, pdffonts): a reader independent of PDFBox is the point of these
 * tests, so a missing tool fails them, naming the package that brings it, rather than skipping them.
 */
final class Poppler {

    record Run(int exit, String output) {}

    private Poppler() {}

    static Run run(String tool, Path pdf, String... options) throws IOException, InterruptedException {
        Path binary = Path.of("/usr/bin", tool);
        assertTrue(Files.isExecutable(binary), "these tests need " + binary + " (Debian package poppler-utils)");
        List<String> command = new ArrayList<>();
        command.add(binary.toString());
        command.addAll(List.of(options));
        command.add(pdf.toString());
        Path out = Files.createTempFile(tool, ".out");
        try {
            Process process = new ProcessBuilder(command)
                    .redirectErrorStream(true)
                    .redirectOutput(out.toFile())
                    .start();
            assertTrue(process.waitFor(60, TimeUnit.SECONDS), tool + " did not finish");
            return new Run(process.exitValue(), Files.readString(out, StandardCharsets.UTF_8));
        } finally {
            Files.deleteIfExists(out);
        }
    }
}
