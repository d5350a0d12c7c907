package dev.wharf.gui;

import static dev.wharf.gui.OnFakeSupervisors.await;
import static dev.wharf.gui.OnFakeSupervisors.profilesShown;
import static org.assertj.core.api.Assertions.assertThat;

import dev.wharf.control.LifespanPhase;
import dev.wharf.gui.prefs.WindowStateStore;
import dev.wharf.gui.timeline.TimelineEntry;
import dev.wharf.gui.workers.WorkerRow;
import dev.wharf.supervisor.ExitCause;
import dev.wharf.supervisor.SupervisorEvent;
import dev.wharf.supervisor.WorkerInfo;
import java.time.Instant;
import java.util.List;
import javafx.geometry.Side;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.DialogPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Restart and Kill act on the worker the user chose, Kill asks first (a "do not ask again" is remembered), and
 * the timeline says who ended a worker.
 */
class WorkerActionsTest extends OnFakeSupervisors {

    @Start
    void open(Stage stage) {
        openWindow(stage);
    }

    @Test
    void killAsksFirstAndTheSelectionStaysWithTheKilledWorkersSlot(FxRobot robot) throws Exception {
        FakeSupervisor supervisor = twoWorkersRunning(robot);
        robot.interact(() -> model.workers().selectedProperty().set(row(1)));

        robot.clickOn("#kill");
        await(() -> robot.lookup("#kill-confirmation").tryQuery().isPresent());
        robot.clickOn("Cancel");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(supervisor.commands).noneMatch(c -> c.startsWith("kill"));

        robot.clickOn("#kill");
        OnRealWorkers.confirmKill(robot);
        await(() -> supervisor.commands.contains("kill 1"));

        // Worker 1 is gone and worker 3 took its slot: the selection follows the slot, not the next row.
        supervisor.workers(worker(2, 1), worker(3, 0));
        await(() -> model.workers().rows().stream().anyMatch(r -> r.id() == 3)
                && model.workers().rows().stream().noneMatch(r -> r.id() == 1));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(model.workers().selectedProperty().get().id()).isEqualTo(3);
    }

    @Test
    void restartAsksTheSupervisorForAGracefulRestartOfTheSelectedWorker(FxRobot robot) throws Exception {
        FakeSupervisor supervisor = twoWorkersRunning(robot);
        robot.interact(() -> model.workers().selectedProperty().set(row(2)));
        robot.clickOn("#restart-worker");
        await(() -> supervisor.commands.contains("restart worker 2"));
        assertThat(model.workers().selectedProperty().get().id()).isEqualTo(2);
    }

    @Test
    void theTimelineTellsAKillAskedForFromACrashARecycleAndAHealthCheck(FxRobot robot) throws Exception {
        FakeSupervisor supervisor = twoWorkersRunning(robot);
        supervisor.emit(new SupervisorEvent.WorkerStatsChanged(Instant.now(), 2, FakeSupervisor.stats(0, 1000)));
        supervisor.emit(exited(1, 137, false, ExitCause.KILLED));
        supervisor.emit(exited(2, 0, true, ExitCause.RECYCLED));
        supervisor.emit(exited(3, 137, false, ExitCause.CRASHED));
        supervisor.emit(exited(4, 137, false, ExitCause.HEALTH_CHECK));

        await(() -> model.timeline().entries().size() >= 4);
        List<String> said =
                model.timeline().entries().stream().map(TimelineEntry::title).toList();
        assertThat(said)
                .anyMatch(t -> t.startsWith("Worker 1") && t.contains("killed by you (exit 137)"))
                .anyMatch(t -> t.startsWith("Worker 2") && t.contains("recycled after 1000 requests"))
                .anyMatch(t -> t.startsWith("Worker 3") && t.contains("crashed (exit 137)"))
                .anyMatch(t -> t.startsWith("Worker 4") && t.contains("replaced after failing its health check"));
        assertThat(model.timeline().entries())
                .filteredOn(e -> e.title().startsWith("Worker 1"))
                .extracting(TimelineEntry::kind)
                .doesNotContain(TimelineEntry.Kind.CRASH);
    }

    @Test
    void doNotAskAgainLastsIntoTheNextWindowAndKillsContextMenuAsksAgain(FxRobot robot) throws Exception {
        FakeSupervisor supervisor = twoWorkersRunning(robot);
        robot.interact(() -> model.workers().selectedProperty().set(row(1)));

        robot.clickOn("#kill");
        await(() -> robot.lookup("#kill-confirmation").tryQuery().isPresent());
        DialogPane dialog = robot.lookup("#kill-confirmation").queryAs(DialogPane.class);
        robot.clickOn(robot.from(dialog).lookup("#kill-do-not-ask").queryAs(CheckBox.class));
        OnRealWorkers.confirmKill(robot);
        await(() -> supervisor.commands.contains("kill 1"));
        assertThat(new WindowStateStore(prefs).asksBeforeKill()).isFalse();

        // A window opened later, with a model of its own, on the same preferences: Kill does not ask.
        MainViewModel next = newModel();
        robot.interact(() -> {
            Stage stage = new Stage();
            WharfWindow.open(stage, next, new WindowStateStore(prefs), url -> true);
            stage.hide();
        });
        assertThat(next.workers().confirmKillProperty().get()).isFalse();

        // Kill's context menu (a right-click; Monocle's robot sends no context-menu request, so it is opened here).
        Button kill = robot.lookup("#kill").queryButton();
        robot.interact(() -> kill.getContextMenu().show(kill, Side.BOTTOM, 0, 0));
        robot.clickOn("Ask before killing a worker");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(model.workers().confirmKillProperty().get()).isTrue();
        assertThat(new WindowStateStore(prefs).asksBeforeKill()).isTrue();
        robot.clickOn("#kill");
        await(() -> robot.lookup("#kill-confirmation").tryQuery().isPresent());
        robot.clickOn("Cancel");
    }

    private FakeSupervisor twoWorkersRunning(FxRobot robot) throws Exception {
        profilesShown(robot);
        robot.clickOn("#start");
        await(() -> model.server().isRunning());
        FakeSupervisor supervisor = supervisor();
        supervisor.workers(worker(1, 0), worker(2, 1));
        await(() -> model.workers().rows().size() == 2);
        return supervisor;
    }

    private WorkerRow row(int id) {
        return model.workers().rows().stream()
                .filter(r -> r.id() == id)
                .findFirst()
                .orElseThrow();
    }

    private static WorkerInfo worker(int id, int slot) {
        return FakeSupervisor.worker(id, slot, LifespanPhase.STARTED, FakeSupervisor.stats(0, 0), null);
    }

    private static SupervisorEvent.WorkerExited exited(int id, int code, boolean expected, ExitCause cause) {
        return new SupervisorEvent.WorkerExited(Instant.now(), id, 4000 + id, code, expected, List.of("last"), cause);
    }
}
