package dev.wharf.config.catalog;

import dev.wharf.asgi.option.OptionTypes;
import dev.wharf.config.setting.Apply;
import dev.wharf.config.setting.Section;
import dev.wharf.config.setting.Setting;
import java.util.List;

/** How much one worker takes on before refusing, and how long it lives. */
public final class LimitOptions {

    private LimitOptions() {}

    public static final Setting<Integer> LIMIT_CONCURRENCY = Setting.define(
                    "limit_concurrency", Section.LIMITS, OptionTypes.optionalInteger(1, 1_000_000))
            .defaultText("none")
            .apply(Apply.LIVE)
            .help(
                    "The most connections and requests in progress one worker serves at once; past it new requests get "
                            + "503 Service Unavailable.",
                    "To shed load instead of queueing it when a slow dependency backs requests up.",
                    "Setting it below the number of keep-alive connections a proxy holds open: requests then get 503s at idle.")
            .build();

    public static final Setting<Integer> LIMIT_MAX_REQUESTS = Setting.define(
                    "limit_max_requests", Section.LIMITS, OptionTypes.optionalInteger(1, Integer.MAX_VALUE))
            .defaultText("none")
            .help(
                    "A worker ends cleanly after serving this many requests; the supervisor starts a fresh one.",
                    "To contain a memory leak in the app until it is fixed.",
                    "Using it with a single worker and no supervisor: the server then simply stops.")
            .build();

    public static final Setting<Integer> LIMIT_MAX_REQUESTS_JITTER = Setting.define(
                    "limit_max_requests_jitter", Section.LIMITS, OptionTypes.integer(0, Integer.MAX_VALUE))
            .defaultValue(0)
            .help(
                    "Adds a random 0 to N requests to --limit-max-requests for each worker.",
                    "With several workers, so they do not all restart at the same moment.",
                    "Expecting it to do anything without --limit-max-requests.")
            .build();

    public static List<Setting<?>> all() {
        return List.of(LIMIT_CONCURRENCY, LIMIT_MAX_REQUESTS, LIMIT_MAX_REQUESTS_JITTER);
    }
}
