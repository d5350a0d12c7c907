package dev.wharf.gui;

import static dev.wharf.gui.OnFakeSupervisors.await;
import static dev.wharf.gui.OnFakeSupervisors.profilesShown;
import static org.assertj.core.api.Assertions.assertThat;

import dev.wharf.config.catalog.TimeoutOptions;
import dev.wharf.config.catalog.WorkerOptions;
import dev.wharf.gui.profiles.Profile;
import javafx.scene.control.Button;
import javafx.scene.control.ListView;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextField;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The settings form as one source of truth with the running server: no silent undo, no lost edits, no jump. */
class FormFollowsTheServerTest extends OnFakeSupervisors {

    @Start
    void open(Stage stage) {
        openWindow(stage);
    }

    @Test
    void applyingAnotherSettingKeepsTheWorkerCountScaledFromTheToolbar(FxRobot robot) throws Exception {
        ListView<Profile> profiles = profilesShown(robot);
        robot.clickOn("#start");
        await(() -> model.server().isRunning()
                && model.server().runningSettingsProperty().get() != null);
        robot.clickOn("#workers-plus");
        robot.clickOn("#workers-plus");
        await(() -> model.server().runningSettingsProperty().get().get(WorkerOptions.WORKERS) == 3);

        robot.clickOn("#tab-settings");
        TextField workers = robot.lookup("#input-workers").queryAs(TextField.class);
        await(() -> "3".equals(workers.getText()));
        TextField keepAlive = robot.lookup("#input-timeout_keep_alive").queryAs(TextField.class);
        robot.interact(() -> keepAlive.setText("65"));
        Button apply = robot.lookup("#apply").queryButton();
        await(() -> !apply.isDisabled());
        robot.clickOn(apply);

        await(() -> model.server()
                        .runningSettingsProperty()
                        .get()
                        .get(TimeoutOptions.TIMEOUT_KEEP_ALIVE)
                        .toSeconds()
                == 65);
        FakeSupervisor supervisor = supervisors.get(0);
        assertThat(supervisor.settings().get(WorkerOptions.WORKERS)).isEqualTo(3);
        assertThat(supervisor.commands.stream().filter(c -> c.startsWith("apply")))
                .singleElement()
                .asString()
                .contains("--timeout-keep-alive")
                .doesNotContain("--workers");
        assertThat(workers.getText()).isEqualTo("3");
    }

    @Test
    void applyKeepsTheFormWhereTheUserScrolledTo(FxRobot robot) throws Exception {
        ListView<Profile> profiles = profilesShown(robot);
        robot.clickOn("#start");
        await(() -> model.server().runningSettingsProperty().get() != null);
        robot.clickOn("#tab-settings");
        ScrollPane scroll = robot.lookup("#settings-scroll").queryAs(ScrollPane.class);
        TextField keepAlive = robot.lookup("#input-timeout_keep_alive").queryAs(TextField.class);
        robot.interact(() -> {
            keepAlive.setText("70");
            scroll.setVvalue(0.6);
        });
        robot.clickOn("#apply");
        await(() -> model.server()
                        .runningSettingsProperty()
                        .get()
                        .get(TimeoutOptions.TIMEOUT_KEEP_ALIVE)
                        .toSeconds()
                == 70);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(scroll.getVvalue()).isEqualTo(0.6);
    }

    @Test
    void switchingProfileWithUnsavedEditsAsksAndCancelKeepsTheEdits(FxRobot robot) throws Exception {
        ListView<Profile> profiles = profilesShown(robot);
        await(() -> model.profiles().selectedProperty().get() != null);
        robot.clickOn("#tab-settings");
        TextField port = robot.lookup("#input-port").queryAs(TextField.class);
        robot.interact(() -> port.setText("8123"));
        String other = model.profiles().selectedProperty().get().name().equals("hello") ? "lifecycle-lab" : "hello";

        robot.clickOn(other);
        await(() -> robot.lookup("#unsaved-edits").tryQuery().isPresent());
        robot.clickOn("Cancel");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(model.profiles().selectedProperty().get().name()).isNotEqualTo(other);
        assertThat(port.getText()).isEqualTo("8123");

        robot.clickOn(other);
        await(() -> robot.lookup("#unsaved-edits").tryQuery().isPresent());
        robot.clickOn("Discard");
        await(() -> model.profiles().selectedProperty().get().name().equals(other));
        assertThat(port.getText()).isNotEqualTo("8123");
    }

    @Test
    void savingFromThePromptWritesTheEditsBeforeSwitching(FxRobot robot) throws Exception {
        ListView<Profile> profiles = profilesShown(robot);
        await(() -> model.profiles().selectedProperty().get() != null);
        Profile first = model.profiles().selectedProperty().get();
        robot.clickOn("#tab-settings");
        TextField port = robot.lookup("#input-port").queryAs(TextField.class);
        robot.interact(() -> port.setText("8124"));
        String other = first.name().equals("hello") ? "lifecycle-lab" : "hello";

        robot.clickOn(other);
        await(() -> robot.lookup("#unsaved-edits").tryQuery().isPresent());
        robot.clickOn("Save");
        await(() -> model.profiles().selectedProperty().get().name().equals(other));
        Profile saved = model.profiles().profiles().stream()
                .filter(p -> p.name().equals(first.name()))
                .findFirst()
                .orElseThrow();
        assertThat(saved.values().get("port").asInt()).isEqualTo(8124);
    }
}
