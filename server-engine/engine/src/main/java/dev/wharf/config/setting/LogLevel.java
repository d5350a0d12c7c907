package dev.wharf.config.setting;

import java.util.Locale;

/**
 * A log level: Uvicorn's {@code --log-level} choices, and the level a worker's log line starts
 * with ({@code "WARNING:  …"}, Uvicorn's format). Ordered from most to least severe, so a filter
 * keeps a level and everything above it.
 */
public enum LogLevel {
    CRITICAL,
    ERROR,
    WARNING,
    INFO,
    DEBUG,
    TRACE;

    private static final LogLevel[] ALL = values();

    public String cliName() {
        return name().toLowerCase(Locale.ROOT);
    }

    /**
     * The level a log line starts with, or {@code null} for a line that names none (a stack trace's).
     * Called for every line a worker writes, thousands a second with an access log: it compares in
     * place rather than cutting and upper-casing a copy of each line.
     */
    public static LogLevel ofLine(String text) {
        int colon = text.indexOf(':');
        if (colon < 4 || colon > 8) {
            return null;
        }
        for (LogLevel level : ALL) {
            String name = level.name();
            if (name.length() == colon && text.regionMatches(true, 0, name, 0, colon)) {
                return level;
            }
        }
        return null;
    }

    /** Whether this level is {@code threshold} or more severe. */
    public boolean atLeast(LogLevel threshold) {
        return ordinal() <= threshold.ordinal();
    }

    /** How the window names it: {@code Warning}. */
    public String label() {
        return name().charAt(0) + name().substring(1).toLowerCase(Locale.ROOT);
    }
}
