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

    /** The line as copied: time, source, text. */
    public String display() {
        return Format.clockMillis(line.at()) + "  " + source() + "  " + line.text();
    }
}
