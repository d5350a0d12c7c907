package dev.wharf.gui.trace;

import dev.wharf.gui.workers.WorkerRow;
import dev.wharf.gui.workers.WorkersViewModel;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.beans.value.ChangeListener;
import javafx.beans.value.ObservableBooleanValue;
import javafx.beans.value.ObservableValue;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.scene.Scene;
import javafx.scene.control.TabPane;

/**
 * Ties the {@link GuiTrace} to a window: marks the first frame, the first frame once the window is
 * interactive, each frame that shows a worker's changed {@code app.state} summary, another
 * panel or another profile, and how late the FX thread runs a task posted every {@link #PROBE_PERIOD_MS} ms. A change counts as shown at
 * the end of the layout pass of the pulse that draws it. Attached only when the trace is on.
 */
public final class WindowTrace {

    static final long PROBE_PERIOD_MS = 100;

    private final GuiTrace trace;
    private final Scene scene;
    private final List<Runnable> atNextFrame = new ArrayList<>();
    /**
     * Held here: a binding is only weakly held by what it observes, so the selected profile's rows and
     * name, mapped from the window's properties, would be collected and stop telling what changes.
     */
    private final ObservableBooleanValue interactive;

    private final ObservableValue<WorkersViewModel> workers;
    private final ObservableValue<String> profile;

    private WindowTrace(
            GuiTrace trace,
            Scene scene,
            ObservableBooleanValue interactive,
            ObservableValue<WorkersViewModel> workers,
            ObservableValue<String> profile) {
        this.trace = trace;
        this.scene = scene;
        this.interactive = interactive;
        this.workers = workers;
        this.profile = profile;
    }

    /**
     * Call on the FX thread just before the stage is shown.
     *
     * @param interactive becomes true once the window can be used (its profiles are loaded)
     * @param workers     the workers panel's model (the selected profile's: it changes with the selection).
     *                    Not its rows: two empty lists are equal, so a change from one to the other
     *                    would not be told, and the new profile's rows never followed.
     * @param profile     the selected profile's name
     */
    public static void attach(
            Scene scene,
            ObservableBooleanValue interactive,
            ObservableValue<WorkersViewModel> workers,
            ObservableValue<String> profile) {
        GuiTrace trace = GuiTrace.get();
        if (!trace.on()) {
            return;
        }
        WindowTrace window = new WindowTrace(trace, scene, interactive, workers, profile);
        scene.addPostLayoutPulseListener(window::afterLayout);
        window.nextFrame(() -> trace.mark("first-frame"));
        ChangeListener<Boolean> ready = (o, before, now) -> {
            if (now) {
                window.nextFrame(() -> trace.mark("interactive"));
            }
        };
        window.interactive.addListener(ready);
        if (scene.lookup("#panels") instanceof TabPane panels) {
            panels.getSelectionModel()
                    .selectedIndexProperty()
                    .addListener((o, before, now) ->
                            window.nextFrame(() -> trace.mark("tab-shown", line -> line.put("tab", now.intValue()))));
        }
        window.profile.subscribe(name -> {
            if (name != null) {
                window.nextFrame(() -> trace.mark("profile-shown", line -> line.put("profile", name)));
            }
        });
        Set<ObservableList<WorkerRow>> followed = Collections.newSetFromMap(new IdentityHashMap<>());
        window.workers.subscribe(panel -> {
            if (panel != null && followed.add(panel.rows())) {
                window.follow(panel.rows());
            }
        });
        window.probeFxThread();
    }

    private void follow(ObservableList<WorkerRow> rows) {
        rows.forEach(this::follow);
        rows.addListener((ListChangeListener<WorkerRow>) change -> {
            while (change.next()) {
                change.getAddedSubList().forEach(this::follow);
            }
        });
    }

    private void follow(WorkerRow row) {
        row.stateSummaryProperty().addListener((o, before, now) -> {
            long pid = row.pidProperty().get();
            nextFrame(
                    () -> trace.mark("state-shown", line -> line.put("pid", pid).put("state", now)));
        });
    }

    private void nextFrame(Runnable mark) {
        atNextFrame.add(mark);
        Platform.requestNextPulse();
    }

    private void afterLayout() {
        if (atNextFrame.isEmpty()) {
            return;
        }
        List<Runnable> due = List.copyOf(atNextFrame);
        atNextFrame.clear();
        due.forEach(Runnable::run);
    }

    private void probeFxThread() {
        ScheduledExecutorService probe = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, "wharf-trace-probe");
            thread.setDaemon(true);
            return thread;
        });
        probe.scheduleAtFixedRate(
                () -> {
                    long posted = System.nanoTime();
                    Platform.runLater(() -> {
                        long lag = (System.nanoTime() - posted) / 1_000_000;
                        trace.mark("fx-lag", line -> line.put("ms", lag));
                    });
                },
                PROBE_PERIOD_MS,
                PROBE_PERIOD_MS,
                TimeUnit.MILLISECONDS);
        scene.windowProperty().addListener((o, before, now) -> {
            if (now == null) {
                probe.shutdownNow();
            }
        });
    }
}
