package dev.wharf.gui.workers;

import java.util.List;

/**
 * The latency histogram a worker reports ({@code WorkerStats.latencyBuckets}): bucket {@code i}
 * counts responses that took at most {@code 125 µs × 2^i}, the last one everything slower. A
 * quantile is the upper bound of the bucket it falls in, so it is never below the true value and at
 * most twice it.
 */
public final class LatencyHistogram {

    private LatencyHistogram() {}

    /** The {@code q} quantile (0.95 for p95) in milliseconds, or {@code NaN} when the buckets count nothing. */
    public static double quantileMillis(List<Long> buckets, double q) {
        long total = buckets.stream().mapToLong(Long::longValue).sum();
        if (total == 0) {
            return Double.NaN;
        }
        long rank = (long) Math.ceil(q * total);
        long seen = 0;
        int bucket = 0;
        while (bucket < buckets.size() - 1 && (seen += buckets.get(bucket)) < rank) {
            bucket++;
        }
        return (125L << bucket) / 1000.0;
    }

    /** The counts of {@code now} less those of {@code before}: the responses between two reports. */
    public static List<Long> since(List<Long> before, List<Long> now) {
        if (before.size() != now.size()) {
            return now;
        }
        Long[] delta = new Long[now.size()];
        for (int i = 0; i < delta.length; i++) {
            delta[i] = Math.max(0, now.get(i) - before.get(i));
        }
        return List.of(delta);
    }
}
