package dev.wharf.supervisor.process;

import com.fasterxml.jackson.databind.JsonNode;
import dev.wharf.config.Settings;
import dev.wharf.control.ControlConnection;
import dev.wharf.control.ControlMessage;
import dev.wharf.control.LifespanPhase;
import dev.wharf.control.WorkerStats;
import dev.wharf.supervisor.WorkerInfo;
import io.netty.channel.Channel;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executor;
import java.util.function.BiConsumer;
import java.util.function.Consumer;

/**
 * The supervisor's record of one worker process: its process, its control channel and what it last
 * reported. Every field is read and written on the supervisor's thread only; the control channel's
 * callbacks are handed to that thread by {@link #onMessage} and {@link #onClosed}.
 */
final class WorkerHandle implements ControlServer.Endpoint {

    final int id;
    // A spare gets its slot, generation and settings when a generation adopts it; a worker keeps them.
    int slot;
    int generation;
    final String token;
    Instant spawnedAt = Instant.now();
    final int restarts;
    final Integer previousExitCode;
    /** What it is configured with, its app classpath included. */
    Settings settings;
    /** Started ahead of need, waiting for a generation to adopt it: not one of the server's workers yet. */
    boolean spare;
    /** The JVM options it was started with, so a spare is adopted only by a generation that wants the same. */
    List<String> jvmOptions = List.of();
    /** Its hello arrived: it can be handed the socket and its settings. */
    boolean greeted;

    Process process;
    long pid = -1;
    Channel controlServer;
    ControlConnection control;
    String jvm;
    LifespanPhase phase = LifespanPhase.STARTING;
    String message;
    WorkerStats stats = WorkerStats.NONE;
    JsonNode state;
    boolean stateCut;
    final Map<String, JsonNode> plugins = new LinkedHashMap<>();
    Instant startedAt;
    Integer exitCode;
    /** The supervisor asked it to end (drain, scale down, stop, a generation rolled): its exit is no crash. */
    boolean exitExpected;
    /** It began shutting down by itself (its request limit): a clean exit, replaced without backoff. */
    boolean stoppedItself;
    /** Sequence and send time of the ping not yet answered, or 0. */
    long pendingPing;

    long pendingPingSentNanos;

    private final Executor supervisorThread;
    private final BiConsumer<WorkerHandle, ControlMessage> onMessage;
    private final Consumer<WorkerHandle> onClosed;

    WorkerHandle(
            int id,
            int slot,
            int generation,
            String token,
            int restarts,
            Integer previousExitCode,
            Settings settings,
            Executor supervisorThread,
            BiConsumer<WorkerHandle, ControlMessage> onMessage,
            Consumer<WorkerHandle> onClosed) {
        this.id = id;
        this.slot = slot;
        this.generation = generation;
        this.token = token;
        this.restarts = restarts;
        this.previousExitCode = previousExitCode;
        this.settings = settings;
        this.supervisorThread = supervisorThread;
        this.onMessage = onMessage;
        this.onClosed = onClosed;
    }

    @Override
    public void attach(ControlConnection connection) {
        supervisorThread.execute(() -> control = connection);
    }

    @Override
    public void onMessage(ControlMessage message) {
        supervisorThread.execute(() -> onMessage.accept(this, message));
    }

    @Override
    public void onClosed() {
        supervisorThread.execute(() -> onClosed.accept(this));
    }

    void send(ControlMessage message) {
        if (control != null && control.channel().isActive()) {
            control.send(message);
        }
    }

    boolean alive() {
        return exitCode == null;
    }

    /** How long it has served since startup completed. */
    Duration servedFor() {
        return startedAt == null ? Duration.ZERO : Duration.between(startedAt, Instant.now());
    }

    WorkerInfo info() {
        return new WorkerInfo(
                id,
                slot,
                pid,
                generation,
                phase,
                message,
                stats,
                state,
                stateCut,
                spawnedAt,
                startedAt,
                restarts,
                exitCode != null ? exitCode : previousExitCode,
                jvm,
                plugins);
    }
}
