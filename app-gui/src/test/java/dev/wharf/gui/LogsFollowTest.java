package dev.wharf.gui;

import static dev.wharf.gui.OnFakeSupervisors.await;
import static dev.wharf.gui.OnFakeSupervisors.profilesShown;
import static org.assertj.core.api.Assertions.assertThat;

import dev.wharf.config.setting.LogLevel;
import dev.wharf.gui.logs.LogEntry;
import dev.wharf.supervisor.LogLine;
import dev.wharf.supervisor.SupervisorEvent;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import javafx.geometry.Bounds;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The Logs panel follows the newest line through tab switches and searches, and keeps the supervisor's levels. */
class LogsFollowTest extends OnFakeSupervisors {

    @TempDir
    Path folder;

    @Start
    void open(Stage stage) {
        openSmallWindow(stage);
    }

    @Test
    void followKeepsTheNewestLineWholeInViewThroughTabSwitchesAndSearches(FxRobot robot) throws Exception {
        profilesShown(robot);
        robot.clickOn("#start");
        await(() -> model.server().isRunning());
        robot.clickOn("#tab-logs");
        write(300, "request");
        ListView<LogEntry> list = robot.lookup("#log-lines").queryListView();
        await(() -> list.getItems().size() >= 300);
        await(() -> lastLineWhollyShown(robot, list));

        robot.clickOn("#tab-workers");
        write(50, "while away");
        robot.clickOn("#tab-logs");
        await(() -> lastLineWhollyShown(robot, list));

        TextField search = robot.lookup("#log-search").queryAs(TextField.class);
        robot.interact(() -> search.setText("request 1"));
        WaitForAsyncUtils.waitForFxEvents();
        robot.interact(() -> search.setText(""));
        await(() -> lastLineWhollyShown(robot, list));
    }

    @Test
    void aWorkerDeathStaysInViewUnderWarningAndAboveAndTheHintSaysWhyNothingShows(FxRobot robot) throws Exception {
        profilesShown(robot);
        robot.clickOn("#start");
        await(() -> model.server().isRunning());
        robot.clickOn("#tab-logs");
        supervisor().log(1, "INFO:     Application startup complete.");
        supervisor()
                .emit(new SupervisorEvent.Log(
                        Instant.now(),
                        new LogLine(
                                0,
                                1,
                                LogLine.Stream.SUPERVISOR,
                                "Child process [4001] died with exit code 137",
                                Instant.now())));
        ListView<LogEntry> list = robot.lookup("#log-lines").queryListView();
        await(() -> list.getItems().size() == 2);

        robot.interact(() -> model.logs().levelProperty().set(LogLevel.WARNING));
        await(() -> list.getItems().size() == 1);
        assertThat(list.getItems().get(0).display()).contains("ERROR: Child process [4001] died with exit code 137");

        robot.interact(() -> model.logs().searchProperty().set("nothing like this"));
        Label hint = robot.lookup("#log-hint").queryAs(Label.class);
        assertThat(hint.getText()).startsWith("No line passes the filters");

        robot.interact(() -> model.logs().searchProperty().set(""));
        Path file = folder.resolve("export.log");
        model.logs().export(file, error -> {});
        await(() -> Files.exists(file) && Files.readString(file).contains("died with exit code 137"));
        assertThat(Files.readAllLines(file)).hasSize(1);
    }

    private void write(int lines, String text) {
        for (int i = 0; i < lines; i++) {
            supervisor().log(1, "INFO:     " + text + " " + i);
        }
    }

    /** The cell of the last item is on screen and not cut at the bottom of the list. */
    private static boolean lastLineWhollyShown(FxRobot robot, ListView<LogEntry> list) {
        WaitForAsyncUtils.waitForFxEvents();
        int last = list.getItems().size() - 1;
        Bounds view = list.localToScene(list.getLayoutBounds());
        return robot.lookup("#log-lines .list-cell").queryAllAs(ListCell.class).stream()
                .filter(cell -> cell.isVisible() && cell.getIndex() == last && cell.getItem() != null)
                .anyMatch(cell -> {
                    Bounds bounds = cell.localToScene(cell.getLayoutBounds());
                    return bounds.getMinY() >= view.getMinY() - 0.5 && bounds.getMaxY() <= view.getMaxY() + 0.5;
                });
    }
}
