package dev.wharf.gui;

import static dev.wharf.gui.OnFakeSupervisors.await;
import static dev.wharf.gui.OnFakeSupervisors.profilesShown;
import static org.assertj.core.api.Assertions.assertThat;

import atlantafx.base.controls.Message;
import dev.wharf.config.catalog.ServerOptions;
import dev.wharf.control.LifespanPhase;
import dev.wharf.gui.desktop.Editor;
import dev.wharf.supervisor.CompileError;
import dev.wharf.supervisor.ReloadReport;
import dev.wharf.supervisor.SupervisorEvent;
import dev.wharf.supervisor.WorkerInfo;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import javafx.scene.Node;
import javafx.scene.control.TabPane;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** Failures say why where the user looks: the notification area and the worker's detail, at 1024×700. */
class FailuresExplainedTest extends OnFakeSupervisors {

    private static final String CLASS_NOT_FOUND = "Error loading ASGI app. Could not find class \"com.example.Main\""
            + " (looked in the app folders /home/me/wrong/target/classes).";

    @TempDir
    Path sources;

    @Start
    void open(Stage stage) {
        openSmallWindow(stage);
    }

    @Test
    void aBusyPortSaysSoAndOffersTheNextPort(FxRobot robot) throws Exception {
        profilesShown(robot);
        nextStartFailure = "Could not bind to 127.0.0.1:8000: address already in use. Stop the other server or"
                + " choose another --port.";
        robot.clickOn("#start");
        await(() -> robot.lookup("#notice-server").tryQuery().isPresent());
        Message notice = robot.lookup("#notice-server").queryAs(Message.class);
        assertThat(notice.getTitle()).contains("Port 8000 is in use");
        assertThat(notice.getDescription()).contains("address already in use");

        robot.clickOn("#use-next-port");
        await(() -> supervisors.size() == 2 && model.server().isRunning());
        assertThat(supervisor().settings().get(ServerOptions.PORT)).isEqualTo(8001);
        await(() -> robot.lookup("#notice-server").tryQuery().isEmpty());
    }

    @Test
    void aWorkerThatCannotFindTheAppSaysWhereItLookedInItsDetailAndAsABanner(FxRobot robot) throws Exception {
        profilesShown(robot);
        robot.clickOn("#start");
        await(() -> model.server().isRunning());
        FakeSupervisor supervisor = supervisor();
        WorkerInfo failed = FakeSupervisor.worker(1, 0, LifespanPhase.FAILED, FakeSupervisor.stats(0, 0), null);
        supervisor.workers(new WorkerInfo(
                failed.id(),
                failed.slot(),
                failed.pid(),
                failed.generation(),
                failed.phase(),
                CLASS_NOT_FOUND,
                failed.stats(),
                null,
                false,
                failed.spawnedAt(),
                null,
                4,
                1,
                failed.jvm(),
                Map.of()));
        supervisor.log(1, CLASS_NOT_FOUND);
        supervisor.emit(new SupervisorEvent.CrashLoop(Instant.now(), 0, 5, List.of("starting", CLASS_NOT_FOUND)));

        await(() -> robot.lookup("#notice-slot-0").tryQuery().isPresent());
        Message banner = robot.lookup("#notice-slot-0").queryAs(Message.class);
        assertThat(banner.getTitle()).contains("not in the app folders (--app-dir)");
        assertThat(banner.getDescription()).contains("/home/me/wrong/target/classes");

        await(() -> model.workers().rows().size() == 1);
        robot.interact(() ->
                model.workers().selectedProperty().set(model.workers().rows().get(0)));
        Message detail = robot.lookup("#worker-diagnosis").queryAs(Message.class);
        await(detail::isVisible);
        assertThat(detail.getTitle()).contains("--app-dir");
        assertThat(detail.getDescription()).contains("looked in the app folders /home/me/wrong/target/classes");
    }

    @Test
    void compileErrorsAreListedWithTheirPlacesAndOpenInTheEditor(FxRobot robot) throws Exception {
        profilesShown(robot);
        Path opened = sources.resolve("opened");
        model.editWith(new Editor(Map.of("WHARF_EDITOR", "touch " + opened + "-{line}-{column}")));
        robot.clickOn("#start");
        await(() -> model.server().isRunning());
        supervisor().nextReload = new ReloadReport(
                List.of("App.java"),
                Duration.ofMillis(300),
                Duration.ZERO,
                Duration.ofMillis(320),
                ReloadReport.Outcome.COMPILE_FAILED,
                List.of(new CompileError(sources.resolve("App.java").toString(), 12, 5, "';' expected")),
                "compile failed");
        robot.clickOn("#reload");
        await(() -> robot.lookup("#compile-error").tryQuery().isPresent());
        assertThat(robot.lookup("#notice-reload").queryAs(Message.class).getTitle())
                .contains("Compile failed");

        robot.clickOn("#compile-error");
        await(() -> Files.exists(Path.of(opened + "-12-5")));
    }

    @Test
    void theAddressIsCopiedWithANoteWhereNoBrowserOpens(FxRobot robot) throws Exception {
        profilesShown(robot);
        browserWorks = false;
        robot.clickOn("#start");
        await(() -> model.server().isRunning()
                && robot.lookup("#server-url").tryQuery().map(Node::isVisible).orElse(false));
        robot.clickOn("#server-url");
        await(() -> robot.lookup("#notice-browser").tryQuery().isPresent());
        assertThat(copied).contains("http://127.0.0.1:8000");
    }

    @Test
    void theToolbarKeepsEveryLabelAt1024PixelsWithAMessageShowing(FxRobot robot) throws Exception {
        profilesShown(robot);
        robot.clickOn("#start");
        await(() -> model.server().isRunning());
        supervisor().nextReload = failedReload(
                ReloadReport.Outcome.STARTUP_FAILED,
                List.of(),
                "the app threw java.lang.IllegalStateException: no database at jdbc:h2:mem:test in startup");
        robot.clickOn("#reload");
        await(() -> robot.lookup("#notice-reload").tryQuery().isPresent());
        WaitForAsyncUtils.waitForFxEvents();

        List<String> shown = robot.lookup(".wharf-toolbar .text").queryAllAs(Text.class).stream()
                .filter(Node::isVisible)
                .map(Text::getText)
                .toList();
        assertThat(shown).isNotEmpty().noneMatch(text -> text.endsWith("…") || text.endsWith("..."));
        assertThat(shown).contains("running");
    }

    @Test
    void everyPanelsTabShowsWholeAt1024Pixels(FxRobot robot) throws Exception {
        profilesShown(robot);
        TabPane panels = robot.lookup("#panels").queryAs(TabPane.class);
        WaitForAsyncUtils.waitForFxEvents();

        // A tab that does not fit goes into the overflow menu, and choosing it scrolls the first out of view.
        double right = robot.lookup("#panels > .tab-header-area > .headers-region > .tab").queryAll().stream()
                .mapToDouble(tab -> tab.localToScene(tab.getBoundsInLocal()).getMaxX())
                .max()
                .orElseThrow();
        assertThat(panels.getTabs()).hasSize(6);
        assertThat(right)
                .isLessThanOrEqualTo(
                        panels.localToScene(panels.getBoundsInLocal()).getMaxX());
        List<String> titles = robot.lookup("#panels .tab-label .text").queryAllAs(Text.class).stream()
                .map(Text::getText)
                .toList();
        assertThat(titles).noneMatch(text -> text.endsWith("…") || text.endsWith("..."));
    }

    private static ReloadReport failedReload(ReloadReport.Outcome outcome, List<CompileError> errors, String message) {
        return new ReloadReport(
                List.of("App.java"),
                Duration.ofMillis(300),
                Duration.ZERO,
                Duration.ofMillis(320),
                outcome,
                errors,
                message);
    }
}
