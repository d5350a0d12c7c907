package dev.wharf.gui;

import static dev.wharf.gui.OnFakeSupervisors.await;
import static dev.wharf.gui.OnFakeSupervisors.profilesShown;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.wharf.config.catalog.ServerOptions;
import dev.wharf.config.catalog.WorkerOptions;
import dev.wharf.control.LifespanPhase;
import dev.wharf.gui.profiles.Profile;
import dev.wharf.supervisor.ServerStatus;
import dev.wharf.supervisor.SupervisorSnapshot;
import java.util.List;
import java.util.Map;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.TitledPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The real window, headless, on a test supervisor: what a user clicks and sees, without worker processes. */
class WharfWindowTest extends OnFakeSupervisors {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Start
    void open(Stage stage) {
        openWindow(stage);
    }

    @Test
    void aFirstStartOffersTheBundledSamplesAndStartShowsTheWorkersComingUp(FxRobot robot) throws Exception {
        ListView<Profile> profiles = profilesShown(robot);
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
                .isEqualTo("counter=5");

        robot.clickOn("#stop");
        await(() -> "stopped"
                .equals(robot.lookup("#server-status").queryAs(Label.class).getText()));
        assertThat(supervisors.get(0).commands).contains("start", "stop");
    }

    @Test
    void aSpareJvmForTheNextReloadIsCountedBesideTheWorkers(FxRobot robot) throws Exception {
        profilesShown(robot);
        robot.clickOn("#start");
        await(() -> model.server().isRunning());
        supervisor()
                .snapshot(new SupervisorSnapshot(
                        ServerStatus.RUNNING, "http://127.0.0.1:8000", 1, List.of(), null, List.of(), 1));
        Label count = robot.lookup("#workers-count").queryAs(Label.class);
        await(() -> count.getText().equals("1 worker + 1 spare"));
    }

    @Test
    void whileStoppedTheToolbarCountsTheWorkersStartWillRunAsTheFormHasThem(FxRobot robot) throws Exception {
        profilesShown(robot);
        await(() -> model.profiles().selectedProperty().get() != null);
        Label count = robot.lookup("#workers-count").queryAs(Label.class);

        robot.interact(() -> model.form().useEnvironment(Map.of("WHARF_WORKERS", "3")));
        await(() -> count.getText().equals("3 workers"));

        robot.clickOn("#start");
        await(() -> model.server().isRunning());
        assertThat(supervisors.getLast().settings().get(WorkerOptions.WORKERS)).isEqualTo(3);
    }

    @Test
    void anInvalidPortShowsTheModelsMessageAndDisablesApply(FxRobot robot) throws Exception {
        ListView<Profile> profiles = profilesShown(robot);
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

    @Test
    void theTlsSectionHeadsWithTheDevCertificatesTrustActions(FxRobot robot) throws Exception {
        profilesShown(robot);
        robot.clickOn("#tab-settings");

        TitledPane tls = robot.lookup("#section-tls").queryAs(TitledPane.class);
        assertThat(robot.from(tls).lookup("#trust-dev-certificate").tryQuery()).isPresent();
        assertThat(robot.from(tls).lookup("#remove-dev-trust").tryQuery()).isPresent();
    }

    private static String modelMessage(String port) {
        try {
            ServerOptions.PORT.type().parse(port);
            throw new AssertionError(port + " was accepted");
        } catch (IllegalArgumentException e) {
            return e.getMessage();
        }
    }
}
