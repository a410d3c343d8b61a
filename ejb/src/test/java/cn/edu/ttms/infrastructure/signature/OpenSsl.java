package cn.edu.ttms.infrastructure.signature;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Runs the real {@code /usr/bin/openssl}: agreement with an independent implementation is the point of
 * these tests, so a missing binary fails them rather than skipping them.
 */
final class OpenSsl {

    static final Path BINARY = Path.of("/usr/bin/openssl");

    /** Exit code and the two streams of one run. */
    record Run(int exit, String stdout, String stderr) {}

    private OpenSsl() {}

    static Run run(Path directory, String... arguments) throws IOException, InterruptedException {
        assertTrue(Files.isExecutable(BINARY), "these tests need " + BINARY);
        List<String> command = new ArrayList<>();
        command.add(BINARY.toString());
        command.addAll(List.of(arguments));
        return exec(directory, command);
    }

    /** A command line through {@code sh -c}, as a reader of the README would type it. */
    static Run shell(Path directory, String commandLine) throws IOException, InterruptedException {
        assertTrue(Files.isExecutable(BINARY), "these tests need " + BINARY);
        return exec(directory, List.of("/bin/sh", "-c", commandLine));
    }

    private static Run exec(Path directory, List<String> command) throws IOException, InterruptedException {
        Path out = Files.createTempFile("openssl", ".out");
        Path err = Files.createTempFile("openssl", ".err");
        try {
            Process process = new ProcessBuilder(command)
                    .directory(directory.toFile())
                    .redirectOutput(out.toFile())
                    .redirectError(err.toFile())
                    .start();
            assertTrue(process.waitFor(60, TimeUnit.SECONDS), "openssl did not finish");
            return new Run(
                    process.exitValue(),
                    Files.readString(out, StandardCharsets.UTF_8),
                    Files.readString(err, StandardCharsets.UTF_8));
        } finally {
            Files.deleteIfExists(out);
            Files.deleteIfExists(err);
        }
    }
}
