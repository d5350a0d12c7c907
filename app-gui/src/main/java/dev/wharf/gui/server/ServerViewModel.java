package dev.wharf.gui.server;

import dev.wharf.config.Settings;
import dev.wharf.config.catalog.AppOptions;
import dev.wharf.config.catalog.WorkerOptions;
import dev.wharf.config.setting.Setting;
import dev.wharf.gui.diagnosis.Diagnosis;
import dev.wharf.gui.fx.Format;
import dev.wharf.gui.fx.UiThreads;
import dev.wharf.gui.notices.Notice;
import dev.wharf.gui.notices.NoticesViewModel;
import dev.wharf.gui.telemetry.TelemetryBatch;
import dev.wharf.gui.telemetry.TelemetrySource;
import dev.wharf.supervisor.CompileError;
import dev.wharf.supervisor.ReloadReport;
import dev.wharf.supervisor.ServerStatus;
import dev.wharf.supervisor.SettingsChange;
import dev.wharf.supervisor.Supervisor;
import dev.wharf.supervisor.SupervisorEvent;
import dev.wharf.supervisor.SupervisorSnapshot;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.IntConsumer;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/**
 * The server as the toolbar drives it: start a profile's settings, stop gracefully, restart, reload
 * now, scale, kill a worker, apply settings; and the server's state, address, generation and last
 * reload as properties. Each command runs on the background executor and comes back to the FX
 * thread only to publish; telemetry batches pass through here on their way to the panels.
 * It talks to the supervisor API only.
 */
public final class ServerViewModel {

    private final SupervisorFactory factory;
    private final TelemetrySource telemetry;
    private final UiThreads threads;
    private final Consumer<TelemetryBatch> panels;

    private final ReadOnlyObjectWrapper<ServerStatus> status =
            new ReadOnlyObjectWrapper<>(this, "status", ServerStatus.STOPPED);
    private final ReadOnlyStringWrapper address = new ReadOnlyStringWrapper(this, "address");
    private final ReadOnlyIntegerWrapper generation = new ReadOnlyIntegerWrapper(this, "generation");
    private final ReadOnlyIntegerWrapper workers = new ReadOnlyIntegerWrapper(this, "workers", 1);
    private final ReadOnlyIntegerWrapper spares = new ReadOnlyIntegerWrapper(this, "spares");
    private final ReadOnlyStringWrapper lastReload = new ReadOnlyStringWrapper(this, "lastReload", "");
    private final ReadOnlyObjectWrapper<ReloadReport.Outcome> lastReloadOutcome =
            new ReadOnlyObjectWrapper<>(this, "lastReloadOutcome");
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper(this, "message", "");
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(this, "busy");
    private final ReadOnlyObjectWrapper<Settings> runningSettings =
            new ReadOnlyObjectWrapper<>(this, "runningSettings");
    private final ReadOnlyObjectWrapper<List<Setting<?>>> needRestart =
            new ReadOnlyObjectWrapper<>(this, "needRestart", List.of());
    private final BooleanBinding running;

    private final ServerNotices notices;
    private Supervisor supervisor;
    private AutoCloseable feed;
    private ReloadReport shownReload;

    public ServerViewModel(
            SupervisorFactory factory,
            TelemetrySource telemetry,
            UiThreads threads,
            Consumer<TelemetryBatch> panels,
            NoticesViewModel notices) {
        this.notices = new ServerNotices(notices);
        this.factory = factory;
        this.telemetry = telemetry;
        this.threads = threads;
        this.panels = panels;
        this.running = Bindings.createBooleanBinding(
                () -> status.get() == ServerStatus.STARTING || status.get() == ServerStatus.RUNNING, status);
    }

    /** Starts a server on {@code settings}, closing a previous (stopped or failed) one first. */
    public void start(Settings settings) {
        if (running.get() || busy.get()) {
            return;
        }
        busy.set(true);
        status.set(ServerStatus.STARTING);
        message.set("Starting " + settings.format(AppOptions.APP) + " …");
        Supervisor previous = supervisor;
        AutoCloseable previousFeed = feed;
        threads.background().execute(() -> {
            closeQuietly(previousFeed, previous);
            Supervisor next = null;
            AutoCloseable nextFeed = null;
            try {
                next = factory.create(settings);
                nextFeed = telemetry.follow(next, this::onBatch);
                next.start();
                Supervisor started = next;
                AutoCloseable startedFeed = nextFeed;
                threads.fx().execute(() -> {
                    supervisor = started;
                    feed = startedFeed;
                    runningSettings.set(started.settings());
                    workers.set(started.settings().get(WorkerOptions.WORKERS));
                    needRestart.set(List.of());
                    message.set("");
                    notices.started();
                    busy.set(false);
                });
            } catch (Exception e) {
                Supervisor failed = next;
                AutoCloseable failedFeed = nextFeed;
                Diagnosis why = Diagnosis.of(e.getMessage() == null ? e.toString() : e.getMessage(), List.of());
                Optional<String> owner = why.busyPort().isPresent()
                        ? PortOwner.describe(why.busyPort().getAsInt())
                        : Optional.empty();
                threads.fx().execute(() -> {
                    notices.startFailed(why, owner);
                    supervisor = failed;
                    feed = failedFeed;
                    status.set(ServerStatus.FAILED);
                    message.set(e.getMessage() == null ? e.toString() : e.getMessage());
                    busy.set(false);
                });
            }
        });
    }

    /** Graceful stop; the future completes (on any thread) when every worker has exited. */
    public CompletableFuture<Void> stop() {
        Supervisor current = supervisor;
        if (current == null || !running.get()) {
            return CompletableFuture.completedFuture(null);
        }
        status.set(ServerStatus.STOPPING);
        message.set("Stopping: workers drain and run lifespan shutdown …");
        CompletableFuture<Void> stopped = new CompletableFuture<>();
        threads.background()
                .execute(() -> current.stop().whenComplete((done, error) -> {
                    // The feed's next batch may be a period away: the panels see the stopped workers now,
                    // before the toolbar says "stopped", so the window never shows both at once.
                    TelemetryBatch last = finalBatch(current);
                    threads.fx().execute(() -> {
                        if (last != null && supervisor == current) {
                            onBatch(last);
                        }
                        runningSettings.set(null);
                        message.set(error == null ? "Stopped." : "Stop failed: " + error.getMessage());
                        if (supervisor == current && status.get() == ServerStatus.STOPPING) {
                            status.set(ServerStatus.STOPPED);
                        }
                    });
                    stopped.complete(null);
                }));
        return stopped;
    }

    public void restart() {
        whenRunning(
                "Restarting: a new generation starts, then the old one drains …",
                Supervisor::restart,
                (current, outcome) -> {
                    if (outcome.rolled()) {
                        message.set("Generation " + outcome.generation() + " serves.");
                        needRestart.set(List.of());
                        runningSettings.set(current.settings());
                    } else {
                        message.set("The new generation failed; generation " + outcome.generation() + " keeps serving: "
                                + outcome.message());
                    }
                });
    }

    public void reload() {
        whenRunning("Reloading: compiling what changed …", Supervisor::reload, (current, report) -> {
            showReload(report, Instant.now());
            notices.reloaded(report);
            message.set(ReloadText.of(report));
        });
    }

    /** Runs a long supervisor command off the FX thread and publishes its result (or why it failed) on it. */
    private <T> void whenRunning(
            String doing, Function<Supervisor, CompletableFuture<T>> command, BiConsumer<Supervisor, T> done) {
        Supervisor current = supervisor;
        if (current == null || !running.get()) {
            return;
        }
        message.set(doing);
        threads.background()
                .execute(() -> command.apply(current)
                        .whenComplete((result, error) -> threads.fx().execute(() -> {
                            if (error != null) {
                                message.set("Failed: "
                                        + (error.getCause() != null
                                                ? error.getCause().getMessage()
                                                : error.getMessage()));
                            } else {
                                done.accept(current, result);
                            }
                        })));
    }

    /** Shows {@code notice} as this server's: its own next start replaces it, another profile's never does. */
    public void post(Notice notice) {
        notices.post(notice);
    }

    /** Closes every notice this server posted: its profile is gone. */
    public void clearNotices() {
        notices.clearAll();
    }

    /** What the "use port N+1" action of a busy port's notice does. */
    public void usePortWith(IntConsumer usePort) {
        notices.usePortWith(usePort);
    }

    /** Names the server in its notices (its profile's name), as several may run in one window. */
    public void nameForNotices(Supplier<String> name) {
        notices.nameWith(name);
    }

    /** What clicking a compile error's place in its notice does. */
    public void openSourceWith(Consumer<CompileError> openSource) {
        notices.openSourceWith(openSource);
    }

    /** Adds ({@code +1}) or drains ({@code -1}) workers, never below one. */
    public void scale(int delta) {
        Supervisor current = supervisor;
        int target = Math.max(1, workers.get() + delta);
        if (current == null || !running.get() || target == workers.get()) {
            return;
        }
        workers.set(target);
        threads.background().execute(() -> {
            current.scale(target);
            // The form follows the server's settings: it now shows the scaled count, so Apply keeps it.
            Settings now = current.settings();
            threads.fx().execute(() -> {
                if (supervisor == current && running.get()) {
                    runningSettings.set(now);
                }
            });
        });
    }

    /** Kills a worker at once, as a crash would, to watch the supervisor replace it. */
    public void kill(int workerId) {
        Supervisor current = supervisor;
        if (current != null && running.get()) {
            threads.background().execute(() -> current.kill(workerId));
        }
    }

    /** Restarts one worker gracefully: it drains, then a new worker takes its slot. */
    public void restartWorker(int workerId) {
        Supervisor current = supervisor;
        if (current != null && running.get()) {
            threads.background().execute(() -> current.restartWorker(workerId));
        }
    }

    /**
     * Applies {@code next} to the running server: live settings at once, the rest noted as needing
     * a restart ({@link #needRestartProperty()}); {@code done} gets what happened, on the FX thread.
     */
    public void apply(Settings next, Consumer<SettingsChange> done) {
        Supervisor current = supervisor;
        if (current == null || !running.get()) {
            return;
        }
        threads.background().execute(() -> {
            try {
                SettingsChange change = current.applySettings(next);
                Settings now = current.settings();
                threads.fx().execute(() -> {
                    runningSettings.set(now);
                    workers.set(now.get(WorkerOptions.WORKERS));
                    needRestart.set(change.needRestart());
                    message.set(describe(change));
                    done.accept(change);
                });
            } catch (RuntimeException e) {
                threads.fx().execute(() -> message.set("Apply failed: " + e.getMessage()));
            }
        });
    }

    /** Stops and closes the server for good, as the window closes; blocks, so never on the FX thread. */
    public void shutdown() {
        closeQuietly(feed, supervisor);
    }

    private void onBatch(TelemetryBatch batch) {
        SupervisorSnapshot snapshot = batch.snapshot();
        // A stop in progress stays "stopping" until the supervisor says it has stopped.
        if (!(status.get() == ServerStatus.STOPPING && snapshot.status() == ServerStatus.RUNNING)) {
            status.set(snapshot.status());
        }
        address.set(snapshot.address());
        generation.set(snapshot.generation());
        spares.set(snapshot.status() == ServerStatus.RUNNING ? snapshot.spares() : 0);
        if (snapshot.lastReload() != null && snapshot.lastReload() != shownReload) {
            Instant at = batch.events().stream()
                    .filter(event -> event instanceof SupervisorEvent.Reloaded)
                    .map(SupervisorEvent::at)
                    .reduce((first, last) -> last)
                    .orElse(batch.at());
            showReload(snapshot.lastReload(), at);
            notices.reloaded(snapshot.lastReload());
        }
        notices.accept(batch.events());
        if (!snapshot.pendingRestart().isEmpty() || needRestart.get().isEmpty()) {
            needRestart.set(snapshot.pendingRestart());
        }
        panels.accept(batch);
    }

    /** The server as it is once stopped, without events (the feed still delivers those); null if it cannot say. */
    private static TelemetryBatch finalBatch(Supervisor stopped) {
        try {
            return new TelemetryBatch(stopped.snapshot(), List.of(), 0, Instant.now());
        } catch (RuntimeException e) {
            return null;
        }
    }

    private void showReload(ReloadReport report, Instant at) {
        shownReload = report;
        lastReloadOutcome.set(report.outcome());
        lastReload.set(Format.clock(at) + "  " + ReloadText.of(report));
    }

    private static String describe(SettingsChange change) {
        StringBuilder text = new StringBuilder();
        if (!change.applied().isEmpty()) {
            text.append("Applied live: ").append(flags(change.applied())).append(". ");
        }
        if (!change.needRestart().isEmpty()) {
            text.append("Needs a restart: ").append(flags(change.needRestart())).append('.');
        }
        return text.isEmpty()
                ? "Nothing to apply: the server already runs these settings."
                : text.toString().strip();
    }

    static String flags(List<Setting<?>> settings) {
        return settings.stream().map(Setting::flag).collect(Collectors.joining(", "));
    }

    private static void closeQuietly(AutoCloseable feed, Supervisor supervisor) {
        if (feed != null) {
            try {
                feed.close();
            } catch (Exception e) {
                // The feed only unsubscribes; a supervisor already gone has nothing to unsubscribe from.
            }
        }
        if (supervisor != null) {
            supervisor.close();
        }
    }

    public ReadOnlyObjectProperty<ServerStatus> statusProperty() {
        return status.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty addressProperty() {
        return address.getReadOnlyProperty();
    }

    public ReadOnlyIntegerProperty generationProperty() {
        return generation.getReadOnlyProperty();
    }
    /** The number of workers asked for. */
    public ReadOnlyIntegerProperty workersProperty() {
        return workers.getReadOnlyProperty();
    }

    /** Spare worker JVMs started ahead of the next reload: processes that serve nothing yet. */
    public ReadOnlyIntegerProperty sparesProperty() {
        return spares.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty lastReloadProperty() {
        return lastReload.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<ReloadReport.Outcome> lastReloadOutcomeProperty() {
        return lastReloadOutcome.getReadOnlyProperty();
    }
    /** What the last command did or why it failed, in words. */
    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }
    /** The settings the running server has, or {@code null} when none runs. */
    public ReadOnlyObjectProperty<Settings> runningSettingsProperty() {
        return runningSettings.getReadOnlyProperty();
    }
    /** Settings applied but waiting for a restart. */
    public ReadOnlyObjectProperty<List<Setting<?>>> needRestartProperty() {
        return needRestart.getReadOnlyProperty();
    }
    /** Starting or running: the commands that need a server are enabled. */
    public BooleanBinding runningProperty() {
        return running;
    }

    public boolean isRunning() {
        return running.get();
    }
}
