package dev.wharf.supervisor.process;

import dev.wharf.supervisor.LogLine;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;

/** The last lines the workers wrote, bounded so a chatty worker cannot fill the supervisor's memory. Thread-safe. */
final class LogBuffer {

    private final int capacity;
    private final Deque<LogLine> lines;

    LogBuffer(int capacity) {
        this.capacity = capacity;
        this.lines = new ArrayDeque<>(Math.min(capacity, 1024));
    }

    synchronized void add(LogLine line) {
        if (lines.size() == capacity) {
            lines.removeFirst();
        }
        lines.addLast(line);
    }

    synchronized List<LogLine> all() {
        return new ArrayList<>(lines);
    }

    /** The last {@code count} lines of one worker, as text. */
    synchronized List<String> last(int workerId, int count) {
        List<String> found = new ArrayList<>();
        var it = lines.descendingIterator();
        while (it.hasNext() && found.size() < count) {
            LogLine line = it.next();
            if (line.workerId() == workerId) {
                found.add(0, line.text());
            }
        }
        return found;
    }
}
