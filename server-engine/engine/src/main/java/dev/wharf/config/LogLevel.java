package dev.wharf.config;

import java.util.Locale;

/** Uvicorn's {@code --log-level} choices, from most to least quiet. */
public enum LogLevel {
    CRITICAL,
    ERROR,
    WARNING,
    INFO,
    DEBUG,
    TRACE;

    public String cliName() {
        return name().toLowerCase(Locale.ROOT);
    }
}
