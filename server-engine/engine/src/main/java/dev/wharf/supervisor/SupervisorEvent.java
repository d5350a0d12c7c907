package dev.wharf.supervisor;

import com.fasterxml.jackson.databind.JsonNode;
import dev.wharf.config.setting.Setting;
import dev.wharf.control.LifespanPhase;
import dev.wharf.control.WorkerStats;
import java.time.Instant;
import java.util.List;

/**
 * What happens to a supervised server, in the order it happens. Listeners get every event on the
 * supervisor's own thread and must hand slow work elsewhere (the GUI coalesces them onto its thread).
 */
public sealed interface SupervisorEvent {

    Instant at();

    /** The socket is bound and the first workers are spawned. */
    record ServerStarted(Instant at, String address) implements SupervisorEvent {}

    /** Every worker has exited and the socket is closed. */
    record ServerStopped(Instant at) implements SupervisorEvent {}

    /** Nothing can serve: the message says why (bind failure, every worker failing startup). */
    record ServerFailed(Instant at, String message) implements SupervisorEvent {}

    record WorkerSpawned(Instant at, int workerId, long pid, int generation) implements SupervisorEvent {}

    /** The worker's lifespan moved on; {@code message} is the app's failure message for {@link LifespanPhase#FAILED}. */
    record WorkerPhaseChanged(Instant at, int workerId, LifespanPhase phase, String message)
            implements SupervisorEvent {}

    record WorkerStatsChanged(Instant at, int workerId, WorkerStats stats) implements SupervisorEvent {}

    record WorkerStateChanged(Instant at, int workerId, JsonNode state, boolean cut) implements SupervisorEvent {}

    /** A plugin of the worker published something new under {@code key}. */
    record WorkerPluginData(Instant at, int workerId, String key, JsonNode data) implements SupervisorEvent {}

    /**
     * A worker's process ended.
     *
     * @param expected  whether the supervisor asked for it (drain, scale down, max requests) rather than a crash or a kill
     * @param lastLines the worker's last log lines, for a post-mortem
     * @param cause     why it ended, as far as the supervisor knows
     */
    record WorkerExited(
            Instant at, int workerId, long pid, int exitCode, boolean expected, List<String> lastLines, ExitCause cause)
            implements SupervisorEvent {}

    /** A dead worker's slot is filled again, after {@code backoffMillis}. */
    record WorkerReplaced(Instant at, int oldWorkerId, int newWorkerId, long backoffMillis)
            implements SupervisorEvent {}

    /** A slot's workers keep dying at startup: the supervisor stops respawning it until a restart or reload. */
    record CrashLoop(Instant at, int slot, int failures, List<String> lastLines) implements SupervisorEvent {}

    record Scaled(Instant at, int from, int to) implements SupervisorEvent {}

    record SettingsApplied(Instant at, List<Setting<?>> applied, List<Setting<?>> needRestart)
            implements SupervisorEvent {}

    /** A new generation of workers is starting (restart or reload). */
    record GenerationStarting(Instant at, int generation, String reason) implements SupervisorEvent {}

    /** The new generation serves and the old one is draining. */
    record GenerationRolled(Instant at, int from, int to) implements SupervisorEvent {}

    /** The new generation failed startup; the old one keeps serving. */
    record GenerationFailed(Instant at, int generation, String message) implements SupervisorEvent {}

    record Reloaded(Instant at, ReloadReport report) implements SupervisorEvent {}

    record Log(Instant at, LogLine line) implements SupervisorEvent {}
}
