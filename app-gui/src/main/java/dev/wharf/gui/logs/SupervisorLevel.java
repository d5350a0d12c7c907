package dev.wharf.gui.logs;

import dev.wharf.config.setting.LogLevel;
import java.util.List;
import java.util.Locale;

/**
 * The level of a supervisor's own line, which names none: a worker that died, failed or crash-loops
 * is an error, a kill or a missed health check a warning, the rest information. A level filter then
 * keeps "died with exit code 137" in view under "Warning and above".
 */
final class SupervisorLevel {

    private static final List<String> ERRORS =
            List.of("died", "failed", "crash", "not restarting", "exception", "error", "could not");
    private static final List<String> WARNINGS =
            List.of("killing", "health", "not answer", "timed out", "timeout", "forcing", "refused");

    private SupervisorLevel() {}

    static LogLevel of(String text) {
        String lower = text.toLowerCase(Locale.ROOT);
        if (ERRORS.stream().anyMatch(lower::contains)) {
            return LogLevel.ERROR;
        }
        if (WARNINGS.stream().anyMatch(lower::contains)) {
            return LogLevel.WARNING;
        }
        return LogLevel.INFO;
    }
}
