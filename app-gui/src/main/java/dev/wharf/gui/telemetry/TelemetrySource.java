package dev.wharf.gui.telemetry;

import dev.wharf.supervisor.Supervisor;
import java.util.concurrent.Executor;
import java.util.function.Consumer;

/** How the window follows a supervisor: the coalesced {@link TelemetryFeed} in the app, a hand-fed one in tests. */
@FunctionalInterface
public interface TelemetrySource {

    /** Starts sending {@code supervisor}'s batches to {@code listener}; closing the handle stops it. */
    AutoCloseable follow(Supervisor supervisor, Consumer<TelemetryBatch> listener);

    static TelemetrySource coalesced(Executor fx) {
        return (supervisor, listener) -> TelemetryFeed.start(supervisor, fx, listener);
    }
}
