package dev.wharf.gui.timeline;

import dev.wharf.control.LifespanPhase;
import dev.wharf.gui.fx.Format;
import dev.wharf.gui.reloads.ReloadsViewModel;
import dev.wharf.gui.server.ReloadText;
import dev.wharf.gui.telemetry.TelemetryBatch;
import dev.wharf.gui.timeline.TimelineEntry.Kind;
import dev.wharf.supervisor.ExitCause;
import dev.wharf.supervisor.ReloadDecision;
import dev.wharf.supervisor.ReloadReport;
import dev.wharf.supervisor.SupervisorEvent;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The timeline: the moments of a server's life, newest first — lifespan steps, reloads with their
 * compile and startup times, crashes with the worker's last lines, replacements, generations,
 * scaling and applied settings. Telemetry (stats, state, log lines) is not a moment and stays out.
 */
public final class TimelineViewModel {

    public static final int CAPACITY = 2_000;

    private final ObservableList<TimelineEntry> entries = FXCollections.observableArrayList();
    /** Each worker's last reported request total: a recycled worker's entry says after how many it went. */
    private final Map<Integer, Long> requests = new HashMap<>();
    /** The "Why did this reload?" view reads the same batches. */
    private final ReloadsViewModel reloads = new ReloadsViewModel();

    public void accept(TelemetryBatch batch) {
        reloads.accept(batch);
        List<TimelineEntry> added = new ArrayList<>();
        for (SupervisorEvent event : batch.events()) {
            if (event instanceof SupervisorEvent.WorkerStatsChanged stats && stats.stats() != null) {
                requests.put(stats.workerId(), stats.stats().totalRequests());
            }
            TimelineEntry entry = event instanceof SupervisorEvent.WorkerExited exited
                    ? exited(exited, requests.remove(exited.workerId()))
                    : entryFor(event);
            if (entry != null) {
                added.add(entry);
            }
        }
        if (added.isEmpty()) {
            return;
        }
        Collections.reverse(added);
        entries.addAll(0, added);
        if (entries.size() > CAPACITY) {
            entries.remove(CAPACITY, entries.size());
        }
    }

    static TimelineEntry entryFor(SupervisorEvent event) {
        return switch (event) {
            case SupervisorEvent.ServerStarted e ->
                new TimelineEntry(e.at(), Kind.SERVER, "Server started on " + e.address(), "");
            case SupervisorEvent.ServerStopped e -> new TimelineEntry(e.at(), Kind.SERVER, "Server stopped", "");
            case SupervisorEvent.ServerFailed e ->
                new TimelineEntry(e.at(), Kind.CRASH, "Server failed: " + e.message(), "");
            case SupervisorEvent.WorkerSpawned e ->
                new TimelineEntry(
                        e.at(),
                        Kind.LIFESPAN,
                        "Worker " + e.workerId() + " spawned (pid " + e.pid() + ", generation " + e.generation() + ")",
                        "");
            case SupervisorEvent.WorkerPhaseChanged e ->
                new TimelineEntry(
                        e.at(),
                        e.phase() == LifespanPhase.FAILED ? Kind.CRASH : Kind.LIFESPAN,
                        "Worker " + e.workerId() + ": " + phase(e.phase())
                                + (e.message() == null ? "" : ": " + e.message()),
                        "");
            case SupervisorEvent.WorkerExited e -> exited(e, null);
            case SupervisorEvent.WorkerReplaced e ->
                new TimelineEntry(
                        e.at(),
                        Kind.RESTART,
                        "Worker " + e.oldWorkerId() + " replaced by worker " + e.newWorkerId() + " after "
                                + e.backoffMillis() + " ms",
                        "");
            case SupervisorEvent.CrashLoop e ->
                new TimelineEntry(
                        e.at(),
                        Kind.CRASH,
                        "Slot " + e.slot() + " failed startup " + e.failures()
                                + " times: not respawned until a restart or reload",
                        String.join("\n", e.lastLines()));
            case SupervisorEvent.Scaled e ->
                new TimelineEntry(e.at(), Kind.SCALE, "Workers " + e.from() + " → " + e.to(), "");
            case SupervisorEvent.SettingsApplied e -> new TimelineEntry(e.at(), Kind.SETTINGS, settings(e), "");
            case SupervisorEvent.GenerationStarting e ->
                new TimelineEntry(
                        e.at(),
                        Kind.RESTART,
                        "Generation " + e.generation() + " starting"
                                + (e.reason() == null ? "" : " (" + e.reason() + ")"),
                        "");
            case SupervisorEvent.GenerationRolled e ->
                new TimelineEntry(
                        e.at(),
                        Kind.RESTART,
                        "Generation " + e.to() + " serves; generation " + e.from() + " drains",
                        "");
            case SupervisorEvent.GenerationFailed e ->
                new TimelineEntry(
                        e.at(),
                        Kind.CRASH,
                        "Generation " + e.generation() + " failed startup; the previous one keeps serving: "
                                + e.message(),
                        "");
            case SupervisorEvent.Reloaded e ->
                new TimelineEntry(
                        e.at(),
                        e.report().outcome() == ReloadReport.Outcome.RELOADED ? Kind.RELOAD : Kind.CRASH,
                        ReloadText.of(e.report()),
                        reloadDetail(e.report()));
            case SupervisorEvent.WorkerStatsChanged e -> null;
            case SupervisorEvent.WorkerStateChanged e -> null;
            case SupervisorEvent.WorkerPluginData e -> null;
            case SupervisorEvent.Log e -> null;
        };
    }

    /**
     * A worker's end, told by its cause: what the user asked for (a kill, a restart) is no crash.
     *
     * @param served the requests it had served, when known
     */
    static TimelineEntry exited(SupervisorEvent.WorkerExited e, Long served) {
        String worker = "Worker " + e.workerId() + " (pid " + e.pid() + ")";
        String lastLines = String.join("\n", e.lastLines());
        return switch (e.cause() == null ? (e.expected() ? ExitCause.STOPPED : ExitCause.CRASHED) : e.cause()) {
            case KILLED ->
                new TimelineEntry(e.at(), Kind.RESTART, worker + " killed by you (exit " + e.exitCode() + ")", "");
            case RESTARTED ->
                new TimelineEntry(
                        e.at(), Kind.RESTART, worker + " restarted by you: drained, a new worker takes its slot", "");
            case HEALTH_CHECK ->
                new TimelineEntry(
                        e.at(),
                        Kind.CRASH,
                        worker + " replaced after failing its health check (exit " + e.exitCode() + ")",
                        lastLines);
            case RECYCLED ->
                new TimelineEntry(
                        e.at(),
                        Kind.RESTART,
                        worker + " recycled"
                                + (served == null ? " after its request limit" : " after " + served + " requests"),
                        "");
            case STOPPED ->
                new TimelineEntry(e.at(), Kind.LIFESPAN, worker + " exited (code " + e.exitCode() + ")", "");
            case CRASHED ->
                new TimelineEntry(e.at(), Kind.CRASH, worker + " crashed (exit " + e.exitCode() + ")", lastLines);
        };
    }

    private static String phase(LifespanPhase phase) {
        return switch (phase) {
            case STARTING -> "starting";
            case STARTED -> "startup complete";
            case FAILED -> "startup failed";
            case SHUTTING_DOWN -> "shutting down";
            case STOPPED -> "stopped";
        };
    }

    private static String settings(SupervisorEvent.SettingsApplied e) {
        String live = e.applied().stream().map(Object::toString).collect(Collectors.joining(", "));
        String later = e.needRestart().stream().map(Object::toString).collect(Collectors.joining(", "));
        return (live.isEmpty() ? "" : "Applied live: " + live)
                + (live.isEmpty() || later.isEmpty() ? "" : "; ")
                + (later.isEmpty() ? "" : "needs a restart: " + later);
    }

    private static String reloadDetail(ReloadReport report) {
        StringBuilder detail = new StringBuilder();
        if (!report.trigger().isEmpty()) {
            detail.append("Changed: ").append(String.join(", ", report.trigger()));
        }
        ReloadDecision decision = report.decision();
        if (!decision.changedClasses().isEmpty()) {
            line(detail, "Classes changed: " + String.join(", ", decision.changedClasses()));
        }
        switch (decision.kind()) {
            case SWAPPED -> {
                line(
                        detail,
                        "Why no restart: only method bodies changed, so they were swapped into the running workers");
                decision.workers()
                        .forEach(w -> line(
                                detail,
                                "Worker " + w.workerId() + ": " + w.redefined() + " redefined in "
                                        + Format.seconds(w.time())));
            }
            case ROLLED ->
                line(
                        detail,
                        decision.reason() == null
                                ? "Why a new generation: --reload-mode restart, or nothing to swap"
                                : "Why a new generation: " + decision.reason());
            case NONE -> {
                // failed before deciding: the errors below say why
            }
        }
        report.compileErrors().forEach(error -> line(detail, error.toString()));
        return detail.toString();
    }

    private static void line(StringBuilder detail, String text) {
        detail.append(detail.isEmpty() ? "" : "\n").append(text);
    }

    public void clear() {
        reloads.clear();
        entries.clear();
        requests.clear();
    }

    /** The last reloads and why each happened, from the same events. */
    public ReloadsViewModel reloads() {
        return reloads;
    }

    /** Newest first. */
    public ObservableList<TimelineEntry> entries() {
        return entries;
    }

    /** How the timeline writes a moment's time. */
    public static String time(TimelineEntry entry) {
        return Format.clockMillis(entry.at());
    }
}
