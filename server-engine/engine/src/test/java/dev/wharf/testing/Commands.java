package dev.wharf.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeUnit;

/** Runs a client program (curl, python3, h2load) to its end, for tests that meet Wharf as users' tools do. */
public final class Commands {

    private Commands() {}

    /** Its output (stdout and stderr together); fails the test when it fails. */
    public static String run(String... command) throws Exception {
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(60, TimeUnit.SECONDS))
                .as(String.join(" ", command))
                .isTrue();
        assertThat(process.exitValue()).as(output).isZero();
        return output;
    }
}
