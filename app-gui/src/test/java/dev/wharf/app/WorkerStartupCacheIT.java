package dev.wharf.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
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
    /** What HotSpot logs ({@code -Xlog:aot}) when it runs with the classes of a cache it accepted. */
    private static final String CACHE_USED = "Using AOT-linked classes: true";

    private final HttpClient http = HttpClient.newHttpClient();

    @Test
    void theSecondRunStartsItsWorkersFromTheCacheTheFirstRecorded(@TempDir Path cacheHome) throws Exception {
        if (Runtime.version().feature() < 25) {
            return; // the JDK's AOT cache is 25's; older JDKs use a dynamic archive, tested by StartupCacheTest
        }
        Path aotFolder = cacheHome.resolve("wharf/aot");

        String first = runUntilFirstRequests(cacheHome);
        assertThat(first).contains("AOTConfiguration recorded: ").doesNotContain(CACHE_USED);
        Path cache = awaitCache(aotFolder, Duration.ofMinutes(3));
        assertThat(filesEndingWith(aotFolder, ".aotconf"))
                .as("the recording is gone")
                .isEmpty();
        assertThat(filesEndingWith(aotFolder, ".lock")).as("the lock is gone").isEmpty();

        String second = runUntilFirstRequests(cacheHome);
        assertThat(second).contains("Opened AOT cache " + cache).doesNotContain("AOTConfiguration recorded: ");
        assertThat(occurrences(second, CACHE_USED)).as(second).isEqualTo(2);
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
        Process process = builder.start();
        RunOutput output = new RunOutput(process);
        try {
            int bound = output.awaitPort();
            for (int i = 0; i < 6; i++) {
                assertThat(get(bound).body()).isEqualTo("hello from ASGI");
            }
            List<Long> group = new ArrayList<>();
            group.add(process.pid());
            process.toHandle().descendants().forEach(child -> group.add(child.pid()));
            signal("INT", group);
            assertThat(process.waitFor(60, TimeUnit.SECONDS)).as(output.soFar()).isTrue();
            assertThat(process.exitValue()).isZero();
            return output.awaitAll();
        } finally {
            process.toHandle().descendants().forEach(ProcessHandle::destroyForcibly);
            process.destroyForcibly();
        }
    }

    private HttpResponse<String> get(int port) throws Exception {
        return http.send(
                HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/"))
                        .timeout(Duration.ofSeconds(60))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private static void signal(String name, List<Long> pids) throws Exception {
        List<String> kill = new ArrayList<>(List.of("kill", "-" + name));
        pids.forEach(pid -> kill.add(Long.toString(pid)));
        new ProcessBuilder(kill).inheritIO().start().waitFor(10, TimeUnit.SECONDS);
    }

    /**
     * Waits for the cache the assembling process puts in place after the supervisor has exited; if it
     * never comes, ends that process (named in the lock) so the test leaves nothing running.
     */
    private static Path awaitCache(Path folder, Duration patience) throws Exception {
        Instant deadline = Instant.now().plus(patience);
        while (Instant.now().isBefore(deadline)) {
            List<Path> caches = filesEndingWith(folder, ".aot");
            if (!caches.isEmpty() && filesEndingWith(folder, ".lock").isEmpty()) {
                return caches.getFirst();
            }
            Thread.sleep(250);
        }
        for (Path lock : filesEndingWith(folder, ".lock")) {
            String owner = Files.readString(lock).strip().split(" ")[0];
            Optional<ProcessHandle> assembly = ProcessHandle.of(Long.parseLong(owner));
            assembly.ifPresent(handle -> {
                handle.descendants().forEach(ProcessHandle::destroyForcibly);
                handle.destroyForcibly();
            });
        }
        throw new AssertionError("no cache was put in place in " + folder + ": " + filesEndingWith(folder, ""));
    }

    private static List<Path> filesEndingWith(Path folder, String suffix) throws IOException {
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(file -> file.getFileName().toString().endsWith(suffix))
                    .sorted()
                    .toList();
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
