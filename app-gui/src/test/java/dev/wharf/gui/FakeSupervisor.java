package dev.wharf.gui;

import com.fasterxml.jackson.databind.JsonNode;
import dev.wharf.config.Settings;
import dev.wharf.config.catalog.WorkerOptions;
import dev.wharf.config.setting.Setting;
import dev.wharf.control.LifespanPhase;
import dev.wharf.control.WorkerStats;
import dev.wharf.supervisor.GenerationOutcome;
import dev.wharf.supervisor.LogLine;
import dev.wharf.supervisor.ReloadReport;
import dev.wharf.supervisor.ServerStatus;
import dev.wharf.supervisor.SettingsChange;
import dev.wharf.supervisor.Supervisor;
import dev.wharf.supervisor.SupervisorEvent;
import dev.wharf.supervisor.SupervisorException;
import dev.wharf.supervisor.SupervisorSnapshot;
import dev.wharf.supervisor.WorkerInfo;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

/**
 * A supervisor for view-model tests: no processes, a snapshot the test sets, events the test emits,
 * and a record of the commands it was given. It keeps the API's promises (stop completes, applied
 * settings become the settings in effect, live ones split from restart ones by the model's own mark).
 */
public final class FakeSupervisor implements Supervisor {

    private final List<Consumer<SupervisorEvent>> listeners = new CopyOnWriteArrayList<>();
    public final List<String> commands = new CopyOnWriteArrayList<>();
    private volatile Settings settings;
    private volatile SupervisorSnapshot snapshot = SupervisorSnapshot.STOPPED;
    public volatile ReloadReport nextReload;
    /** Why {@link #start()} fails, as the real supervisor says it; {@code null} to start. */
    public volatile String startFailure;

    public FakeSupervisor(Settings settings) {
        this.settings = settings;
    }

    public static WorkerInfo worker(int id, int slot, LifespanPhase phase, WorkerStats stats, JsonNode state) {
        return new WorkerInfo(
                id,
                slot,
                4000 + id,
                1,
                phase,
                null,
                stats,
                state,
                false,
                Instant.now().minusSeconds(5),
                phase == LifespanPhase.STARTED ? Instant.now().minusSeconds(4) : null,
                0,
                null,
                "Java 25",
                Map.of());
    }

    /** A worker serving an app without sessions (ASGI). */
    public static WorkerStats stats(int active, long total) {
        return stats(active, total, -1);
    }

    /** A worker serving a servlet app that holds {@code sessions} live HTTP sessions (-1: an app without). */
    public static WorkerStats stats(int active, long total, int sessions) {
        return new WorkerStats(
                Instant.now(),
                active,
                total,
                0,
                total,
                0,
                0,
                0,
                0,
                0,
                40L << 20,
                120L << 20,
                sessions,
                -1,
                List.of(),
                List.of(),
                List.of(),
                0,
                0,
                0);
    }

    public void workers(WorkerInfo... workers) {
        snapshot = new SupervisorSnapshot(
                ServerStatus.RUNNING, "http://127.0.0.1:8000", 1, List.of(workers), snapshot.lastReload(), List.of());
    }

    public void snapshot(SupervisorSnapshot next) {
        snapshot = next;
    }

    public void emit(SupervisorEvent event) {
        listeners.forEach(listener -> listener.accept(event));
    }

    public void log(int workerId, String text) {
        emit(new SupervisorEvent.Log(
                Instant.now(), new LogLine(workerId, 4000 + workerId, LogLine.Stream.STDERR, text, Instant.now())));
    }

    @Override
    public void start() throws SupervisorException {
        commands.add("start");
        if (startFailure != null) {
            throw new SupervisorException(startFailure, null);
        }
        snapshot = new SupervisorSnapshot(
                ServerStatus.RUNNING, "http://127.0.0.1:8000", 1, snapshot.workers(), null, List.of());
        emit(new SupervisorEvent.ServerStarted(Instant.now(), "http://127.0.0.1:8000"));
    }

    @Override
    public CompletableFuture<Void> stop() {
        commands.add("stop");
        snapshot = SupervisorSnapshot.STOPPED;
        emit(new SupervisorEvent.ServerStopped(Instant.now()));
        return CompletableFuture.completedFuture(null);
    }

    @Override
    public CompletableFuture<GenerationOutcome> restart() {
        commands.add("restart");
        return CompletableFuture.completedFuture(new GenerationOutcome(2, true, null));
    }

    @Override
    public CompletableFuture<ReloadReport> reload() {
        commands.add("reload");
        return CompletableFuture.completedFuture(nextReload);
    }

    @Override
    public void scale(int workers) {
        commands.add("scale " + workers);
        settings = settings.with(WorkerOptions.WORKERS, workers);
    }

    @Override
    public void kill(int workerId) {
        commands.add("kill " + workerId);
    }

    @Override
    public void restartWorker(int workerId) {
        commands.add("restart worker " + workerId);
    }

    @Override
    public SettingsChange applySettings(Settings next) {
        List<Setting<?>> live = new ArrayList<>();
        List<Setting<?>> restart = new ArrayList<>();
        for (Setting<?> changed : settings.differences(next)) {
            (changed.apply().live() ? live : restart).add(changed);
        }
        commands.add("apply " + live + " restart " + restart);
        settings = next;
        return new SettingsChange(live, restart);
    }

    @Override
    public Settings settings() {
        return settings;
    }

    @Override
    public SupervisorSnapshot snapshot() {
        return snapshot;
    }

    @Override
    public List<LogLine> logs() {
        return List.of();
    }

    @Override
    public AutoCloseable subscribe(Consumer<SupervisorEvent> listener) {
        listeners.add(listener);
        return () -> listeners.remove(listener);
    }

    @Override
    public void close() {
        commands.add("close");
    }
}
