package dev.wharf.app;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What {@code wharf run} prints, read line by line while it runs: the port it bound, from the
 * startup line it prints once the app's startup is complete, and all of it once it has exited.
 */
final class RunOutput {

    private static final Pattern RUNNING_ON = Pattern.compile("Wharf running on http://[^:]+:(\\d+) ");

    private final List<String> lines = new CopyOnWriteArrayList<>();
    private final CompletableFuture<Integer> port = new CompletableFuture<>();
    private final CompletableFuture<String> all = new CompletableFuture<>();

    RunOutput(Process process) {
        Thread.ofPlatform().daemon().start(() -> {
            try (BufferedReader reader = process.inputReader(StandardCharsets.UTF_8)) {
                for (String line; (line = reader.readLine()) != null; ) {
                    lines.add(line);
                    Matcher matcher = RUNNING_ON.matcher(line);
                    if (matcher.find()) {
                        port.complete(Integer.parseInt(matcher.group(1)));
                    }
                }
            } catch (IOException e) {
                // the process went away
            }
            port.completeExceptionally(new IllegalStateException("the output ended"));
            all.complete(String.join("\n", lines) + "\n");
        });
    }

    int awaitPort() throws InterruptedException {
        try {
            return port.get(30, TimeUnit.SECONDS);
        } catch (ExecutionException | TimeoutException e) {
            throw new AssertionError("wharf run printed no startup line:\n" + String.join("\n", lines));
        }
    }

    String awaitAll() throws Exception {
        return all.get(20, TimeUnit.SECONDS);
    }

    /** What it has printed so far. */
    String soFar() {
        return String.join("\n", lines) + "\n";
    }
}
