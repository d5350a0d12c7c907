package dev.wharf.control;

import java.time.Instant;
import java.util.List;

/**
 * One worker's counters at one moment, as its telemetry reports them. Totals only grow during the
 * worker's life; rates are for the reader to compute from two samples.
 *
 * @param at                 when the worker took the sample
 * @param activeConnections  connections open now
 * @param totalConnections   connections accepted since start
 * @param activeRequests     requests whose app has not returned yet
 * @param totalRequests      requests received since start
 * @param activeWebSockets   WebSocket connections open now
 * @param rejected           requests answered 503 at the concurrency limit
 * @param badRequests        requests refused as malformed (400, 414, 431, 505)
 * @param bytesIn            bytes read from clients
 * @param bytesOut           bytes written to clients
 * @param heapUsed           bytes of Java heap in use
 * @param rss                the process's resident memory in bytes, or -1 where unknown
 * @param sessions           live HTTP sessions of a servlet app, or -1 for an app without
 * @param cpuNanos           CPU time the process has used since it started, or -1 where unknown: the
 *                           reader computes CPU % from two samples, as it computes request rates
 * @param statusClasses      responses by status class since start, 1xx first (five counts), or empty
 * @param latencyBuckets     responses by how long they took since start, a histogram whose bucket
 *                           {@code i} counts those of at most 125 µs × 2^i (the last: longer), or empty
 * @param dbPools            the app's HikariCP pools, found through their MXBeans, or empty (see
 *                           {@code HikariPools} for what an app must set to be found)
 * @param http2Connections   HTTP/2 connections open now, each also one of {@code activeConnections}
 * @param http2Streams       HTTP/2 streams open now, over all of them (each stream is one request, and
 *                           one of {@code activeConnections} too, as {@code --limit-concurrency} counts it)
 * @param totalHttp2Streams  HTTP/2 streams opened since start
 */
public record WorkerStats(
        Instant at,
        int activeConnections,
        long totalConnections,
        int activeRequests,
        long totalRequests,
        int activeWebSockets,
        long rejected,
        long badRequests,
        long bytesIn,
        long bytesOut,
        long heapUsed,
        long rss,
        int sessions,
        long cpuNanos,
        List<Long> statusClasses,
        List<Long> latencyBuckets,
        List<DbPoolStats> dbPools,
        int http2Connections,
        int http2Streams,
        long totalHttp2Streams) {

    public static final WorkerStats NONE = new WorkerStats(
            Instant.EPOCH, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, -1, -1, -1, List.of(), List.of(), List.of(), 0, 0, 0);

    public WorkerStats {
        statusClasses = statusClasses == null ? List.of() : List.copyOf(statusClasses);
        latencyBuckets = latencyBuckets == null ? List.of() : List.copyOf(latencyBuckets);
        dbPools = dbPools == null ? List.of() : List.copyOf(dbPools);
    }

    /** Counters of a worker whose app has no pool Wharf can see. */
    public WorkerStats(
            Instant at,
            int activeConnections,
            long totalConnections,
            int activeRequests,
            long totalRequests,
            int activeWebSockets,
            long rejected,
            long badRequests,
            long bytesIn,
            long bytesOut,
            long heapUsed,
            long rss,
            int sessions,
            long cpuNanos,
            List<Long> statusClasses,
            List<Long> latencyBuckets) {
        this(
                at,
                activeConnections,
                totalConnections,
                activeRequests,
                totalRequests,
                activeWebSockets,
                rejected,
                badRequests,
                bytesIn,
                bytesOut,
                heapUsed,
                rss,
                sessions,
                cpuNanos,
                statusClasses,
                latencyBuckets,
                List.of(),
                0,
                0,
                0);
    }

    /** Whether the worker has served HTTP/2: the window then counts its connections and streams. */
    public boolean hasHttp2() {
        return http2Connections > 0 || totalHttp2Streams > 0;
    }

    /** Whether the worker serves an app with HTTP sessions of its own (a servlet app). */
    public boolean hasSessions() {
        return sessions >= 0;
    }

    /**
     * The same traffic counters, ignoring memory and when they were sampled: telemetry is sent when
     * traffic changes, and memory alone only now and then.
     */
    public boolean sameCountsAs(WorkerStats other) {
        return other != null
                && activeConnections == other.activeConnections
                && totalConnections == other.totalConnections
                && activeRequests == other.activeRequests
                && totalRequests == other.totalRequests
                && activeWebSockets == other.activeWebSockets
                && rejected == other.rejected
                && badRequests == other.badRequests
                && bytesIn == other.bytesIn
                && bytesOut == other.bytesOut
                && sessions == other.sessions
                && dbPools.equals(other.dbPools)
                && http2Connections == other.http2Connections
                && http2Streams == other.http2Streams
                && totalHttp2Streams == other.totalHttp2Streams;
    }
}
