package dev.wharf.protocols;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.LongAdder;

/**
 * A worker's responses by status class (1xx … 5xx) and a histogram of how long they took, from the
 * request's head to the response's end. Cheap enough for every request: two counter increments,
 * no samples kept. Bucket {@code i} counts responses that took at most {@link #upperBoundMicros}
 * of {@code i} (125 µs doubled {@code i} times), the last one everything longer.
 */
public final class ResponseTimes {

    /**
     * The system property that turns the recording off in a worker's JVM ({@code
     * --worker-jvm-option=-Dwharf.responseTimes=off}): then no clock is read for it and nothing is
     * counted, so {@code benchmarks/http-hello.sh --response-times} can measure what it costs.
     */
    public static final String PROPERTY = "wharf.responseTimes";

    /** Whether responses are recorded; a constant, so the JIT drops the recording when off. */
    public static final boolean RECORDED = !"off".equals(System.getProperty(PROPERTY));

    public static final int BUCKETS = 24;
    private static final long FIRST_BOUND_NANOS = 125_000;

    private final LongAdder[] byClass = adders(5);
    private final LongAdder[] buckets = adders(BUCKETS);

    public void record(int status, long nanos) {
        int statusClass = status / 100 - 1;
        if (statusClass >= 0 && statusClass < byClass.length) {
            byClass[statusClass].increment();
        }
        buckets[bucket(nanos)].increment();
    }

    static int bucket(long nanos) {
        if (nanos <= FIRST_BOUND_NANOS) {
            return 0;
        }
        return Math.min(BUCKETS - 1, 64 - Long.numberOfLeadingZeros((nanos - 1) / FIRST_BOUND_NANOS));
    }

    /** Bucket {@code i}'s upper bound in microseconds: 125, 250, 500 … */
    public static long upperBoundMicros(int bucket) {
        return (FIRST_BOUND_NANOS / 1000) << bucket;
    }

    /** Responses of each status class, 1xx first. */
    public List<Long> byClass() {
        return sums(byClass);
    }

    public List<Long> buckets() {
        return sums(buckets);
    }

    private static List<Long> sums(LongAdder[] adders) {
        List<Long> sums = new ArrayList<>(adders.length);
        for (LongAdder adder : adders) {
            sums.add(adder.sum());
        }
        return List.copyOf(sums);
    }

    private static LongAdder[] adders(int count) {
        LongAdder[] adders = new LongAdder[count];
        for (int i = 0; i < count; i++) {
            adders[i] = new LongAdder();
        }
        return adders;
    }
}
