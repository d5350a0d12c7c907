package dev.wharf.config.catalog;

import dev.wharf.asgi.option.OptionTypes;
import dev.wharf.config.setting.Apply;
import dev.wharf.config.setting.Section;
import dev.wharf.config.setting.Setting;
import java.time.Duration;
import java.util.List;

/** How long idle connections stay open and how long a shutdown waits. */
public final class TimeoutOptions {

    private TimeoutOptions() {}

    public static final Setting<Duration> TIMEOUT_KEEP_ALIVE = Setting.define(
                    "timeout_keep_alive", Section.TIMEOUTS, OptionTypes.secondsAbove(Duration.ZERO))
            .defaultValue(Duration.ofSeconds(5))
            .apply(Apply.LIVE)
            .help(
                    "Close a keep-alive connection that has been idle this long.",
                    "Behind a proxy or load balancer that reuses connections: make it longer than the proxy's own idle "
                            + "timeout (often 60 s), or the proxy reuses connections Wharf is closing and clients see 502s.",
                    "Raising it very high on a public server: idle clients then hold connections and memory.")
            .build();

    public static final Setting<Duration> TIMEOUT_GRACEFUL_SHUTDOWN = Setting.define(
                    "timeout_graceful_shutdown", Section.TIMEOUTS, OptionTypes.optionalSeconds(Duration.ZERO))
            .defaultText("none (wait)")
            .apply(Apply.LIVE)
            .help(
                    "On shutdown, how long to let requests in flight finish before cutting them; none waits for all.",
                    "When deploys or reloads must not hang on a stuck request.",
                    "Setting 0, which cuts every request in flight at once: clients see errors on every restart.")
            .build();

    public static final Setting<Duration> TIMEOUT_READ = Setting.define(
                    "timeout_read", Section.TIMEOUTS, OptionTypes.secondsAbove(Duration.ZERO))
            .defaultValue(Duration.ofSeconds(60))
            .apply(Apply.LIVE)
            .help(
                    "Close a connection whose request body makes no progress for this long (408 if nothing of the"
                            + " response was sent yet); Hypercorn's read_timeout. A request head that stalls is cut"
                            + " by --timeout-keep-alive.",
                    "Against clients that open a request and then send a byte a minute (slowloris): each holds a"
                            + " connection and a request until this passes. Real uploads keep making progress and are"
                            + " never cut, however long they take.",
                    "Setting it below the pauses of a legitimately slow client (a mobile upload on a bad link), which"
                            + " then gets 408s.")
            .build();

    public static List<Setting<?>> all() {
        return List.of(TIMEOUT_KEEP_ALIVE, TIMEOUT_GRACEFUL_SHUTDOWN, TIMEOUT_READ);
    }
}
