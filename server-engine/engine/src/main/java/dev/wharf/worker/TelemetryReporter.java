package dev.wharf.worker;

import dev.wharf.control.ControlConnection;
import dev.wharf.control.ControlMessage;
import dev.wharf.control.WorkerStats;
import dev.wharf.plugins.LatestTelemetry;
import dev.wharf.protocols.ServerState;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.function.IntSupplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sends a worker's stats and {@code app.state} to the supervisor, every {@link #PERIOD} at most and
 * only when they changed: an idle worker is silent, apart from its memory figures once a second.
 * Runs on its own virtual thread, never on the event loop.
 */
final class TelemetryReporter implements Runnable {

    static final Duration PERIOD = Duration.ofMillis(250);
    private static final Duration MEMORY_PERIOD = Duration.ofSeconds(1);
    private static final Logger log = LoggerFactory.getLogger("wharf.error");

    private final ControlConnection control;
    private final StatsSampler stats;
    private final Map<String, Object> appState;
    private final LatestTelemetry plugins;
    private final Map<String, Object> pluginsSent = new HashMap<>();
    private volatile boolean running = true;
    private WorkerStats lastStats;
    private long lastStatsSent;
    private StateSnapshot.Result lastState;

    /** @param sessions the app's live HTTP sessions, -1 for an app without any (see {@code LoadedApp}) */
    TelemetryReporter(
            ControlConnection control,
            ServerState state,
            Map<String, Object> appState,
            LatestTelemetry plugins,
            IntSupplier sessions) {
        this.control = control;
        this.plugins = plugins;
        this.stats = new StatsSampler(state, sessions);
        this.appState = appState;
    }

    Thread start() {
        return Thread.ofVirtual().name("wharf-telemetry").start(this);
    }

    void stop() {
        running = false;
    }

    /** Sends what changed now, as the last word before the worker reports it is stopping. */
    void flush() {
        report();
    }

    @Override
    public void run() {
        while (running) {
            try {
                report();
                Thread.sleep(PERIOD);
            } catch (InterruptedException e) {
                return;
            } catch (RuntimeException e) {
                // A state that changes while it is read (a map the app mutates) is read again next time.
                log.debug("Telemetry sample failed", e);
            }
        }
    }

    private synchronized void report() {
        WorkerStats now = stats.sample();
        long nowNanos = System.nanoTime();
        boolean trafficChanged = !now.sameCountsAs(lastStats);
        boolean memoryDue = lastStats != null
                && nowNanos - lastStatsSent >= MEMORY_PERIOD.toNanos()
                && (now.heapUsed() != lastStats.heapUsed() || now.rss() != lastStats.rss());
        if (lastStats == null || trafficChanged || memoryDue) {
            control.send(new ControlMessage.Stats(now));
            lastStats = now;
            lastStatsSent = nowNanos;
        }
        for (Map.Entry<String, Object> published : plugins.all().entrySet()) {
            // A plugin publishes a new snapshot object when something changed: identity is enough.
            if (pluginsSent.get(published.getKey()) != published.getValue()) {
                control.send(
                        new ControlMessage.PluginData(published.getKey(), StateSnapshot.value(published.getValue())));
                pluginsSent.put(published.getKey(), published.getValue());
            }
        }
        StateSnapshot.Result state = StateSnapshot.of(appState);
        if (lastState == null || !Objects.equals(state.tree(), lastState.tree())) {
            control.send(new ControlMessage.State(state.tree(), state.cut()));
            lastState = state;
        }
    }
}
