package dev.wharf.worker;

import dev.wharf.server.ServerState;
import dev.wharf.supervisor.WorkerStats;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;

/** Reads a worker's counters, heap and resident memory into one {@link WorkerStats}. */
final class StatsSampler {

    private static final Path STATM = Path.of("/proc/self/statm");
    /** Linux's page size on every platform Wharf runs on; /proc reports RSS in pages. */
    private static final long PAGE = 4096;

    private final ServerState state;
    private final MemoryMXBean memory = ManagementFactory.getMemoryMXBean();

    StatsSampler(ServerState state) {
        this.state = state;
    }

    WorkerStats sample() {
        return new WorkerStats(Instant.now(),
                state.activeConnections(), state.totalConnections(),
                state.activeRequests(), state.totalRequests(),
                0,
                state.rejectedRequests(), state.badRequests(),
                state.bytesIn(), state.bytesOut(),
                memory.getHeapMemoryUsage().getUsed(),
                rss());
    }

    /** Resident set size from /proc where there is one, else -1 (the GUI shows heap alone). */
    static long rss() {
        try {
            String[] fields = Files.readString(STATM).trim().split("\\s+");
            return Long.parseLong(fields[1]) * PAGE;
        } catch (IOException | RuntimeException e) {
            return -1;
        }
    }
}
