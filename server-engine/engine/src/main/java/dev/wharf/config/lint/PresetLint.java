package dev.wharf.config.lint;

import static dev.wharf.config.catalog.AppOptions.ENVIRONMENT;
import static dev.wharf.config.catalog.AppOptions.PRESET;
import static dev.wharf.config.catalog.LimitOptions.LIMIT_CONCURRENCY;
import static dev.wharf.config.catalog.ProxyOptions.FORWARDED_ALLOW_IPS;
import static dev.wharf.config.catalog.ProxyOptions.PROXY_HEADERS;
import static dev.wharf.config.catalog.ReloadOptions.RELOAD;
import static dev.wharf.config.catalog.TimeoutOptions.TIMEOUT_GRACEFUL_SHUTDOWN;

import dev.wharf.config.Settings;
import dev.wharf.config.WebSocketOptions;
import dev.wharf.config.setting.Environment;
import dev.wharf.config.setting.Preset;
import java.time.Duration;
import java.util.List;

/**
 * Rules that hold a profile to the environment its preset was made for: a container profile whose
 * proxy trust was never set, a streaming profile whose drain cuts the streams, a local profile that
 * drifted into production. Beside {@link SettingsLint}, which runs them.
 */
final class PresetLint {

    /** Below this, a stop cuts long-lived streams before clients are told to reconnect. */
    static final Duration STREAMING_MIN_GRACEFUL_SHUTDOWN = Duration.ofSeconds(30);

    private PresetLint() {}

    static void check(Settings s, List<LintWarning> into) {
        Preset preset = s.get(PRESET);
        switch (preset) {
            case LOCAL -> {
                if (s.get(ENVIRONMENT) == Environment.PRODUCTION) {
                    into.add(new LintWarning(
                            "local-preset-in-production",
                            List.of(PRESET, ENVIRONMENT),
                            "A profile made from the local preset says environment production: start production from "
                                    + "the container or streaming preset (wharf profile new --preset container), "
                                    + "which set what the local one leaves out."));
                }
            }
            case CONTAINER, STREAMING -> {
                if (s.get(RELOAD)) {
                    into.add(new LintWarning(
                            "reload-in-" + name(preset) + "-preset",
                            List.of(PRESET, RELOAD),
                            "--reload in a profile made from the " + name(preset)
                                    + " preset: a deployed container's files do not change, and watching them costs "
                                    + "CPU. Turn reload off."));
                }
                if (!s.get(PROXY_HEADERS)
                        || FORWARDED_ALLOW_IPS
                                .defaultValue()
                                .equals(s.get(FORWARDED_ALLOW_IPS).strip())) {
                    into.add(new LintWarning(
                            "proxy-trust-not-set",
                            List.of(PRESET, FORWARDED_ALLOW_IPS, PROXY_HEADERS),
                            "The " + name(preset) + " preset expects a proxy or ingress in front, but "
                                    + "--forwarded-allow-ips is still " + FORWARDED_ALLOW_IPS.defaultValue()
                                    + (s.get(PROXY_HEADERS) ? "" : " and proxy headers are off")
                                    + ": clients' addresses and scheme will be the proxy's. Name the proxy's "
                                    + "addresses (for example 10.0.0.0/8)."));
                }
                if (preset == Preset.STREAMING) {
                    streaming(s, into);
                }
            }
            case NONE -> {}
        }
    }

    private static void streaming(Settings s, List<LintWarning> into) {
        Duration graceful = s.get(TIMEOUT_GRACEFUL_SHUTDOWN);
        if (graceful != null && graceful.compareTo(STREAMING_MIN_GRACEFUL_SHUTDOWN) < 0) {
            into.add(new LintWarning(
                    "streaming-short-drain",
                    List.of(PRESET, TIMEOUT_GRACEFUL_SHUTDOWN),
                    "--timeout-graceful-shutdown " + s.format(TIMEOUT_GRACEFUL_SHUTDOWN)
                            + " s in a streaming profile: each stop cuts WebSockets and streams after it. Give them "
                            + STREAMING_MIN_GRACEFUL_SHUTDOWN.toSeconds() + " s or more to finish or reconnect."));
        }
        if (s.get(WebSocketOptions.WS_PING_INTERVAL) == null) {
            into.add(new LintWarning(
                    "streaming-without-ping",
                    List.of(PRESET, WebSocketOptions.WS_PING_INTERVAL),
                    "No --ws-ping-interval in a streaming profile: a peer gone behind a NAT or a proxy keeps its "
                            + "connection (and its slot) until TCP notices, which can take hours. Ping every 20 s."));
        }
        if (s.get(LIMIT_CONCURRENCY) == null) {
            into.add(new LintWarning(
                    "streaming-without-limit",
                    List.of(PRESET, LIMIT_CONCURRENCY),
                    "No --limit-concurrency in a streaming profile: count it in connections (each WebSocket holds "
                            + "one for its whole life) so a worker refuses new ones with 503 before it runs out of "
                            + "memory."));
        }
    }

    private static String name(Preset preset) {
        return preset.name().toLowerCase(java.util.Locale.ROOT);
    }
}
