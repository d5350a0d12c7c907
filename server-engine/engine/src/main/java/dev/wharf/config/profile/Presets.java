package dev.wharf.config.profile;

import static dev.wharf.config.catalog.AppOptions.ENVIRONMENT;
import static dev.wharf.config.catalog.AppOptions.PRESET;
import static dev.wharf.config.catalog.LimitOptions.LIMIT_CONCURRENCY;
import static dev.wharf.config.catalog.ProxyOptions.FORWARDED_ALLOW_IPS;
import static dev.wharf.config.catalog.ProxyOptions.PROXY_HEADERS;
import static dev.wharf.config.catalog.ReloadOptions.RELOAD;
import static dev.wharf.config.catalog.ServerOptions.HOST;
import static dev.wharf.config.catalog.TimeoutOptions.TIMEOUT_GRACEFUL_SHUTDOWN;
import static dev.wharf.config.catalog.TimeoutOptions.TIMEOUT_KEEP_ALIVE;
import static dev.wharf.config.catalog.WorkerOptions.WORKERS;

import dev.wharf.config.Settings;
import dev.wharf.config.WebSocketOptions;
import dev.wharf.config.catalog.DatabaseOptions;
import dev.wharf.config.setting.Environment;
import dev.wharf.config.setting.Preset;
import dev.wharf.config.setting.Setting;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * The seed's three environment profiles as settings: what {@code wharf profile new --preset} and the
 * window's New profile start a profile from, each value with its reason.
 */
public final class Presets {

    private Presets() {}

    /**
     * What a new profile asks for besides the preset: the proxy's addresses (never guessed) and the
     * database's numbers (which size the workers).
     *
     * @param forwardedAllowIps the proxy or ingress addresses to trust, or {@code null} when not given
     * @param dbPoolSize        one worker's pool size, or {@code null} when the app has no database
     * @param dbBudget          the database's connections for this service, or {@code null}
     * @param cores             the processors the workers will run on
     */
    public record Inputs(String forwardedAllowIps, Integer dbPoolSize, Integer dbBudget, int cores) {

        /** @throws IllegalArgumentException when the budget does not hold one worker's pool */
        public Inputs {
            if (dbPoolSize != null && dbBudget != null && dbBudget < dbPoolSize) {
                throw new IllegalArgumentException("--db-connection-budget " + dbBudget
                        + " is below one worker's pool (--db-pool-size " + dbPoolSize
                        + "): not even one worker fits; raise the budget or lower the pool size.");
            }
        }

        /** No proxy, no database: the inputs of the local preset. */
        public static Inputs none(int cores) {
            return new Inputs(null, null, null, cores);
        }
    }

    /** The preset a user names ({@code local}, {@code container}, {@code streaming}); {@code none} is not one. */
    public static Preset named(String name) {
        for (Preset preset : Preset.values()) {
            if (preset != Preset.NONE && preset.name().equalsIgnoreCase(name.strip())) {
                return preset;
            }
        }
        throw new IllegalArgumentException("Unknown preset '" + name + "': choose local, container or streaming.");
    }

    /** The values the preset sets, in the order they are shown. */
    public static List<PresetValue<?>> values(Preset preset, Inputs in) {
        List<PresetValue<?>> values = new ArrayList<>();
        values.add(new PresetValue<>(PRESET, preset, "the lint checks this profile against what the preset is for"));
        switch (preset) {
            case LOCAL -> local(values);
            case CONTAINER -> {
                deployed(values, in);
                values.add(new PresetValue<>(
                        TIMEOUT_GRACEFUL_SHUTDOWN,
                        Duration.ofSeconds(25),
                        "finish requests in flight within Kubernetes' 30 s grace period and systemd's stop timeout"));
                values.add(new PresetValue<>(
                        TIMEOUT_KEEP_ALIVE,
                        Duration.ofSeconds(65),
                        "above load balancers' 60 s idle timeout, so they never reuse a connection Wharf is closing"));
            }
            case STREAMING -> {
                deployed(values, in);
                values.add(new PresetValue<>(
                        TIMEOUT_GRACEFUL_SHUTDOWN,
                        Duration.ofSeconds(60),
                        "connection lifetime first: streams and WebSockets get a minute to finish or reconnect "
                                + "elsewhere before a stop cuts them"));
                values.add(new PresetValue<>(
                        TIMEOUT_KEEP_ALIVE,
                        Duration.ofSeconds(75),
                        "long-lived clients reconnect less; above load balancers' 60 s idle timeout"));
                values.add(new PresetValue<>(
                        WebSocketOptions.WS_PING_INTERVAL,
                        Duration.ofSeconds(15),
                        "keeps idle WebSockets inside NAT and proxy idle timeouts (30-60 s), and finds dead peers"));
                values.add(new PresetValue<>(
                        WebSocketOptions.WS_PING_TIMEOUT,
                        Duration.ofSeconds(15),
                        "a peer silent for a ping and a half is gone: its connection and slot are freed"));
                values.add(new PresetValue<>(
                        LIMIT_CONCURRENCY,
                        1000,
                        "counted in connections: each open WebSocket holds a slot for its whole life, so size it "
                                + "to the connections one worker holds"));
            }
            case NONE -> {}
        }
        return values;
    }

    /** The settings the preset sets: a profile file names them even where they equal their defaults. */
    public static List<Setting<?>> stated(Preset preset, Inputs in) {
        return values(preset, in).stream().<Setting<?>>map(PresetValue::setting).toList();
    }

    /** The defaults with the preset's values. */
    public static Settings settings(Preset preset, Inputs in) {
        Settings settings = Settings.defaults();
        for (PresetValue<?> value : values(preset, in)) {
            settings = value.applyTo(settings);
        }
        return settings;
    }

    private static void local(List<PresetValue<?>> values) {
        values.add(new PresetValue<>(
                ENVIRONMENT,
                Environment.DEVELOPMENT,
                "C1-only workers start sooner; numbers measured here say little about production"));
        values.add(new PresetValue<>(RELOAD, true, "fast iteration: an edit restarts the workers"));
        values.add(new PresetValue<>(WORKERS, 1, "one JVM reloads fastest; scale in the container profile"));
        values.add(new PresetValue<>(HOST, "127.0.0.1", "only this machine reaches a development server"));
    }

    /** What the container and streaming presets share: a deployed, proxied service. */
    private static void deployed(List<PresetValue<?>> values, Inputs in) {
        values.add(new PresetValue<>(
                ENVIRONMENT, Environment.PRODUCTION, "full JIT, and the lint warns of development conveniences"));
        values.add(new PresetValue<>(RELOAD, false, "a deployed image's files do not change; watching them costs CPU"));
        values.add(new PresetValue<>(
                HOST, "0.0.0.0", "the container's port is reached from outside its network namespace"));
        if (in.forwardedAllowIps() != null) {
            values.add(new PresetValue<>(
                    PROXY_HEADERS, true, "the client's address and scheme come from the proxy or ingress"));
            values.add(new PresetValue<>(
                    FORWARDED_ALLOW_IPS,
                    in.forwardedAllowIps(),
                    "given explicitly: only the proxy may set X-Forwarded-*, never '*'"));
        }
        if (in.dbPoolSize() != null) {
            values.add(new PresetValue<>(
                    DatabaseOptions.DB_POOL_SIZE, in.dbPoolSize(), "each worker opens its own pool of this size"));
        }
        if (in.dbBudget() != null) {
            values.add(new PresetValue<>(
                    DatabaseOptions.DB_CONNECTION_BUDGET, in.dbBudget(), "what the database allows this service"));
        }
        values.add(workers(in));
    }

    private static PresetValue<Integer> workers(Inputs in) {
        int cores = Math.max(1, in.cores());
        if (in.dbPoolSize() == null || in.dbBudget() == null) {
            return new PresetValue<>(
                    WORKERS, cores, "one per core (" + cores + "); no DB budget given to size them by");
        }
        int fit = Math.max(1, in.dbBudget() / in.dbPoolSize());
        int workers = Math.min(fit, cores);
        return new PresetValue<>(
                WORKERS,
                workers,
                "from the DB budget: " + in.dbBudget() + " / " + in.dbPoolSize() + " = " + fit + " workers' pools fit"
                        + (fit > cores ? ", capped at " + cores + " cores" : ""));
    }
}
