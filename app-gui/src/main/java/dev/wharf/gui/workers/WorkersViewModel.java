package dev.wharf.gui.workers;

import dev.wharf.config.Settings;
import dev.wharf.config.WorkerJit;
import dev.wharf.config.lint.PoolMath;
import dev.wharf.control.LifespanPhase;
import dev.wharf.control.WorkerStats;
import dev.wharf.gui.diagnosis.Diagnosis;
import dev.wharf.gui.fx.BoundedList;
import dev.wharf.gui.inspector.RequestInspectorViewModel;
import dev.wharf.gui.telemetry.TelemetryBatch;
import dev.wharf.supervisor.SupervisorEvent;
import dev.wharf.supervisor.WorkerInfo;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.function.IntConsumer;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The live workers panel: a row per worker (alive or recently exited, as the supervisor reports
 * them), the selected worker's own {@code app.state} as a live tree, its recent log lines, the
 * requests its request inspector kept, and the Kill command. A servlet app's HTTP sessions are
 * counted per worker, as each worker keeps its own in memory, and so are HTTP/2's connections and streams. Rows are updated in place, so
 * selection survives updates; a worker replaced after a kill appears as a new row with a new id in
 * the same slot.
 */
public final class WorkersViewModel {

    /** Log lines kept per worker for the detail pane; the logs view has the long history. */
    static final int RECENT_LINES = 200;

    private static final String RATE = "req/s";
    private static final String RATE_NOTE = "Requests per second this worker served over the last second";

    private final ObservableList<WorkerRow> rows = FXCollections.observableArrayList();
    private final Map<Integer, WorkerRow> byId = new HashMap<>();
    private final ObjectProperty<WorkerRow> selected = new SimpleObjectProperty<>(this, "selected");
    private final ReadOnlyStringWrapper detailTitle =
            new ReadOnlyStringWrapper(this, "detailTitle", "Select a worker to see its own app.state");
    private final ReadOnlyObjectWrapper<Diagnosis> diagnosis = new ReadOnlyObjectWrapper<>(this, "diagnosis");
    private final ReadOnlyBooleanWrapper sessionsShown = new ReadOnlyBooleanWrapper(this, "sessionsShown");
    private final ReadOnlyBooleanWrapper dbPoolsShown = new ReadOnlyBooleanWrapper(this, "dbPoolsShown");
    private final ReadOnlyStringWrapper dbPoolsOpen = new ReadOnlyStringWrapper(this, "dbPoolsOpen", "");
    private final ReadOnlyStringWrapper selectedSessions = new ReadOnlyStringWrapper(this, "selectedSessions");
    private final ReadOnlyBooleanWrapper http2Shown = new ReadOnlyBooleanWrapper(this, "http2Shown");
    private final BoundedList<String> recentLog = new BoundedList<>(RECENT_LINES);
    private final Map<Integer, ArrayDeque<String>> logs = new HashMap<>();
    private final StateTree stateTree = new StateTree();
    private final RequestInspectorViewModel inspector = new RequestInspectorViewModel();
    private final IntConsumer killer;
    private final ReadOnlyStringWrapper rateHeader = new ReadOnlyStringWrapper(this, "rateHeader", RATE);
    private final ReadOnlyStringWrapper rateNote = new ReadOnlyStringWrapper(this, "rateNote", RATE_NOTE);
    private final ReadOnlyStringWrapper dbConnections = new ReadOnlyStringWrapper(this, "dbConnections", "");
    private final ReadOnlyBooleanWrapper dbOverBudget = new ReadOnlyBooleanWrapper(this, "dbOverBudget");
    private final IntConsumer restarter;
    private final BooleanProperty confirmKill = new SimpleBooleanProperty(this, "confirmKill", true);

    /**
     * @param killer    kills a worker by id (the server view model's kill)
     * @param restarter restarts a worker by id, gracefully
     */
    public WorkersViewModel(IntConsumer killer, IntConsumer restarter) {
        this.killer = killer;
        this.restarter = restarter;
        selected.addListener((observable, before, now) -> {
            stateTree.reset();
            showSelected(Instant.now());
            recentLog.clear();
            recentLog.append(now == null ? List.of() : List.copyOf(logs.getOrDefault(now.id(), new ArrayDeque<>())));
        });
    }

    /**
     * The server about to start serves {@code settings}: the requests/s column's header says when
     * its workers run the development JIT, and its tooltip says what that means for the figures.
     */
    public void servingWith(Settings settings) {
        boolean development = WorkerJit.development(settings);
        rateHeader.set(development ? RATE + " · dev" : RATE);
        rateNote.set(development ? WorkerJit.NOTE : RATE_NOTE);
    }

    public ReadOnlyStringProperty rateHeaderProperty() {
        return rateHeader.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty rateNoteProperty() {
        return rateNote.getReadOnlyProperty();
    }

    /**
     * Shows the DB pool arithmetic for {@code workers} workers of {@code settings} ("DB connections: 4
     * workers × 10 = 40 of 100"), and what to change when scaling went past the budget; nothing when
     * the settings give no pool size.
     */
    public void showPoolMath(Settings settings, int workers) {
        Optional<PoolMath> math = settings == null ? Optional.empty() : PoolMath.of(settings, workers);
        dbConnections.set(
                math.map(m -> m.overBudget() ? m.advice() : m.summary()).orElse(""));
        dbOverBudget.set(math.map(PoolMath::overBudget).orElse(false));
    }

    public ReadOnlyStringProperty dbConnectionsProperty() {
        return dbConnections.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty dbOverBudgetProperty() {
        return dbOverBudget.getReadOnlyProperty();
    }

    /** Takes one telemetry batch: rows, the selected worker's state and log. */
    public void accept(TelemetryBatch batch) {
        Set<Integer> present = new HashSet<>();
        for (WorkerInfo worker : batch.snapshot().workers()) {
            present.add(worker.id());
            WorkerRow row = byId.get(worker.id());
            if (row == null) {
                row = new WorkerRow(worker.id());
                byId.put(worker.id(), row);
                rows.add(row);
            }
            row.update(worker, batch.at());
        }
        WorkerRow wasSelected = selected.get();
        rows.removeIf(row -> !present.contains(row.id()));
        if (wasSelected != null && !present.contains(wasSelected.id())) {
            // The selection stays with the slot: the worker that replaced the selected one, else none;
            // never the next row the table would pick (a second click would act on another worker).
            selected.set(rows.stream()
                    .filter(row -> row.info() != null
                            && row.info().slot() == wasSelected.slotProperty().get())
                    .max(Comparator.comparingInt(WorkerRow::id))
                    .orElse(null));
        } else if (wasSelected != null && selected.get() != wasSelected) {
            selected.set(wasSelected);
        }
        byId.keySet().retainAll(present);
        logs.keySet().retainAll(present);
        List<String> selectedLines = new ArrayList<>();
        for (SupervisorEvent event : batch.events()) {
            if (event instanceof SupervisorEvent.Log log && log.line().workerId() > 0) {
                ArrayDeque<String> lines = logs.computeIfAbsent(log.line().workerId(), id -> new ArrayDeque<>());
                lines.addLast(log.line().text());
                if (lines.size() > RECENT_LINES) {
                    lines.removeFirst();
                }
                if (selected.get() != null && selected.get().id() == log.line().workerId()) {
                    selectedLines.add(log.line().text());
                }
            }
        }
        if (selected.get() != null) {
            recentLog.append(selectedLines);
        }
        showSelected(batch.at());
    }

    private void showSelected(Instant now) {
        WorkerRow row = selected.get();
        sessionsShown.set(rows.stream().anyMatch(r -> stats(r).hasSessions()));
        dbPoolsShown.set(rows.stream().anyMatch(r -> !stats(r).dbPools().isEmpty()));
        dbPoolsOpen.set(DbPoolText.total(rows.stream()
                .filter(r -> r.info() != null && r.info().phase().alive())
                .map(r -> stats(r).dbPools())
                .toList()));
        http2Shown.set(rows.stream().anyMatch(r -> stats(r).hasHttp2()));
        selectedSessions.set(row == null || row.info() == null ? null : sessions(row));
        diagnosis.set(row == null || row.info() == null ? null : diagnose(row.info()));
        if (row == null || row.info() == null) {
            detailTitle.set("Select a worker to see its own app.state");
            stateTree.show(null, now);
            inspector.show(null);
            return;
        }
        WorkerInfo info = row.info();
        inspector.show(info);
        detailTitle.set("Worker " + info.id() + " · pid " + info.pid() + " · generation " + info.generation()
                + " — this worker's own app.state" + (info.stateCut() ? " (cut to its size limit)" : ""));
        stateTree.show(info.state(), now);
    }

    /** Why a worker failed or died, from its message and its last lines; {@code null} for a healthy one. */
    private Diagnosis diagnose(WorkerInfo info) {
        boolean failed = info.phase() == LifespanPhase.FAILED
                || info.message() != null
                || (info.lastExitCode() != null && info.lastExitCode() != 0 && info.restarts() > 0);
        if (!failed) {
            return null;
        }
        List<String> lines = List.copyOf(logs.getOrDefault(info.id(), new ArrayDeque<>()));
        if (info.message() == null && info.phase() != LifespanPhase.FAILED) {
            return new Diagnosis(
                    "Replaced " + info.restarts() + (info.restarts() == 1 ? " time" : " times")
                            + " after dying; the last one exited with code " + info.lastExitCode(),
                    "",
                    OptionalInt.empty());
        }
        return Diagnosis.of(info.message(), lines);
    }

    /** Why the selected worker failed, shown in its detail; {@code null} while it is healthy. */
    public ReadOnlyObjectProperty<Diagnosis> diagnosisProperty() {
        return diagnosis.getReadOnlyProperty();
    }

    /** The selected worker's sessions beside all workers' own, or {@code null} when its app has none. */
    private String sessions(WorkerRow selected) {
        WorkerStats own = stats(selected);
        if (!own.hasSessions()) {
            return null;
        }
        int all = rows.stream().mapToInt(r -> Math.max(0, stats(r).sessions())).sum();
        return own.sessions() + (own.sessions() == 1 ? " HTTP session" : " HTTP sessions") + " in this worker, of "
                + all + " in all workers: each worker keeps its own in memory, and a request another worker "
                + "serves does not find them";
    }

    private static WorkerStats stats(WorkerRow row) {
        return row.info() == null || row.info().stats() == null
                ? WorkerStats.NONE
                : row.info().stats();
    }

    /** Kills the selected worker, to watch the supervisor replace it. */
    public void killSelected() {
        WorkerRow row = selected.get();
        if (row != null) {
            killer.accept(row.id());
        }
    }

    /** Restarts the selected worker gracefully: it drains, and a new worker takes its slot. */
    public void restartSelected() {
        WorkerRow row = selected.get();
        if (row != null) {
            restarter.accept(row.id());
        }
    }

    /** Whether Kill asks first; the user can turn it off from the question. */
    public BooleanProperty confirmKillProperty() {
        return confirmKill;
    }

    /** The server stopped for good or a new one starts: nothing of the old workers stays. */
    public void clear() {
        rows.clear();
        byId.clear();
        logs.clear();
        selected.set(null);
        sessionsShown.set(false);
        dbPoolsShown.set(false);
        dbPoolsOpen.set("");
        http2Shown.set(false);
    }

    public ObservableList<WorkerRow> rows() {
        return rows;
    }

    public ObjectProperty<WorkerRow> selectedProperty() {
        return selected;
    }

    public ReadOnlyStringProperty detailTitleProperty() {
        return detailTitle.getReadOnlyProperty();
    }

    /** Whether some worker serves an app with HTTP sessions (a servlet app): the table then counts them. */
    /** The live workers' pools together ("Open now: 8 connections in 2 workers' pools · 3 in use"), or empty. */
    public ReadOnlyStringProperty dbPoolsOpenProperty() {
        return dbPoolsOpen.getReadOnlyProperty();
    }

    /** Whether some worker reports a HikariCP pool: the table's "DB pool" column shows then. */
    public ReadOnlyBooleanProperty dbPoolsShownProperty() {
        return dbPoolsShown.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty sessionsShownProperty() {
        return sessionsShown.getReadOnlyProperty();
    }

    /** Whether some worker has served HTTP/2: the table then counts its connections and streams. */
    public ReadOnlyBooleanProperty http2ShownProperty() {
        return http2Shown.getReadOnlyProperty();
    }

    /** The selected worker's live HTTP sessions against all workers' sessions, in words; {@code null} for none. */
    public ReadOnlyStringProperty selectedSessionsProperty() {
        return selectedSessions.getReadOnlyProperty();
    }

    public StateTree stateTree() {
        return stateTree;
    }
    /** The selected worker's last requests, as its request inspector plugin kept them. */
    public RequestInspectorViewModel inspector() {
        return inspector;
    }

    public ObservableList<String> recentLog() {
        return recentLog;
    }
}
