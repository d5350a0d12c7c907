package dev.wharf.gui.logs;

import dev.wharf.config.setting.LogLevel;
import dev.wharf.gui.fx.Format;
import dev.wharf.supervisor.LogLine;

/**
 * One line of the logs view: the line as the supervisor captured it and the level it belongs to
 * (a stack trace's lines take the level of the line that started it).
 */
public record LogEntry(LogLine line, LogLevel level) {

    /** "w3" for worker 3, "supervisor" for the supervisor's own lines. */
    public String source() {
        return line.workerId() == 0 ? "supervisor" : "w" + line.workerId();
    }

    /**
     * The line as shown, copied and exported: time, source (marked {@code !} when the worker wrote it
     * to stderr), the level where the text does not name it (the supervisor's lines), the text.
     */
    public String display() {
        String from = line.stream() == LogLine.Stream.STDERR ? source() + "!" : source() + " ";
        String named = line.workerId() == 0 ? level.name() + ": " : "";
        return Format.clockMillis(line.at()) + "  " + from + " " + named + line.text();
    }

    public boolean stderr() {
        return line.stream() == LogLine.Stream.STDERR;
    }
}
