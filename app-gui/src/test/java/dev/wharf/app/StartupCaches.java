package dev.wharf.app;

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

/** What the start-up cache tests share: waiting for an assembled cache, and CTRL+C as a terminal sends it. */
final class StartupCaches {

    /** What HotSpot logs ({@code -Xlog:aot}) when it runs with the classes of a cache it accepted. */
    static final String CACHE_USED = "Using AOT-linked classes: true";

    private static final HttpClient HTTP = HttpClient.newHttpClient();

    private StartupCaches() {}

    /** The body of {@code GET /} on the port. */
    static String hello(int port) throws Exception {
        return HTTP.send(
                        HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/"))
                                .timeout(Duration.ofSeconds(60))
                                .build(),
                        HttpResponse.BodyHandlers.ofString())
                .body();
    }

    /**
     * Waits for the cache the assembling process puts in place after the run has ended; if it never
     * comes, ends that process (named in the lock) so the test leaves nothing running.
     */
    static Path awaitCache(Path folder, Duration patience) throws Exception {
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

    static List<Path> filesEndingWith(Path folder, String suffix) throws IOException {
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(file -> file.getFileName().toString().endsWith(suffix))
                    .sorted()
                    .toList();
        }
    }

    /** SIGINT to the process and everything it started, as CTRL+C in a terminal sends it to the group. */
    static void ctrlC(Process process) throws Exception {
        List<String> kill = new ArrayList<>(List.of("kill", "-INT", Long.toString(process.pid())));
        process.toHandle().descendants().forEach(child -> kill.add(Long.toString(child.pid())));
        new ProcessBuilder(kill).inheritIO().start().waitFor(10, TimeUnit.SECONDS);
    }
}
