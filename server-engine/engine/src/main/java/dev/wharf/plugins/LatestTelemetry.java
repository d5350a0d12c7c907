package dev.wharf.plugins;

import dev.wharf.asgi.plugin.TelemetrySink;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The worker's telemetry sink until the control channel forwards snapshots to the supervisor: it
 * keeps the latest snapshot under each key, in memory, for whoever reads it next.
 *
 * <p>It refuses a snapshot that JSON cannot carry as it is (a record, a NaN, a map with non-string
 * keys), at the moment the plugin publishes it, so the plugin's author sees the mistake where it is
 * made rather than as a failed message in another process.
 */
public final class LatestTelemetry implements TelemetrySink {

    private static final int MAX_DEPTH = 32;

    private final Map<String, Object> latest = new ConcurrentHashMap<>();

    @Override
    public void publish(String key, Object snapshot) {
        if (key == null || key.isBlank()) {
            throw new IllegalArgumentException("a telemetry key must not be blank");
        }
        checkJsonShape(key, snapshot, 0);
        if (snapshot == null) {
            latest.remove(key);
        } else {
            latest.put(key, snapshot);
        }
    }

    /** The latest snapshot published under {@code key}. */
    public Optional<Object> latest(String key) {
        return Optional.ofNullable(latest.get(key));
    }

    /** Every key's latest snapshot, at this moment. */
    public Map<String, Object> all() {
        return Map.copyOf(latest);
    }

    private static void checkJsonShape(String key, Object value, int depth) {
        if (depth > MAX_DEPTH) {
            throw new IllegalArgumentException(
                    "telemetry '" + key + "': nested deeper than " + MAX_DEPTH + " levels; does it contain itself?");
        }
        switch (value) {
            case null -> {}
            case String s -> {}
            case Boolean b -> {}
            case Integer n -> {}
            case Long n -> {}
            case Short n -> {}
            case Byte n -> {}
            case BigInteger n -> {}
            case BigDecimal n -> {}
            case Double d when Double.isFinite(d) -> {}
            case Float f when Float.isFinite(f) -> {}
            case Map<?, ?> map ->
                map.forEach((k, v) -> {
                    if (!(k instanceof String)) {
                        throw new IllegalArgumentException(
                                "telemetry '" + key + "': map key " + k + " is not a string");
                    }
                    checkJsonShape(key, v, depth + 1);
                });
            case Collection<?> items -> items.forEach(item -> checkJsonShape(key, item, depth + 1));
            default ->
                throw new IllegalArgumentException(
                        "telemetry '" + key + "': " + value.getClass().getName() + " value '" + value
                                + "' is not JSON-shaped; publish maps, lists, strings, numbers and booleans");
        }
    }
}
