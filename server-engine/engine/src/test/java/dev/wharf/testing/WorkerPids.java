package dev.wharf.testing;

import java.io.IOException;
import java.time.Duration;
import java.util.HashSet;
import java.util.Set;

/** Which worker processes answer on a port: each {@code StatefulApp} answers {@code GET /pid} with its own. */
public final class WorkerPids {

    private WorkerPids() {}

    /** Asks on new connections until {@code count} different workers have answered, or the time is up. */
    public static Set<String> answering(int port, int count, Duration timeout) throws IOException {
        Set<String> pids = new HashSet<>();
        long deadline = System.nanoTime() + timeout.toNanos();
        while (pids.size() < count && System.nanoTime() < deadline) {
            try (RawHttpClient client = RawHttpClient.connect(port)) {
                pids.add(client.send("GET /pid HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n")
                        .read()
                        .bodyText());
            }
        }
        return pids;
    }
}
