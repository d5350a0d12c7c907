package dev.wharf.gui;

import static dev.wharf.gui.OnRealWorkers.await;
import static dev.wharf.gui.OnRealWorkers.onFx;
import static dev.wharf.gui.OnRealWorkers.started;
import static org.assertj.core.api.Assertions.assertThat;

import dev.wharf.gui.prefs.WindowState;
import dev.wharf.gui.prefs.WindowStateStore;
import dev.wharf.gui.profiles.BundledSample;
import dev.wharf.gui.profiles.Profile;
import dev.wharf.supervisor.ServerStatus;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.prefs.Preferences;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.stage.Stage;
import javafx.stage.WindowEvent;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Closing the real window, headless, while real lifecycle-lab workers serve: it asks first, Cancel
 * keeps everything running, "Stop and quit" stops the workers gracefully (a request in flight still
 * gets its answer) before the window goes; the next window opens with the size, theme and profile
 * the last one had.
 */
@ExtendWith(ApplicationExtension.class)
class ClosingTheWindowTest {

    @TempDir
    static Path config;

    private final Preferences prefs = Preferences.userRoot().node("dev/wharf/test/" + UUID.randomUUID());
    private final HttpClient http = HttpClient.newHttpClient();
    private final Path profiles = config.resolve(UUID.randomUUID().toString());
    private Stage stage;
    private Stage reopened;
    private MainViewModel model;

    @Start
    void open(Stage stage) {
        this.stage = stage;
        model = window(stage);
    }

    private MainViewModel window(Stage on) {
        return OnRealWorkers.openWindow(
                on,
                profiles,
                List.of(new BundledSample("hello", "hi"), new BundledSample("lifecycle-lab", "lab")),
                prefs);
    }

    @AfterEach
    void closeEverything() throws Exception {
        WaitForAsyncUtils.asyncFx(() -> model.server().stop())
                .get(10, TimeUnit.SECONDS)
                .get(60, TimeUnit.SECONDS);
        model.server().shutdown();
        if (reopened != null) {
            WaitForAsyncUtils.asyncFx(reopened::hide).get(10, TimeUnit.SECONDS);
        }
        http.close();
        prefs.removeNode();
    }

    @Test
    void closingAsksWhileAServerRunsStopsItGracefullyAndTheNextWindowOpensAsThisOneWas(FxRobot robot) throws Exception {
        ListView<Profile> list = robot.lookup("#profiles").queryListView();
        await(() -> list.getItems().size() == 2);
        robot.interact(
                () -> model.profiles().selectedProperty().set(list.getItems().get(1)));
        robot.clickOn("#tab-settings");
        TextField port = robot.lookup("#input-port").queryAs(TextField.class);
        robot.interact(() -> port.setText("0"));
        robot.clickOn("#start");
        await(() -> started(model).size() == 1);
        robot.clickOn("#theme");
        robot.interact(() -> {
            stage.setWidth(1100);
            stage.setHeight(700);
        });

        // A slow request is in flight when the user closes the window.
        String address = model.server().addressProperty().get();
        CompletableFuture<HttpResponse<String>> slow = http.sendAsync(
                HttpRequest.newBuilder(URI.create(address + "/sleep?ms=3000")).build(),
                HttpResponse.BodyHandlers.ofString());
        await(() -> started(model).get(0).activeConnectionsProperty().get() >= 1);
        long workerPid = started(model).get(0).pidProperty().get();

        requestClose();
        awaitDialogShown(robot);
        robot.clickOn(robot.lookup("Cancel").match(Node::isVisible).queryButton());
        await(() -> robot.lookup("Stop and quit").tryQuery().isEmpty());
        assertThat(stage.isShowing()).isTrue();
        assertThat(onFx(() -> model.server().statusProperty().get())).isEqualTo(ServerStatus.RUNNING);

        requestClose();
        awaitDialogShown(robot);
        robot.clickOn(robot.lookup("Stop and quit").match(Node::isVisible).queryButton());

        // Graceful: the request in flight gets its answer, then the workers exit and the window goes.
        HttpResponse<String> answered = slow.get(30, TimeUnit.SECONDS);
        assertThat(answered.statusCode()).isEqualTo(200);
        assertThat(answered.body()).isEqualTo("slept 3000");
        await(() -> onFx(() -> !stage.isShowing()));
        assertThat(onFx(() -> model.server().statusProperty().get())).isEqualTo(ServerStatus.STOPPED);
        assertThat(ProcessHandle.of(workerPid).filter(ProcessHandle::isAlive)).isEmpty();

        WindowState remembered = new WindowStateStore(prefs).load();
        assertThat(remembered.dark()).isTrue();
        assertThat(remembered.width()).isEqualTo(1100);
        assertThat(remembered.height()).isEqualTo(700);
        assertThat(remembered.lastProfile()).endsWith("lifecycle-lab.json");

        // The next window: the same size, the dark theme, the lifecycle-lab profile selected.
        MainViewModel next = onFx(() -> {
            reopened = new Stage();
            return window(reopened);
        });
        await(() -> onFx(() -> next.profiles().selectedProperty().get() != null));
        assertThat(onFx(() -> next.profiles().selectedProperty().get().name())).isEqualTo("lifecycle-lab");
        assertThat(onFx(next.darkProperty()::get)).isTrue();
        assertThat(onFx(reopened::getWidth)).isEqualTo(1100);
        assertThat(onFx(reopened::getHeight)).isEqualTo(700);
    }

    /** The close prompt on screen, its buttons visible: its window may be built a pulse before it shows. */
    private static void awaitDialogShown(FxRobot robot) throws Exception {
        await(() -> onFx(() -> robot.lookup("Stop and quit")
                .match(Node::isVisible)
                .tryQuery()
                .map(button -> button.getScene().getWindow().isShowing())
                .orElse(false)));
    }

    /** What the window manager sends when the user clicks the window's close button; it may open a dialog, so it is not waited for. */
    private void requestClose() {
        Platform.runLater(() -> stage.fireEvent(new WindowEvent(stage, WindowEvent.WINDOW_CLOSE_REQUEST)));
    }
}
