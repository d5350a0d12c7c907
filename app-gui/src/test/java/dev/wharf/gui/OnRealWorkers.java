package dev.wharf.gui;

import dev.wharf.control.LifespanPhase;
import dev.wharf.gui.fx.UiThreads;
import dev.wharf.gui.prefs.WindowStateStore;
import dev.wharf.gui.profiles.BundledSample;
import dev.wharf.gui.server.ServerViewModel;
import dev.wharf.gui.telemetry.TelemetrySource;
import dev.wharf.gui.workers.WorkerRow;
import dev.wharf.supervisor.process.Supervisors;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.prefs.Preferences;
import javafx.application.Platform;
import javafx.scene.control.Button;
import javafx.scene.control.DialogPane;
import javafx.scene.control.TextField;
import javafx.stage.Stage;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/** What the window tests share (those on real worker processes above all): reading the window's state on its thread, waiting as long as a worker's start takes. */
final class OnRealWorkers {

    private OnRealWorkers() {}

    /** The real window on {@code stage}: real worker processes, telemetry as the app has it, {@code samples} offered. */
    static MainViewModel openWindow(Stage stage, Path profiles, List<BundledSample> samples, Preferences prefs) {
        UiThreads threads =
                new UiThreads(Platform::runLater, command -> Thread.ofVirtual().start(command));
        MainViewModel model = new MainViewModel(new MainViewModel.Services(
                profiles,
                samples,
                Supervisors::create,
                TelemetrySource.coalesced(Platform::runLater),
                threads,
                text -> {},
                4));
        WharfWindow.open(stage, model, new WindowStateStore(prefs), url -> true);
        return model;
    }

    /** Stops every server of the window and closes their supervisors: what a test left running goes. */
    static void stopEveryServer(MainViewModel model) throws Exception {
        List<ServerViewModel> servers =
                WaitForAsyncUtils.asyncFx(model::allServers).get(10, TimeUnit.SECONDS);
        WaitForAsyncUtils.asyncFx(model::stopAll).get(10, TimeUnit.SECONDS).get(60, TimeUnit.SECONDS);
        servers.forEach(ServerViewModel::shutdown);
    }

    /** The started workers' rows, read on the FX thread that updates them. */
    static List<WorkerRow> started(MainViewModel model) throws Exception {
        return onFx(() -> model.workers().rows().stream()
                .filter(r -> r.phaseProperty().get() == LifespanPhase.STARTED)
                .toList());
    }

    static <T> T onFx(Callable<T> read) throws Exception {
        return WaitForAsyncUtils.asyncFx(read).get(10, TimeUnit.SECONDS);
    }

    /** Waits for {@code condition}, as long as starting worker JVMs on a busy machine may take. */
    static void await(Callable<Boolean> condition) throws TimeoutException {
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, condition);
    }

    /** Answers Kill to the kill confirmation (its own button: the worker detail's says "Kill" too). */
    static void confirmKill(FxRobot robot) throws TimeoutException {
        WaitForAsyncUtils.waitFor(
                10,
                TimeUnit.SECONDS,
                () -> robot.lookup("#kill-confirmation").tryQuery().isPresent());
        DialogPane dialog = robot.lookup("#kill-confirmation").queryAs(DialogPane.class);
        robot.clickOn(robot.from(dialog)
                .lookup((Button button) -> "Kill".equals(button.getText()))
                .queryButton());
    }

    /** Puts text in a field as its binding takes it (the field may be scrolled out of view). */
    static void type(FxRobot robot, String query, String text) {
        TextField field = robot.lookup(query).queryAs(TextField.class);
        robot.interact(() -> field.setText(text));
    }
}
