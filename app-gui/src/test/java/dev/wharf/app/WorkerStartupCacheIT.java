package dev.wharf.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The workers' AOT start-up cache as a user meets it: two {@code ./wharf run hello --workers 2} in a
 * row, each stopped as CTRL+C stops it right after its first requests. The first records and its
 * cache is assembled after the supervisor has gone; the second starts both workers from it. Needs a
 * JDK 25 or newer, as the JDK's AOT cache does.
 */
class WorkerStartupCacheIT {

    private static final Path ROOT =
            Path.of(System.getProperty("wharf.root", "..")).toAbsolutePath().normalize();

    @Test
    void theSecondRunStartsItsWorkersFromTheCacheTheFirstRecorded(@TempDir Path cacheHome) throws Exception {
        if (Runtime.version().feature() < 25) {
            return; // the JDK's AOT cache is 25's; older JDKs use a dynamic archive, tested by StartupCacheTest
        }
        Path aotFolder = cacheHome.resolve("wharf/aot");

        String first = runUntilFirstRequests(cacheHome);
        assertThat(first).contains("AOTConfiguration recorded: ").doesNotContain(StartupCaches.CACHE_USED);
        Path cache = StartupCaches.awaitCache(aotFolder, Duration.ofMinutes(3));
        assertThat(StartupCaches.filesEndingWith(aotFolder, ".aotconf"))
                .as("the recording is gone")
                .isEmpty();
        assertThat(StartupCaches.filesEndingWith(aotFolder, ".lock"))
                .as("the lock is gone")
                .isEmpty();

        String second = runUntilFirstRequests(cacheHome);
        assertThat(second).contains("Opened AOT cache " + cache).doesNotContain("AOTConfiguration recorded: ");
        assertThat(occurrences(second, StartupCaches.CACHE_USED)).as(second).isEqualTo(2);
    }

    /** One run, stopped (SIGINT to it and its workers, as CTRL+C in a terminal) once it served. */
    private String runUntilFirstRequests(Path cacheHome) throws Exception {
        List<String> command = new ArrayList<>(
                List.of("bash", ROOT.resolve("wharf").toString(), "run", "hello", "--workers", "2", "--port", "0"));
        command.add("--worker-jvm-option=-Xlog:aot");
        ProcessBuilder builder =
                new ProcessBuilder(command).directory(ROOT.toFile()).redirectErrorStream(true);
        builder.environment().put("WHARF_SKIP_BUILD", "1");
        builder.environment().put("XDG_CACHE_HOME", cacheHome.toString());
        // The supervisor's own cache (RunStartupCacheIT) would be a second one in the folder.
        builder.environment().put("WHARF_RUN_CACHE", "off");
        Process process = builder.start();
        RunOutput output = new RunOutput(process);
        try {
            int bound = output.awaitPort();
            for (int i = 0; i < 6; i++) {
                assertThat(StartupCaches.hello(bound)).isEqualTo("hello from ASGI");
            }
            StartupCaches.ctrlC(process);
            assertThat(process.waitFor(60, TimeUnit.SECONDS)).as(output.soFar()).isTrue();
            assertThat(process.exitValue()).isZero();
            return output.awaitAll();
        } finally {
            process.toHandle().descendants().forEach(ProcessHandle::destroyForcibly);
            process.destroyForcibly();
        }
    }

    private static int occurrences(String text, String part) {
        int count = 0;
        for (int at = text.indexOf(part); at >= 0; at = text.indexOf(part, at + part.length())) {
            count++;
        }
        return count;
    }
}
