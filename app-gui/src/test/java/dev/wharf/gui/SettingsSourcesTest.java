package dev.wharf.gui;

import static dev.wharf.gui.OnFakeSupervisors.await;
import static dev.wharf.gui.OnFakeSupervisors.profilesShown;
import static org.assertj.core.api.Assertions.assertThat;

import dev.wharf.config.Settings;
import dev.wharf.config.catalog.ServerOptions;
import dev.wharf.config.catalog.WorkerOptions;
import dev.wharf.config.profile.ProfileFile;
import dev.wharf.gui.fx.Badge;
import dev.wharf.gui.profiles.Profile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.control.TitledPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** Where each value of the settings form came from, the effective settings copied out, and the form's search. */
class SettingsSourcesTest extends OnFakeSupervisors {

    @TempDir
    Path folder;

    @Start
    void open(Stage stage) {
        openWindow(stage);
    }

    @Test
    void eachFieldIsMarkedWithTheSourceOfItsValue(FxRobot robot) throws Exception {
        showSettingsWith(robot, Map.of("WHARF_WORKERS", "3"));

        Badge app = robot.lookup("#source-app").queryAs(Badge.class);
        Badge workers = robot.lookup("#source-workers").queryAs(Badge.class);
        Badge port = robot.lookup("#source-port").queryAs(Badge.class);
        assertThat(app.getText()).isEqualTo("profile");
        assertThat(app.getTooltip().getText()).startsWith("From the profile ").endsWith(".json");
        assertThat(workers.getText()).isEqualTo("env");
        assertThat(workers.getTooltip().getText()).isEqualTo("From WHARF_WORKERS");
        assertThat(robot.lookup("#input-workers").queryAs(TextField.class).getText())
                .isEqualTo("3");
        assertThat(port.getText()).isEqualTo("default");
        assertThat(port.getTooltip().getText()).startsWith("The default");

        robot.interact(
                () -> robot.lookup("#input-port").queryAs(TextField.class).setText("8125"));
        assertThat(port.getText()).isEqualTo("edited");
        assertThat(port.getTooltip().getText()).contains("not saved");
    }

    @Test
    void savingKeepsTheEnvironmentsValueOutOfTheProfile(FxRobot robot) throws Exception {
        Profile shown = showSettingsWith(robot, Map.of("WHARF_WORKERS", "3"));
        robot.interact(
                () -> robot.lookup("#input-port").queryAs(TextField.class).setText("8126"));

        robot.clickOn("#save");

        await(() -> profileNamed(shown.name()).values().containsKey("port"));
        Profile saved = profileNamed(shown.name());
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(model.profiles().selectedProperty().get().name()).isEqualTo(shown.name());
        assertThat(saved.values().get("port").asInt()).isEqualTo(8126);
        assertThat(saved.values()).doesNotContainKey("workers");
        assertThat(robot.lookup("#source-port").queryAs(Badge.class).getText()).isEqualTo("profile");
        assertThat(robot.lookup("#source-workers").queryAs(Badge.class).getText())
                .isEqualTo("env");
    }

    @Test
    void aFlagOfWharfWindowBeatsTheEnvironmentIsMarkedFlagAndStaysOutOfTheSavedProfile(FxRobot robot) throws Exception {
        Profile shown = showSettingsWith(robot, Map.of("WHARF_WORKERS", "3", "WHARF_TIMEOUT_KEEP_ALIVE", "9"));
        robot.interact(() -> model.form()
                .useCommandLine(Map.of(
                        WorkerOptions.WORKERS, List.of("5"),
                        ServerOptions.HEADERS, List.of("x-one: 1", "x-two: 2"))));

        Badge workers = robot.lookup("#source-workers").queryAs(Badge.class);
        assertThat(workers.getText()).isEqualTo("flag");
        assertThat(workers.getTooltip().getText()).isEqualTo("From --workers on the command line");
        assertThat(robot.lookup("#input-workers").queryAs(TextField.class).getText())
                .isEqualTo("5");
        assertThat(model.form().settings().orElseThrow().get(ServerOptions.HEADERS))
                .containsExactly("x-one: 1", "x-two: 2");
        // A variable the command line does not override still marks its own field.
        assertThat(robot.lookup("#source-timeout_keep_alive")
                        .queryAs(Badge.class)
                        .getText())
                .isEqualTo("env");

        robot.interact(
                () -> robot.lookup("#input-port").queryAs(TextField.class).setText("8127"));
        robot.clickOn("#save");

        await(() -> profileNamed(shown.name()).values().containsKey("port"));
        Profile saved = profileNamed(shown.name());
        // The profile keeps its own values (or none) where the flags gave the form theirs.
        assertThat(saved.values().get("workers")).isEqualTo(shown.values().get("workers"));
        assertThat(saved.values().get("headers")).isEqualTo(shown.values().get("headers"));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(workers.getText()).isEqualTo("flag");
        assertThat(robot.lookup("#input-workers").queryAs(TextField.class).getText())
                .isEqualTo("5");
    }

    @Test
    void theEffectiveSettingsAreCopiedAsACommandLineAndAsAProfileThatReadsBack(FxRobot robot) throws Exception {
        Profile shown = showSettingsWith(robot, Map.of("WHARF_WORKERS", "3"));
        robot.interact(
                () -> model.form().field(ServerOptions.HEADERS).textProperty().set("x-team: it's ours"));

        robot.clickOn("#copy-settings");
        robot.clickOn("Copy as command line (wharf run …)");
        await(() -> copied.size() == 1);
        assertThat(copied.get(0))
                .isEqualTo("wharf run " + shown.name() + " --header 'x-team: it'\\''s ours' --workers 3");

        robot.clickOn("#copy-settings");
        robot.clickOn("Copy as wharf.json");
        await(() -> copied.size() == 2);
        Path file = Files.writeString(folder.resolve("wharf.json"), copied.get(1));
        Settings readBack = ProfileFile.read(file).settings();
        assertThat(readBack).isEqualTo(model.form().settings().orElseThrow());
        assertThat(ProfileFile.read(file).name()).isEqualTo(shown.name());
    }

    @Test
    void theSearchBoxShowsOnlyMatchingSettingsAndClearingItRestoresTheForm(FxRobot robot) throws Exception {
        showSettingsWith(robot, Map.of());
        TitledPane tls = robot.lookup("#section-tls").queryAs(TitledPane.class);
        TitledPane server = robot.lookup("#section-server").queryAs(TitledPane.class);
        assertThat(tls.isExpanded()).isFalse();

        robot.clickOn("#settings-search").write("certfile");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(shown(robot, "#setting-ssl_certfile")).isTrue();
        assertThat(shown(robot, "#setting-port")).isFalse();
        assertThat(tls.isVisible()).isTrue();
        assertThat(tls.isExpanded()).isTrue();
        assertThat(server.isVisible()).isFalse();

        robot.interact(
                () -> robot.lookup("#settings-search").queryAs(TextField.class).setText("keep alive"));
        assertThat(shown(robot, "#setting-timeout_keep_alive")).isTrue();
        assertThat(shown(robot, "#setting-port")).isFalse();
        assertThat(tls.isVisible()).isFalse();

        robot.interact(
                () -> robot.lookup("#settings-search").queryAs(TextField.class).setText("no such thing"));
        assertThat(robot.lookup("#settings-search-none").queryAs(Label.class).isVisible())
                .isTrue();

        robot.interact(
                () -> robot.lookup("#settings-search").queryAs(TextField.class).clear());
        assertThat(server.isVisible()).isTrue();
        assertThat(tls.isVisible()).isTrue();
        assertThat(tls.isExpanded()).isFalse();
        assertThat(shown(robot, "#setting-port")).isTrue();
        assertThat(shown(robot, "#setting-ssl_keyfile")).isTrue();
        assertThat(robot.lookup("#settings-search-none").queryAs(Label.class).isVisible())
                .isFalse();
    }

    /** Opens the Settings tab with the selected profile loaded under {@code environment}; answers the profile. */
    private Profile showSettingsWith(FxRobot robot, Map<String, String> environment) throws Exception {
        profilesShown(robot);
        await(() -> model.profiles().selectedProperty().get() != null);
        robot.interact(() -> model.form().useEnvironment(environment));
        robot.clickOn("#tab-settings");
        WaitForAsyncUtils.waitForFxEvents();
        return model.profiles().selectedProperty().get();
    }

    private Profile profileNamed(String name) {
        return model.profiles().profiles().stream()
                .filter(p -> p.name().equals(name))
                .findFirst()
                .orElseThrow();
    }

    private static boolean shown(FxRobot robot, String query) {
        Node row = robot.lookup(query).query();
        return row.isVisible() && row.isManaged();
    }
}
