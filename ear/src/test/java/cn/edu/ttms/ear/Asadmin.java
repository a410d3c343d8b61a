package cn.edu.ttms.ear;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** Runs the real {@code asadmin} of an unpacked Payara Server, failing loudly with its output. */
final class Asadmin {

    private final Path executable;

    Asadmin(Path serverHome) {
        this.executable = serverHome.resolve("bin/asadmin");
        if (!Files.isExecutable(executable)) {
            executable.toFile().setExecutable(true);
        }
    }

    String run(String... args) throws IOException, InterruptedException {
        String out = runAllowingFailure(args);
        if (out.startsWith("FAILED")) {
            throw new IllegalStateException("asadmin " + String.join(" ", args) + "\n" + out);
        }
        return out;
    }

    /** The command's output; prefixed with FAILED when it exited non-zero. */
    String runAllowingFailure(String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>();
        command.add(executable.toString());
        command.add("--interactive=false");
        command.addAll(List.of(args));
        Path out = Files.createTempFile("asadmin", ".out");
        Process p = new ProcessBuilder(command)
                .redirectErrorStream(true)
                .redirectOutput(out.toFile())
                .start();
        if (!p.waitFor(5, TimeUnit.MINUTES)) {
            p.destroyForcibly();
            return "FAILED (timeout) " + Files.readString(out);
        }
        String text = Files.readString(out);
        return p.exitValue() == 0 ? text : "FAILED (exit " + p.exitValue() + ") " + text;
    }
}
