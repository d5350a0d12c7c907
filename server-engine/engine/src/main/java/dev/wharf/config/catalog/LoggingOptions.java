package dev.wharf.config.catalog;

import dev.wharf.asgi.option.OptionTypes;
import dev.wharf.config.setting.Apply;
import dev.wharf.config.setting.LogLevel;
import dev.wharf.config.setting.Section;
import dev.wharf.config.setting.Setting;
import java.util.List;

/** What the workers log. */
public final class LoggingOptions {

    private LoggingOptions() {}

    public static final Setting<LogLevel> LOG_LEVEL = Setting.define(
                    "log_level", Section.LOGGING, OptionTypes.choice(LogLevel.class))
            .defaultValue(LogLevel.INFO)
            .apply(Apply.LIVE)
            .help(
                    "How much the workers log: critical, error, warning, info, debug, trace.",
                    "Raise it to debug to see why a request misbehaves; trace adds Netty's own logs.",
                    "Leaving debug on under load: logging then costs more than serving.")
            .build();

    public static final Setting<Boolean> ACCESS_LOG = Setting.define("access_log", Section.LOGGING, OptionTypes.bool())
            .defaultValue(true)
            .apply(Apply.LIVE)
            .help(
                    "Log one line per request: client, request line and status.",
                    "Turn it off under benchmarks or when a proxy already logs every request.",
                    "Turning it off and then having no trace of which requests failed.")
            .build();

    public static List<Setting<?>> all() {
        return List.of(LOG_LEVEL, ACCESS_LOG);
    }
}
