package dev.wharf.supervisor.process;

import dev.wharf.supervisor.LogLine;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The last lines each worker wrote (and the supervisor's own, as worker 0's), bounded per worker: a
 * chatty worker's access log cannot push out the lines a quiet one wrote before it crashed, nor fill
 * the supervisor's memory. The lines of the {@code maxWorkers} workers that wrote last are kept, so
 * those of a worker that died stay readable after it is replaced. Thread-safe: each worker's reader
 * takes only its own worker's lock.
 */
final class LogBuffer {

    private final int perWorker;
    private final int maxWorkers;
    private final Map<Integer, ArrayDeque<LogLine>> byWorker;

    LogBuffer(int perWorker, int maxWorkers) {
        this.perWorker = perWorker;
        this.maxWorkers = maxWorkers;
        this.byWorker = new LinkedHashMap<>(16, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<Integer, ArrayDeque<LogLine>> eldest) {
                return size() > LogBuffer.this.maxWorkers;
            }
        };
    }

    void add(LogLine line) {
        ArrayDeque<LogLine> lines = linesOf(line.workerId());
        synchronized (lines) {
            if (lines.size() == perWorker) {
                lines.removeFirst();
            }
            lines.addLast(line);
        }
    }

    /** Every line kept, oldest first. */
    List<LogLine> all() {
        List<LogLine> all = new ArrayList<>();
        for (ArrayDeque<LogLine> lines : buffers()) {
            synchronized (lines) {
                all.addAll(lines);
            }
        }
        all.sort(Comparator.comparing(LogLine::at)); // stable: lines of one worker keep their order
        return all;
    }

    /** The last {@code count} lines of one worker, as text, oldest first. */
    List<String> last(int workerId, int count) {
        ArrayDeque<LogLine> lines = linesOf(workerId);
        List<String> found = new ArrayList<>();
        synchronized (lines) {
            Iterator<LogLine> newestFirst = lines.descendingIterator();
            while (newestFirst.hasNext() && found.size() < count) {
                found.add(newestFirst.next().text());
            }
        }
        return found.reversed();
    }

    private ArrayDeque<LogLine> linesOf(int workerId) {
        synchronized (byWorker) {
            return byWorker.computeIfAbsent(workerId, id -> new ArrayDeque<>());
        }
    }

    private List<ArrayDeque<LogLine>> buffers() {
        synchronized (byWorker) {
            return new ArrayList<>(byWorker.values());
        }
    }
}
