package dev.wharf.gui;

import static dev.wharf.config.catalog.ServerOptions.PORT;
import static dev.wharf.gui.OnRealWorkers.await;
import static dev.wharf.gui.OnRealWorkers.onFx;
import static dev.wharf.gui.OnRealWorkers.started;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import atlantafx.base.controls.Message;
import dev.wharf.gui.profiles.BundledSample;
import dev.wharf.gui.profiles.Profile;
import dev.wharf.gui.workers.WorkerRow;
import dev.wharf.supervisor.ServerStatus;
import java.io.IOException;
import java.net.ConnectException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.prefs.Preferences;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TableView;
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
 * Two profiles served at once from one window, headless, on real worker processes of the bundled
 * hello and lifecycle-lab samples: each on its own port and answering, both chips "running", each
 * profile showing its own workers, a port the other profile holds refused with its owner named,
 * one stopped while the other keeps serving, and closing the window stopping both (no process left).
 */
@ExtendWith(ApplicationExtension.class)
class SeveralServersTest {

    @TempDir
    static Path config;

    private final Preferences prefs = Preferences.userRoot().node("dev/wharf/test/" + UUID.randomUUID());
    private final HttpClient http =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private Stage stage;
    private MainViewModel model;

    @Start
    void open(Stage stage) {
        this.stage = stage;
        model = OnRealWorkers.openWindow(
                stage,
                config.resolve(UUID.randomUUID().toString()),
                List.of(new BundledSample("hello", "hi"), new BundledSample("lifecycle-lab", "lab")),
                prefs);
    }

    @AfterEach
    void stopEverything() throws Exception {
        // Whatever an assertion left running: every server of the window, stopped and closed.
        OnRealWorkers.stopEveryServer(model);
        http.close();
        prefs.removeNode();
    }

    @Test
    void twoProfilesServeAtOnceEachOnItsOwnPortAndClosingStopsBoth(FxRobot robot) throws Exception {
        ListView<Profile> list = robot.lookup("#profiles").queryListView();
        await(() -> onFx(() -> list.getItems().size() == 2));
        int labPort = freePort();
        int helloPort = freePortBut(labPort);

        // lifecycle-lab on its port.
        select(robot, "lifecycle-lab");
        savePort(labPort);
        robot.clickOn("#start");
        await(() -> started(model).size() == 1 && running());
        List<Long> labPids = pids();

        // hello shows its own, empty, panels; on lifecycle-lab's port it is refused, naming the owner.
        select(robot, "hello");
        assertThat(onFx(() -> model.workers().rows())).isEmpty();
        savePort(labPort);
        robot.clickOn("#start");
        await(() -> robot.lookup("#notice-server").tryQuery().isPresent());
        assertThat(robot.lookup("#notice-server").queryAs(Message.class).getTitle())
                .contains("Port " + labPort + " is used by profile 'lifecycle-lab' (running)");
        assertThat(onFx(() -> model.server().statusProperty().get())).isEqualTo(ServerStatus.STOPPED);

        // On a port of its own it starts beside lifecycle-lab: both answer.
        savePort(helloPort);
        robot.clickOn("#start");
        await(() -> started(model).size() == 1 && running());
        List<Long> helloPids = pids();
        assertThat(helloPids).doesNotContainAnyElementsOf(labPids);
        assertThat(get(labPort).statusCode()).isEqualTo(200);
        assertThat(get(helloPort).statusCode()).isEqualTo(200);

        // The list shows both running; each profile selected shows its own workers in the table.
        await(() -> onFx(() -> robot.lookup("#profiles .profile-status").queryAllAs(Label.class).stream()
                .map(Label::getText)
                .toList()
                .equals(List.of("running", "running"))));
        assertThat(tablePids(robot)).isEqualTo(helloPids);
        // Each entry says where its server listens now, not only the port its profile names.
        await(() -> onFx(() -> robot.lookup("#profiles .list-cell Label").queryAllAs(Label.class).stream()
                .map(Label::getText)
                .toList()
                .containsAll(List.of("lifecycle-lab · 127.0.0.1:" + labPort, "hello · 127.0.0.1:" + helloPort))));
        select(robot, "lifecycle-lab");
        await(() -> tablePids(robot).equals(labPids));
        assertThat(robot.lookup("#server-url").queryAs(Hyperlink.class).getText())
                .endsWith(":" + labPort);

        // Stopping hello leaves lifecycle-lab serving.
        select(robot, "hello");
        robot.clickOn("#stop");
        await(() -> onFx(() -> model.server().statusProperty().get() == ServerStatus.STOPPED));
        await(() -> helloPids.stream().noneMatch(SeveralServersTest::alive));
        assertThatThrownBy(() -> get(helloPort)).isInstanceOf(ConnectException.class);
        assertThat(get(labPort).statusCode()).isEqualTo(200);
        await(() -> onFx(() -> robot.lookup("#profiles .profile-status").queryAllAs(Label.class).stream()
                .map(Label::getText)
                .toList()
                .equals(List.of("stopped", "running"))));

        // Both running again, then the window closes: it asks about both and stops both.
        robot.clickOn("#start");
        await(() -> started(model).size() == 1 && running());
        List<Long> every = new ArrayList<>(labPids);
        every.addAll(pids());
        // Spare worker JVMs kept warm for the next reload are the window's processes too.
        ProcessHandle.current().descendants().map(ProcessHandle::pid).forEach(every::add);

        Platform.runLater(() -> stage.fireEvent(new WindowEvent(stage, WindowEvent.WINDOW_CLOSE_REQUEST)));
        await(() -> robot.lookup("#close-prompt").tryQuery().isPresent());
        DialogPane prompt = robot.lookup("#close-prompt").queryAs(DialogPane.class);
        assertThat(prompt.getHeaderText()).contains("2 servers are running", "lifecycle-lab", "hello");
        robot.clickOn(robot.lookup("Stop and quit").match(Node::isVisible).queryButton());
        await(() -> onFx(() -> !stage.isShowing()));
        await(() -> every.stream().noneMatch(SeveralServersTest::alive));
        assertThat(onFx(() -> model.activeSessions())).isEmpty();
        assertThatThrownBy(() -> get(labPort)).isInstanceOf(ConnectException.class);
    }

    private void select(FxRobot robot, String name) throws Exception {
        robot.clickOn(robot.lookup("#profiles .list-cell")
                .match((ListCell<Profile> cell) ->
                        cell.getItem() != null && cell.getItem().name().equals(name))
                .<ListCell<Profile>>query());
        await(() -> onFx(() -> model.profiles().selectedProperty().get() != null
                && model.profiles().selectedProperty().get().name().equals(name)));
    }

    /** Sets the selected profile's port as typing would, and saves it, so switching away asks nothing. */
    private void savePort(int port) throws Exception {
        String profile = onFx(() -> model.profiles().selectedProperty().get().name());
        WaitForAsyncUtils.asyncFx(() -> {
                    model.form().field(PORT).textProperty().set(Integer.toString(port));
                    model.save();
                })
                .get(10, TimeUnit.SECONDS);
        await(() -> onFx(() -> !model.form().unsavedEditsProperty().get()));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(onFx(() -> model.profiles().selectedProperty().get().name())).isEqualTo(profile);
    }

    private boolean running() throws Exception {
        return onFx(() -> model.server().statusProperty().get() == ServerStatus.RUNNING);
    }

    private List<Long> pids() throws Exception {
        return started(model).stream().map(row -> row.pidProperty().get()).toList();
    }

    @SuppressWarnings("unchecked")
    private static List<Long> tablePids(FxRobot robot) throws Exception {
        return onFx(() -> ((TableView<WorkerRow>) robot.lookup("#workers").queryAs(TableView.class))
                .getItems().stream().map(row -> row.pidProperty().get()).toList());
    }

    private HttpResponse<String> get(int port) throws IOException, InterruptedException {
        return http.send(
                HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/"))
                        .timeout(Duration.ofSeconds(10))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private static boolean alive(long pid) {
        return ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false);
    }

    private static int freePortBut(int taken) throws IOException {
        int port = freePort();
        while (port == taken) {
            port = freePort();
        }
        return port;
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }
}
