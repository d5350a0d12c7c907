package dev.wharf.gui.reloads;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.offset;

import dev.wharf.gui.telemetry.TelemetryBatch;
import dev.wharf.supervisor.CompileError;
import dev.wharf.supervisor.ReloadDecision;
import dev.wharf.supervisor.ReloadReport;
import dev.wharf.supervisor.SupervisorEvent;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The "Why did this reload?" view, headless: the reloads the supervisor reported are listed newest
 * first with what was done and why, and the selected one's files, classes and times show below.
 */
@ExtendWith(ApplicationExtension.class)
class ReloadsViewTest {

    private final ReloadsViewModel model = new ReloadsViewModel();

    @Start
    void open(Stage stage) {
        stage.setScene(new Scene(new ReloadsView(model), 1000, 600));
        stage.show();
    }

    @Test
    void columnsKeepTheirWidthInANarrowWindowAndWhyTakesWhatAWideOneHasLeft(FxRobot robot) throws Exception {
        TableView<?> table = robot.lookup("#reloads-table").queryAs(TableView.class);
        robot.interact(() -> table.getScene().getWindow().setWidth(1400));
        WaitForAsyncUtils.waitForFxEvents();
        // Wide: Why fills the table, less room for a vertical scroll bar.
        double others = onFx(() -> table.getColumns().stream()
                .limit(table.getColumns().size() - 1)
                .mapToDouble(column -> column.getWidth())
                .sum());
        double why = onFx(() -> table.getColumns().getLast().getWidth());
        assertThat(others + why).isCloseTo(onFx(table::getWidth) - 20, offset(2.0));

        robot.interact(() -> table.getScene().getWindow().setWidth(600));
        WaitForAsyncUtils.waitForFxEvents();

        // Narrow: no column is squeezed below the width its title needs; the table scrolls sideways.
        assertThat(onFx(() ->
                        table.getColumns().stream().allMatch(column -> column.getWidth() >= column.getMinWidth())))
                .isTrue();
        assertThat(onFx(() -> table.getColumns().stream()
                        .mapToDouble(column -> column.getWidth())
                        .sum()))
                .isGreaterThan(onFx(table::getWidth));
    }

    @Test
    void reloadsAreListedNewestFirstAndTheChosenOneSaysWhyItRolledOrSwapped(FxRobot robot) throws Exception {
        Instant at = Instant.now();
        robot.interact(() -> model.accept(batch(
                new SupervisorEvent.GenerationStarting(at, 3, "reload"),
                new SupervisorEvent.Reloaded(
                        at.plusMillis(600),
                        report(
                                List.of("demo/Greeting.java"),
                                ReloadReport.Outcome.RELOADED,
                                ReloadDecision.rolled(
                                        "`Greeting` gained a field `suffix`: a field cannot be added to a loaded class",
                                        1,
                                        List.of("demo.Greeting")))))));
        robot.interact(() -> model.accept(batch(new SupervisorEvent.Reloaded(
                at.plusSeconds(5),
                report(
                        List.of("demo/Greeting.java", "demo/Page.java"),
                        ReloadReport.Outcome.RELOADED,
                        new ReloadDecision(
                                ReloadDecision.Kind.SWAPPED,
                                null,
                                2,
                                List.of("demo.Greeting", "demo.Page"),
                                List.of(
                                        new ReloadDecision.WorkerSwap(1, 101, Duration.ofNanos(800_000L), 2),
                                        new ReloadDecision.WorkerSwap(2, 102, Duration.ofNanos(1_100_000L), 2)),
                                Duration.ofNanos(3_100_000L)))))));

        TableView<?> table = robot.lookup("#reloads-table").queryAs(TableView.class);
        assertThat(onFx(() -> table.getItems().size())).isEqualTo(2);
        assertThat(text(robot, "#reload-decision")).isEqualTo("Hot-swapped 2 classes in 3.1 ms");
        assertThat(text(robot, "#reload-reason"))
                .startsWith("Only method bodies changed")
                .contains("in each of the 2 running workers");
        assertThat(text(robot, "#reload-files")).isEqualTo("demo/Greeting.java\ndemo/Page.java");
        assertThat(text(robot, "#reload-classes")).isEqualTo("2 compiled; changed: demo.Greeting, demo.Page");
        assertThat(text(robot, "#reload-compile")).isEqualTo("120 ms");
        assertThat(text(robot, "#reload-swaps")).isEqualTo("#1 0.8 ms, #2 1.1 ms");
        assertThat(text(robot, "#reload-state")).isEqualTo("kept");

        robot.clickOn("Rolled generation 3");

        assertThat(text(robot, "#reload-decision")).isEqualTo("Rolled generation 3");
        assertThat(text(robot, "#reload-reason"))
                .isEqualTo("`Greeting` gained a field `suffix`: a field cannot be added to a loaded class,"
                        + " so new workers were started.");
        assertThat(text(robot, "#reload-swaps")).isEqualTo("—");
        assertThat(text(robot, "#reload-state")).isEqualTo("reset");
    }

    @Test
    void aCompileErrorSaysTheLastGoodCodeKeepsServing(FxRobot robot) throws Exception {
        CompileError error = new CompileError("demo/Greeting.java", 4, 9, "';' expected");
        robot.interact(() -> model.accept(batch(new SupervisorEvent.Reloaded(
                Instant.now(),
                new ReloadReport(
                        List.of("demo/Greeting.java"),
                        Duration.ofMillis(90),
                        Duration.ZERO,
                        Duration.ofMillis(95),
                        ReloadReport.Outcome.COMPILE_FAILED,
                        List.of(error),
                        null)))));

        assertThat(text(robot, "#reload-decision")).isEqualTo("Compile failed");
        assertThat(text(robot, "#reload-reason"))
                .startsWith("The sources did not compile (1 error)")
                .contains("the last good code keeps serving")
                .contains(error.toString());
    }

    private static ReloadReport report(List<String> files, ReloadReport.Outcome outcome, ReloadDecision decision) {
        return new ReloadReport(
                files,
                Duration.ofMillis(120),
                Duration.ZERO,
                Duration.ofMillis(140),
                outcome,
                List.of(),
                null,
                decision);
    }

    private static TelemetryBatch batch(SupervisorEvent... events) {
        return new TelemetryBatch(null, List.of(events), 0, Instant.now());
    }

    private static String text(FxRobot robot, String id) throws Exception {
        Label label = robot.lookup(id).queryAs(Label.class);
        return onFx(label::getText);
    }

    private static <T> T onFx(Callable<T> read) throws Exception {
        return WaitForAsyncUtils.asyncFx(read).get(10, TimeUnit.SECONDS);
    }
}
