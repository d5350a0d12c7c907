package dev.wharf.gui.timeline;

import static org.assertj.core.api.Assertions.assertThat;

import dev.wharf.gui.StyledScenes;
import dev.wharf.gui.telemetry.TelemetryBatch;
import dev.wharf.supervisor.SupervisorEvent;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.control.ListCell;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The timeline list, headless and styled as the window has it: rows as tall as their text, newest on top. */
@ExtendWith(ApplicationExtension.class)
class TimelineViewTest {

    private final TimelineViewModel model = new TimelineViewModel();
    private TimelineView view;

    @Start
    void open(Stage stage) {
        view = new TimelineView(model);
        // Styled as the window has it: the theme's cell padding is what the rows are laid out with.
        stage.setScene(StyledScenes.light(view, 800, 400));
        stage.show();
    }

    @Test
    void aMomentIsOneLineTallAndTheNewestShowsWholeAtTheTopAsMomentsKeepComing(FxRobot robot) throws Exception {
        Instant at = Instant.now();
        for (int worker = 1; worker <= 12; worker++) {
            Instant when = at.plusMillis(worker * 100L);
            int id = worker;
            robot.interact(() -> model.accept(new TelemetryBatch(
                    null, List.of(new SupervisorEvent.WorkerSpawned(when, id, 1000L + id, 1)), 0, Instant.now())));
            WaitForAsyncUtils.waitForFxEvents();
        }

        ListCell<?> top = onFx(this::newestCell);
        assertThat(onFx(() -> ((TimelineEntry) top.getItem()).title())).contains("Worker 12");
        Bounds cell = onFx(() -> bounds(top));
        Bounds list = onFx(() -> bounds(view));
        assertThat(cell.getMinY()).as("the top cell starts within the list").isGreaterThanOrEqualTo(list.getMinY());
        double line = onFx(() -> top.lookup(".timeline-time").getLayoutBounds().getHeight());
        assertThat(cell.getHeight()).as("a one-line moment is one line tall").isLessThan(1.6 * line);
    }

    @Test
    void aLongDetailWrapsAndItsRowGrowsToHoldEveryLine(FxRobot robot) throws Exception {
        String detail = "Caused by: java.lang.IllegalStateException: the pool is closed; ".repeat(12);
        robot.interact(() -> model.entries()
                .add(new TimelineEntry(Instant.now(), TimelineEntry.Kind.CRASH, "Worker 1: failed", detail)));
        WaitForAsyncUtils.waitForFxEvents();

        ListCell<?> cell = onFx(this::newestCell);
        Node shown = onFx(() -> cell.lookup(".timeline-detail"));
        Bounds text = onFx(() -> bounds(shown));
        Bounds row = onFx(() -> bounds(cell));
        double line = onFx(() -> cell.lookup(".timeline-time").getLayoutBounds().getHeight());
        assertThat(text.getHeight()).as("it wraps").isGreaterThan(2 * line);
        assertThat(text.getMaxY()).as("every line inside the row").isLessThanOrEqualTo(row.getMaxY());
    }

    /** The cell that shows the first (newest) moment. */
    private ListCell<?> newestCell() {
        return view.lookupAll(".list-cell").stream()
                .map(node -> (ListCell<?>) node)
                .filter(cell -> cell.getIndex() == 0 && !cell.isEmpty())
                .findFirst()
                .orElseThrow();
    }

    private static Bounds bounds(Node node) {
        return node.localToScene(node.getLayoutBounds());
    }

    private static <T> T onFx(Callable<T> query) throws Exception {
        return WaitForAsyncUtils.asyncFx(query).get(10, TimeUnit.SECONDS);
    }
}
