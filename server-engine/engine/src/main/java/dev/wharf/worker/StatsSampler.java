package dev.wharf.worker;

import dev.wharf.control.WorkerStats;
import dev.wharf.protocols.ServerState;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.function.IntSupplier;

/** Reads a worker's counters, heap and resident memory into one {@link WorkerStats}. */
final class StatsSampler {

    private static final Path STATM = Path.of("/proc/self/statm");
    /** Linux's page size on every platform Wharf runs on; /proc reports RSS in pages. */
    private static final long PAGE = 4096;

    private final ServerState state;
    /** Read from the runtime rather than JMX: the management beans would cost every worker hundreds of classes. */
    private final Runtime runtime = Runtime.getRuntime();

    private final IntSupplier sessions;
    private final HikariPools pools = new HikariPools();

    StatsSampler(ServerState state, IntSupplier sessions) {
        this.state = state;
        this.sessions = sessions;
    }

    WorkerStats sample() {
        return new WorkerStats(
                Instant.now(),
                state.activeConnections(),
                state.totalConnections(),
                state.activeRequests(),
                state.totalRequests(),
                state.activeWebSockets(),
                state.rejectedRequests(),
                state.badRequests(),
                state.bytesIn(),
                state.bytesOut(),
                runtime.totalMemory() - runtime.freeMemory(),
                rss(),
                sessions.getAsInt(),
                cpuNanos(),
                state.responses().byClass(),
                state.responses().buckets(),
                pools.sample(),
                state.activeHttp2Connections(),
                state.activeHttp2Streams(),
                state.totalHttp2Streams());
    }

    /** The process's CPU time so far (user and system), or -1 where the platform does not tell. */
    static long cpuNanos() {
        return ProcessHandle.current()
                .info()
                .totalCpuDuration()
                .map(Duration::toNanos)
                .orElse(-1L);
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
