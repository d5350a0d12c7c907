package dev.wharf.supervisor.process;

import dev.wharf.supervisor.LogLine;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * The last lines each worker wrote (and the supervisor's own, as worker 0's), bounded per worker: a
 * chatty worker's access log cannot push out the lines a quiet one wrote before it crashed, nor fill
 * the supervisor's memory. The lines of the last {@code maxWorkers} workers to start writing are kept
 * (and the supervisor's), so those of a worker that died stay readable after it is replaced.
 * Thread-safe.
 */
final class LogBuffer {

    private final int perWorker;
    private final int maxWorkers;
    private final Map<Integer, ArrayDeque<LogLine>> byWorker;

    LogBuffer(int perWorker, int maxWorkers) {
        this.perWorker = perWorker;
        this.maxWorkers = maxWorkers;
        this.byWorker = new LinkedHashMap<>();
    }

    void add(LogLine line) {
        append(linesOf(line.workerId()), line);
    }

    /**
     * Where one worker's reader adds that worker's lines: it takes that worker's lock only, not the
     * buffer's, so readers of busy workers never wait for one another.
     */
    Consumer<LogLine> writerFor(int workerId) {
        ArrayDeque<LogLine> lines = linesOf(workerId);
        return line -> append(lines, line);
    }

    private void append(ArrayDeque<LogLine> lines, LogLine line) {
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
            ArrayDeque<LogLine> lines = byWorker.get(workerId);
            if (lines == null) {
                lines = new ArrayDeque<>();
                byWorker.put(workerId, lines);
                forgetOldest();
            }
            return lines;
        }
    }

    /** Past maxWorkers, the lines of the worker that started writing longest ago go (never the supervisor's own). */
    private void forgetOldest() {
        var ids = byWorker.keySet().iterator();
        while (byWorker.size() > maxWorkers && ids.hasNext()) {
            if (ids.next() != 0) {
                ids.remove();
            }
        }
    }

    private List<ArrayDeque<LogLine>> buffers() {
        synchronized (byWorker) {
            return new ArrayList<>(byWorker.values());
        }
    }
}
