package dev.wharf.gui;

import static dev.wharf.gui.OnRealWorkers.await;
import static dev.wharf.gui.OnRealWorkers.onFx;
import static dev.wharf.gui.OnRealWorkers.started;
import static org.assertj.core.api.Assertions.assertThat;

import dev.wharf.config.catalog.ProxyOptions;
import dev.wharf.gui.profiles.BundledSample;
import dev.wharf.gui.profiles.Profile;
import dev.wharf.gui.workers.StateEntry;
import dev.wharf.gui.workers.WorkerRow;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.prefs.Preferences;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TreeItem;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * The newcomer's path in the real window, headless, on real worker processes of the bundled
 * lifecycle-lab: Start, workers reach started, requests move the counts, {@code GET /state}
 * changes a worker's own app.state in the tree, a refused trust list disables Apply, a live
 * keep-alive change reaches the workers, a killed worker is replaced, Stop.
 */
@ExtendWith(ApplicationExtension.class)
class RealWorkersWindowTest {

    private static final Pattern PID = Pattern.compile("\"pid\"\\s*:\\s*(\\d+)");

    @TempDir
    static Path config;

    private final Preferences prefs = Preferences.userRoot().node("dev/wharf/test/" + UUID.randomUUID());
    private final List<KeptAliveClient> clients = new ArrayList<>();
    private MainViewModel model;

    @Start
    void open(Stage stage) {
        model = OnRealWorkers.openWindow(
                stage, config.resolve("profiles"), List.of(new BundledSample("lifecycle-lab", "lab")), prefs);
    }

    @AfterEach
    void stopEverything() throws Exception {
        for (KeptAliveClient client : clients) {
            client.close();
        }
        model.server().stop().get(60, TimeUnit.SECONDS);
        model.server().shutdown();
        prefs.removeNode();
    }

    @Test
    void theNewcomersPathOnRealWorkers(FxRobot robot) throws Exception {
        ListView<Profile> profiles = robot.lookup("#profiles").queryListView();
        await(() -> profiles.getItems().size() == 1);
        robot.clickOn("#tab-settings");
        // Port 0 picks a free port; two workers show that each has its own state.
        type(robot, "port", "0");
        type(robot, "workers", "2");
        robot.clickOn("#start");

        await(() -> started(model).size() == 2);
        String address = model.server().addressProperty().get();
        assertThat(address).startsWith("http://127.0.0.1:");
        assertThat(robot.lookup("#server-status").queryAs(Label.class).getText())
                .isEqualTo("running");

        // Requests on connections kept open raise the connection and request counts.
        for (int i = 0; i < 4; i++) {
            KeptAliveClient client = new KeptAliveClient(address);
            clients.add(client);
            client.get("/");
        }
        await(() -> onFx(() -> started(model).stream()
                                .mapToInt(r -> r.activeConnectionsProperty().get())
                                .sum()
                        >= 4
                && started(model).stream()
                                .mapToLong(r -> r.totalRequestsProperty().get())
                                .sum()
                        >= 4));

        // GET /state bumps this worker's own counter; its tree shows the change, highlighted.
        String body = clients.get(0).get("/state");
        long pid = pid(body);
        robot.clickOn("#tab-workers");
        WorkerRow served = started(model).stream()
                .filter(r -> r.pidProperty().get() == pid)
                .findFirst()
                .orElseThrow();
        robot.interact(() -> model.workers().selectedProperty().set(served));
        await(() -> counter() != null && counter().value().equals("1"));
        clients.get(0).get("/state");
        await(() -> counter().value().equals("2") && counter().changed());
        assertThat(onFx(() -> started(model).stream()
                        .map(r -> r.stateSummaryProperty().get())
                        .toList()))
                .doesNotHaveDuplicates();

        // A refused trust list shows the model's message and disables Apply.
        robot.clickOn("#tab-settings");
        type(robot, "timeout_keep_alive", "1");
        Button apply = robot.lookup("#apply").queryButton();
        await(() -> !apply.isDisabled());
        type(robot, "forwarded_allow_ips", "10.0.0.0/99");
        Label error = robot.lookup("#error-forwarded_allow_ips").queryAs(Label.class);
        await(error::isVisible);
        assertThat(error.getText()).contains(refusal("10.0.0.0/99"));
        assertThat(apply.isDisabled()).isTrue();

        // A live keep-alive change reaches the workers: an idle connection is now closed after a second.
        type(robot, "forwarded_allow_ips", "127.0.0.1");
        await(() -> !apply.isDisabled());
        robot.clickOn("#apply");
        await(() -> model.server().messageProperty().get().contains("Applied live: --timeout-keep-alive"));
        try (KeptAliveClient idle = new KeptAliveClient(address)) {
            idle.get("/");
            assertThat(idle.closedByServerWithin(4_000)).isTrue();
        }

        // Kill a worker and watch the supervisor replace it.
        robot.clickOn("#tab-workers");
        WorkerRow victim = started(model).get(0);
        robot.interact(() -> model.workers().selectedProperty().set(victim));
        robot.clickOn("#kill");
        OnRealWorkers.confirmKill(robot);
        await(() -> onFx(() -> started(model).size() == 2
                && started(model).stream().noneMatch(r -> r.id() == victim.id())
                && started(model).stream().anyMatch(r -> r.restartsProperty().get() >= 1)));

        robot.clickOn("#stop");
        await(() -> "stopped"
                .equals(robot.lookup("#server-status").queryAs(Label.class).getText()));
        assertThat(onFx(() -> model.workers().rows().stream()
                        .noneMatch(r -> r.phaseProperty().get().alive())))
                .isTrue();
    }

    /** Puts text in a settings field as the form's binding takes it (the field may be scrolled out of view). */
    private static void type(FxRobot robot, String key, String text) {
        OnRealWorkers.type(robot, "#input-" + key, text);
    }

    private StateEntry counter() throws Exception {
        return onFx(() -> model.workers().stateTree().root().getChildren().stream()
                .map(TreeItem::getValue)
                .filter(e -> e.key().equals("counter"))
                .findFirst()
                .orElse(null));
    }

    private static long pid(String stateBody) {
        Matcher m = PID.matcher(stateBody);
        assertThat(m.find()).as(stateBody).isTrue();
        return Long.parseLong(m.group(1));
    }

    private static String refusal(String value) {
        try {
            ProxyOptions.FORWARDED_ALLOW_IPS.type().parse(value);
            throw new AssertionError(value + " was accepted");
        } catch (IllegalArgumentException e) {
            return e.getMessage();
        }
    }
}
