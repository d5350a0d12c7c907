package dev.wharf.gui.logs;

import java.util.Locale;

/**
 * A log line's level, as the workers write it at the start of a line ({@code "WARNING:  …"}, Uvicorn's
 * format). Ordered from most to least severe, so a filter keeps a level and everything above it.
 */
public enum LogLevel {
    CRITICAL, ERROR, WARNING, INFO, DEBUG, TRACE;

    /** The level a line starts with, or {@code null} for a line that names none (a stack trace's). */
    static LogLevel of(String text) {
        int colon = text.indexOf(':');
        if (colon < 4 || colon > 8) {
            return null;
        }
        try {
            return valueOf(text.substring(0, colon).toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    public boolean atLeast(LogLevel threshold) {
        return ordinal() <= threshold.ordinal();
    }

    public String label() {
        return name().charAt(0) + name().substring(1).toLowerCase(Locale.ROOT);
    }
}
