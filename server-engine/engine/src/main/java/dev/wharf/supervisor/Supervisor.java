package dev.wharf.supervisor;

import dev.wharf.config.Settings;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;

/**
 * The supervisor API: what the GUI and the CLI use to run an app on worker processes, and all
 * they may use. It spawns, watches and replaces workers that share one listening socket, applies
 * settings, scales, restarts and reloads, and reports everything as {@link SupervisorEvent}s and
 * {@link SupervisorSnapshot}s. Every method may be called from any thread and none blocks on a
 * worker: long operations return futures.
 */
public interface Supervisor extends AutoCloseable {

    /**
     * Binds the socket and spawns the workers. Returns once they are spawned; their startup is
     * reported by events.
     *
     * @throws SupervisorException when the socket cannot be bound or the settings cannot be served
     */
    void start() throws SupervisorException;

    /** Graceful stop: every worker drains and runs lifespan shutdown; completes when all have exited. */
    CompletableFuture<Void> stop();

    /** Rolls a new generation with the current settings, those waiting for a restart included. */
    CompletableFuture<GenerationOutcome> restart();

    /** Compiles what changed, then rolls a new generation (as a file change does with reload on). */
    CompletableFuture<ReloadReport> reload();

    /** Adds or drains workers until {@code workers} serve. */
    void scale(int workers);

    /** Kills a worker at once (SIGKILL), as a crash would; the supervisor replaces it. */
    void kill(int workerId);

    /**
     * Restarts one worker gracefully: it drains (finishes its requests, runs lifespan shutdown) and
     * a new worker takes its slot. A worker of an older generation, one already stopping, or an
     * unknown id is left as it is.
     */
    void restartWorker(int workerId);

    /**
     * Applies new settings: live ones at once in every worker, supervisor ones (workers, reload) by
     * the supervisor, and the rest at the next restart.
     */
    SettingsChange applySettings(Settings next);

    /** The settings in effect (live changes included). */
    Settings settings();

    SupervisorSnapshot snapshot();

    /** The last lines each worker wrote (bounded per worker), oldest first, the supervisor's own lines as worker 0. */
    List<LogLine> logs();

    /** Subscribes to every event from now on; the returned handle unsubscribes. */
    AutoCloseable subscribe(Consumer<SupervisorEvent> listener);

    /** Stops (if running) and waits for every worker to exit. */
    @Override
    void close();
}
