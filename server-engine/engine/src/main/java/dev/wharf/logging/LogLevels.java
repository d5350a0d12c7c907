package dev.wharf.logging;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import dev.wharf.config.setting.LogLevel;
import org.slf4j.LoggerFactory;

/**
 * Applies Uvicorn's {@code --log-level} to the worker's loggers. Netty stays at WARN unless the
 * user asks for trace, so debug output is about requests, not buffers.
 */
public final class LogLevels {

    private LogLevels() {}

    public static void apply(LogLevel level) {
        Logger root = (Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
        root.setLevel(toLogback(level));
        ((Logger) LoggerFactory.getLogger("wharf.access")).setLevel(toLogback(level));
        ((Logger) LoggerFactory.getLogger("io.netty")).setLevel(level == LogLevel.TRACE ? Level.DEBUG : Level.WARN);
    }

    static Level toLogback(LogLevel level) {
        return switch (level) {
            case CRITICAL, ERROR -> Level.ERROR;
            case WARNING -> Level.WARN;
            case INFO -> Level.INFO;
            case DEBUG -> Level.DEBUG;
            case TRACE -> Level.TRACE;
        };
    }
}
