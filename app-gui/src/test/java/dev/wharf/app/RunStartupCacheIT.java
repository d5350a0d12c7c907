package dev.wharf.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code ./wharf run}'s own start-up cache as a user meets it: a first {@code ./wharf run hello},
 * stopped by CTRL+C after its first requests, records what it loaded and has the cache assembled
 * once it has gone; the next maps it, and is again the launcher's own process (it execs java). Needs
 * a JDK 25 or newer, as the JDK's AOT cache does.
 */
class RunStartupCacheIT {

    private static final Path ROOT =
            Path.of(System.getProperty("wharf.root", "..")).toAbsolutePath().normalize();

    @Test
    void theSecondRunServesFromTheCacheTheFirstRecordedAndCtrlCStopsBothGracefully(@TempDir Path cacheHome)
            throws Exception {
        if (Runtime.version().feature() < 25) {
            return; // the JDK's AOT cache is 25's; the launcher asks for none on older JDKs
        }
        Path aotFolder = cacheHome.resolve("wharf/aot");

        Run first = runUntilFirstRequests(cacheHome, Map.of());
        assertThat(first.output())
                .contains("Application shutdown complete.")
                .as("the JVM's note that it recorded is the launcher's business")
                .doesNotContain("AOTConfiguration recorded");
        assertThat(first.serverPid())
                .as("the run that records is the launcher's child")
                .isNotEqualTo(first.pid());
        Path cache = StartupCaches.awaitCache(aotFolder, Duration.ofMinutes(3));
        assertThat(cache.getFileName().toString()).startsWith("run-");

        Run second = runUntilFirstRequests(cacheHome, Map.of("WHARF_JAVA_OPTS", "-Xlog:aot"));
        assertThat(second.output())
                .contains("Opened AOT cache " + cache, StartupCaches.CACHE_USED, "Application shutdown complete.");
        assertThat(second.serverPid()).as("the launcher execs java").isEqualTo(second.pid());
        assertThat(StartupCaches.filesEndingWith(aotFolder, ".aot")).containsExactly(cache);
    }

    /** A run's output, the launcher's process id and the id of the process that served. */
    private record Run(String output, long pid, long serverPid) {}

    /** One run, stopped as CTRL+C in a terminal stops it (SIGINT to the launcher and what it started). */
    private Run runUntilFirstRequests(Path cacheHome, Map<String, String> env) throws Exception {
        ProcessBuilder builder = new ProcessBuilder(
                        "bash", ROOT.resolve("wharf").toString(), "run", "hello", "--port", "0")
                .directory(ROOT.toFile())
                .redirectErrorStream(true);
        builder.environment().put("WHARF_SKIP_BUILD", "1");
        builder.environment().put("XDG_CACHE_HOME", cacheHome.toString());
        builder.environment().remove("WHARF_RUN_CACHE");
        builder.environment().putAll(env);
        Process process = builder.start();
        RunOutput output = new RunOutput(process);
        try {
            int port = output.awaitPort();
            for (int i = 0; i < 3; i++) {
                assertThat(StartupCaches.hello(port)).isEqualTo("hello from ASGI");
            }
            StartupCaches.ctrlC(process);
            assertThat(process.waitFor(60, TimeUnit.SECONDS)).as(output.soFar()).isTrue();
            String all = output.awaitAll();
            assertThat(process.exitValue()).as(all).isZero();
            return new Run(all, process.pid(), serverPid(all));
        } finally {
            process.toHandle().descendants().forEach(ProcessHandle::destroyForcibly);
            process.destroyForcibly();
        }
    }

    /** The id in Uvicorn's "Started server process [ID]" line. */
    private static long serverPid(String output) {
        String mark = "Started server process [";
        int at = output.indexOf(mark);
        assertThat(at).as(output).isNotNegative();
        return Long.parseLong(output.substring(at + mark.length(), output.indexOf(']', at)));
    }
}
