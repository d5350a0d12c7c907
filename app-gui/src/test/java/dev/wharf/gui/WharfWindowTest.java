package dev.wharf.gui;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.wharf.config.catalog.ServerOptions;
import dev.wharf.control.LifespanPhase;
import dev.wharf.gui.fx.UiThreads;
import dev.wharf.gui.prefs.WindowStateStore;
import dev.wharf.gui.profiles.BundledSample;
import dev.wharf.gui.profiles.Profile;
import dev.wharf.gui.telemetry.TelemetrySource;
import java.nio.file.Path;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.prefs.Preferences;
import javafx.application.Platform;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The real window, headless, on a test supervisor: what a user clicks and sees, without worker processes. */
@ExtendWith(ApplicationExtension.class)
class WharfWindowTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    static Path config;

    private final List<FakeSupervisor> supervisors = new CopyOnWriteArrayList<>();
    private final Preferences prefs = Preferences.userRoot().node("dev/wharf/test/" + UUID.randomUUID());
    private MainViewModel model;

    @Start
    void open(Stage stage) {
        model = new MainViewModel(new MainViewModel.Services(
                config.resolve(UUID.randomUUID().toString()),
                List.of(new BundledSample("hello", "hi"), new BundledSample("lifecycle-lab", "lab")),
                settings -> {
                    FakeSupervisor supervisor = new FakeSupervisor(settings);
                    supervisors.add(supervisor);
                    return supervisor;
                },
                TelemetrySource.coalesced(Platform::runLater),
                new UiThreads(Platform::runLater, Runnable::run),
                text -> {},
                4));
        WharfWindow.open(stage, model, new WindowStateStore(prefs), url -> {});
    }

    @AfterEach
    void forget() throws Exception {
        prefs.removeNode();
    }

    @Test
    void aFirstStartOffersTheBundledSamplesAndStartShowsTheWorkersComingUp(FxRobot robot) throws Exception {
        ListView<Profile> profiles = robot.lookup("#profiles").queryListView();
        await(() -> profiles.getItems().size() == 2);
        assertThat(profiles.getItems()).extracting(Profile::name).containsExactly("hello", "lifecycle-lab");
        robot.clickOn("lifecycle-lab");
        robot.clickOn("#start");
        await(() -> !supervisors.isEmpty());

        supervisors
                .get(0)
                .workers(FakeSupervisor.worker(
                        1, 0, LifespanPhase.STARTED, FakeSupervisor.stats(3, 42), JSON.readTree("{\"counter\": 5}")));
        TableView<?> table = robot.lookup("#workers").queryTableView();
        await(() -> table.getItems().size() == 1);
        await(() -> robot.lookup("started").tryQuery().isPresent());
        assertThat(robot.lookup("#server-status").queryAs(Label.class).getText())
                .isEqualTo("running");
        assertThat(WaitForAsyncUtils.asyncFx(() -> model.workers()
                                .rows()
                                .get(0)
                                .stateSummaryProperty()
                                .get())
                        .get())
                .isEqualTo("{\"counter\":5}");

        robot.clickOn("#stop");
        await(() -> "stopped"
                .equals(robot.lookup("#server-status").queryAs(Label.class).getText()));
        assertThat(supervisors.get(0).commands).contains("start", "stop");
    }

    @Test
    void anInvalidPortShowsTheModelsMessageAndDisablesApply(FxRobot robot) throws Exception {
        ListView<Profile> profiles = robot.lookup("#profiles").queryListView();
        await(() -> profiles.getItems().size() == 2);
        robot.clickOn("#start");
        await(() -> model.server().isRunning());
        robot.clickOn("#tab-settings");
        // The form, built when first shown, shows the profile as it is: nothing changed, nothing to save.
        assertThat(robot.lookup("#form-state").queryAs(Label.class).getText()).isEqualTo("Saved");
        TextField keepAlive = robot.lookup("#input-timeout_keep_alive").queryAs(TextField.class);
        robot.interact(() -> keepAlive.setText("65"));
        Button apply = robot.lookup("#apply").queryButton();
        await(() -> !apply.isDisabled());

        TextField port = robot.lookup("#input-port").queryAs(TextField.class);
        robot.interact(() -> port.setText("eighty"));

        Label error = robot.lookup("#error-port").queryAs(Label.class);
        await(() -> error.isVisible());
        assertThat(error.getText()).contains(modelMessage("eighty"));
        assertThat(apply.isDisabled()).isTrue();
    }

    private static String modelMessage(String port) {
        try {
            ServerOptions.PORT.type().parse(port);
            throw new AssertionError(port + " was accepted");
        } catch (IllegalArgumentException e) {
            return e.getMessage();
        }
    }

    private static void await(Callable<Boolean> condition) throws TimeoutException {
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, condition);
    }
}
