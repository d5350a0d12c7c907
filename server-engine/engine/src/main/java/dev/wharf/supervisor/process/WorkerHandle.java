package dev.wharf.supervisor.process;

import com.fasterxml.jackson.databind.JsonNode;
import dev.wharf.config.Settings;
import dev.wharf.control.ControlConnection;
import dev.wharf.control.ControlMessage;
import dev.wharf.control.LifespanPhase;
import dev.wharf.control.WorkerStats;
import dev.wharf.supervisor.ExitCause;
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
 * The supervisor's record of one worker process: its process, its control channel, its {@link
 * WorkerState} and what it last reported. Only this class writes its fields, each change through
 * one of the methods below, so a worker's state cannot drift from what was done to it. Every field
 * is read and written on the supervisor's thread only; the control channel's callbacks are handed
 * to that thread by {@link #onMessage} and {@link #onClosed}.
 */
final class WorkerHandle implements ControlServer.Endpoint {

    final int id;
    final String token;
    final int restarts;
    final Integer previousExitCode;

    private WorkerState state;
    // A spare gets its slot, generation and settings when a generation adopts it; a worker keeps them.
    private int slot;
    private int generation;
    private Instant spawnedAt = Instant.now();
    /** What it is configured with, its app classpath included. */
    private Settings settings;
    /** The JVM options it was started with, so a spare is adopted only by a generation that wants the same. */
    private List<String> jvmOptions = List.of();

    private Process process;
    private long pid = -1;
    private Channel controlServer;
    private ControlConnection control;
    private String jvm;
    private boolean greeted;
    private LifespanPhase phase = LifespanPhase.STARTING;
    private String message;
    private WorkerStats stats = WorkerStats.NONE;
    private JsonNode appState;
    private boolean appStateCut;
    private final Map<String, JsonNode> plugins = new LinkedHashMap<>();
    private Instant startedAt;
    private Integer exitCode;
    /** Sequence of the ping not yet answered, or 0, and when it was sent. */
    private long pendingPing;

    private long pendingPingSentNanos;

    private final Executor supervisorThread;
    private final BiConsumer<WorkerHandle, ControlMessage> onMessage;
    private final Consumer<WorkerHandle> onClosed;

    /** @param settings null for a spare, which is a {@link WorkerState#SPARE} until a generation adopts it */
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
        this.state = settings == null ? WorkerState.SPARE : WorkerState.STARTING;
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

    // ---- what was done to it, and what it said: its state's transitions ----

    /** Its process runs, listened for on {@code controlServer} until it connects. */
    void launched(Channel controlServer, List<String> jvmOptions, Process process) {
        this.controlServer = controlServer;
        this.jvmOptions = List.copyOf(jvmOptions);
        this.process = process;
        this.pid = process.pid();
    }

    /** Its process could not be started: it is shown as failed, with why. */
    void couldNotLaunch(String why) {
        state = state.exited();
        phase = LifespanPhase.FAILED;
        message = why;
        exitCode = -1;
    }

    void greeted(String jvm) {
        state = state.greeted();
        this.jvm = jvm;
        this.greeted = true;
    }

    /** Whether the process proved it is this worker: its hello came with the token. */
    boolean hasGreeted() {
        return greeted;
    }

    /** A generation takes this spare on as the worker of {@code slot}. */
    void adopted(int slot, int generation, Settings settings) {
        state = state.adopted();
        this.slot = slot;
        this.generation = generation;
        this.settings = settings;
        this.spawnedAt = Instant.now();
    }

    /** Why the supervisor ends it (a kill, a failed health check, a restart), or {@code null}: told when asked. */
    private ExitCause endedFor;

    void endFor(ExitCause cause) {
        endedFor = cause;
    }

    /** Why the supervisor ended it, or {@code null} when it did not ask for a reason of its own. */
    ExitCause endedFor() {
        return endedFor;
    }

    void dropped() {
        state = state.dropped();
    }

    void drained() {
        state = state.drained();
    }

    void forced() {
        state = state.forced();
    }

    /**
     * A lifespan phase it reported. One that reports shutting down untold is stopping by itself.
     *
     * @return false when the phase is not shown: a failed worker keeps showing why it failed
     */
    boolean phaseReported(LifespanPhase reported, String why) {
        if (reported == LifespanPhase.SHUTTING_DOWN && state == WorkerState.RUNNING) {
            state = state.stoppedItself();
        }
        if (phase == LifespanPhase.FAILED && reported == LifespanPhase.STOPPED) {
            return false;
        }
        phase = reported;
        message = why;
        if (reported == LifespanPhase.STARTED) {
            startedAt = Instant.now();
        }
        return true;
    }

    /**
     * Its process ended with {@code code}.
     *
     * @return the state it was in, which says whether the exit was expected
     */
    WorkerState exited(int code) {
        WorkerState before = state;
        state = state.exited();
        exitCode = code;
        if (!before.spare() && phase != LifespanPhase.FAILED) {
            phase = LifespanPhase.STOPPED;
        }
        return before;
    }

    void statsReported(WorkerStats stats) {
        this.stats = stats;
    }

    void appStateReported(JsonNode appState, boolean cut) {
        this.appState = appState;
        this.appStateCut = cut;
    }

    void pluginDataReported(String key, JsonNode data) {
        plugins.put(key, data);
    }

    void pingSent(long sequence, long sentNanos) {
        pendingPing = sequence;
        pendingPingSentNanos = sentNanos;
    }

    void pongReceived(long sequence) {
        if (sequence == pendingPing) {
            pendingPing = 0;
        }
    }

    /** The ping went unanswered for too long: the worker is killed, not asked again. */
    void pingAbandoned() {
        pendingPing = 0;
    }

    // ---- what it is ----

    void send(ControlMessage message) {
        if (control != null && control.channel().isActive()) {
            control.send(message);
        }
    }

    /** Stops listening for its control connection, if it never came. */
    void closeControlServer() {
        if (controlServer != null) {
            controlServer.close();
        }
    }

    WorkerState state() {
        return state;
    }

    boolean alive() {
        return state.alive();
    }

    int slot() {
        return slot;
    }

    int generation() {
        return generation;
    }

    Settings settings() {
        return settings;
    }

    List<String> jvmOptions() {
        return jvmOptions;
    }

    /** Null until launched. */
    Process process() {
        return process;
    }

    long pid() {
        return pid;
    }

    /** Null until it connects. */
    ControlConnection control() {
        return control;
    }

    LifespanPhase phase() {
        return phase;
    }

    String message() {
        return message;
    }

    Integer exitCode() {
        return exitCode;
    }

    long pendingPing() {
        return pendingPing;
    }

    long pendingPingSentNanos() {
        return pendingPingSentNanos;
    }

    /** It completed lifespan startup at some point. */
    boolean hasStarted() {
        return startedAt != null;
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
                appState,
                appStateCut,
                spawnedAt,
                startedAt,
                restarts,
                exitCode != null ? exitCode : previousExitCode,
                jvm,
                plugins);
    }
}
