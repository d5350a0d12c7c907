package dev.wharf.gui.workers;

import static org.assertj.core.api.Assertions.assertThat;

import dev.wharf.control.LifespanPhase;
import dev.wharf.gui.FakeSupervisor;
import dev.wharf.gui.StyledScenes;
import dev.wharf.gui.telemetry.TelemetryBatch;
import dev.wharf.supervisor.ServerStatus;
import dev.wharf.supervisor.SupervisorSnapshot;
import dev.wharf.supervisor.WorkerInfo;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The workers table, headless: the sessions column shows only for a servlet app, a count per worker. */
@ExtendWith(ApplicationExtension.class)
class WorkersViewTest {

    private WorkersViewModel model;

    @Start
    void open(Stage stage) {
        model = new WorkersViewModel(id -> {}, id -> {});
        // Styled and as wide as the table is in a 1280-pixel window beside the profiles.
        stage.setScene(StyledScenes.light(new WorkersView(model), 1060, 600));
        stage.show();
    }

    @Test
    void theSessionsColumnShowsEachWorkersOwnCountOnlyForAServletApp(FxRobot robot) throws Exception {
        TableView<?> table = robot.lookup("#workers").queryTableView();
        TableColumn<?, ?> sessions = onFx(() -> table.getColumns().stream()
                .filter(column -> "workers-sessions".equals(column.getId()))
                .findFirst()
                .orElseThrow());

        robot.interact(() -> receive(worker(1, -1), worker(2, -1)));
        assertThat(onFx(sessions::isVisible)).as("an ASGI app has no sessions").isFalse();

        robot.interact(() -> receive(worker(7, 4), worker(8, 1)));
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(onFx(sessions::isVisible)).isTrue();
        Label header = robot.lookup("#workers-sessions-header").queryAs(Label.class);
        assertThat(onFx(() -> ((Text) header.lookup(".text")).getText()))
                .as("the header as shown, not cut")
                .isEqualTo("sessions");
        assertThat(onFx(() -> robot.lookup(".table-cell").queryAllAs(TableCell.class).stream()
                        .filter(cell -> cell.getTableColumn() == sessions && !cell.isEmpty())
                        .map(cell -> ((WorkerRow) cell.getTableRow().getItem()).id() + ": " + cell.getText())
                        .toList()))
                .as("worker id: its sessions")
                .containsExactlyInAnyOrder("7: 4", "8: 1");

        robot.clickOn("4");
        WaitForAsyncUtils.waitForFxEvents();
        Label detail = robot.lookup("#worker-sessions").queryAs(Label.class);
        assertThat(onFx(detail::isVisible)).isTrue();
        assertThat(onFx(detail::getText)).startsWith("4 HTTP sessions in this worker, of 5 in all workers");
    }

    private void receive(WorkerInfo... infos) {
        SupervisorSnapshot snapshot = new SupervisorSnapshot(
                ServerStatus.RUNNING, "http://127.0.0.1:8000", 1, List.of(infos), null, List.of());
        model.accept(new TelemetryBatch(snapshot, List.of(), 0, Instant.now()));
    }

    private static WorkerInfo worker(int id, int sessions) {
        return FakeSupervisor.worker(id, id - 1, LifespanPhase.STARTED, FakeSupervisor.stats(1, 10, sessions), null);
    }

    private static <T> T onFx(Callable<T> read) throws Exception {
        return WaitForAsyncUtils.asyncFx(read).get(10, TimeUnit.SECONDS);
    }
}
