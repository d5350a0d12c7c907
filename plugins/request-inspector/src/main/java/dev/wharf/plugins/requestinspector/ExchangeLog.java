package dev.wharf.plugins.requestinspector;

import dev.wharf.asgi.plugin.TelemetrySink;
import java.util.ArrayDeque;
import java.util.List;
import java.util.Map;
import java.util.concurrent.locks.ReentrantLock;

/**
 * The last {@code capacity} exchanges of this worker, oldest first, published as one snapshot under
 * {@code requests} after each exchange ends. Request threads add to it concurrently; the lock
 * covers only the deque and the copy, and entries are immutable, so the snapshot is safe to read
 * on any thread later.
 */
final class ExchangeLog {

    static final String KEY = "requests";

    private final int capacity;
    private final TelemetrySink telemetry;
    private final ReentrantLock lock = new ReentrantLock();
    private final ArrayDeque<Map<String, Object>> exchanges;
    private long sequence;

    ExchangeLog(int capacity, TelemetrySink telemetry) {
        this.capacity = capacity;
        this.telemetry = telemetry;
        this.exchanges = new ArrayDeque<>(capacity);
    }

    long nextId() {
        lock.lock();
        try {
            return ++sequence;
        } finally {
            lock.unlock();
        }
    }

    void add(Map<String, Object> exchange) {
        lock.lock();
        try {
            if (exchanges.size() == capacity) {
                exchanges.removeFirst();
            }
            exchanges.addLast(exchange);
            // Published under the lock, so a later snapshot never overtakes an earlier one.
            telemetry.publish(KEY, List.copyOf(exchanges));
        } finally {
            lock.unlock();
        }
    }
}
