package dev.wharf.gui;

import static dev.wharf.gui.OnRealWorkers.await;
import static dev.wharf.gui.OnRealWorkers.onFx;
import static dev.wharf.gui.OnRealWorkers.started;
import static dev.wharf.gui.OnRealWorkers.type;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.wharf.config.catalog.PluginOptions;
import dev.wharf.gui.inspector.InspectedRequest;
import dev.wharf.gui.profiles.BundledSample;
import dev.wharf.gui.workers.WorkerRow;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.prefs.Preferences;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The Plugins panel and the request inspector in the real window, headless, on real lifecycle-lab
 * workers: enable plugins and order them, a refused option shows the plugin's message and holds
 * the start, Save writes the profile's plugins section, the workers serve through the plugins and
 * the worker's last requests show in its detail, and a plugin option applied takes effect on restart.
 */
@ExtendWith(ApplicationExtension.class)
class PluginsOnRealWorkersTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    static Path config;

    private final Preferences prefs = Preferences.userRoot().node("dev/wharf/test/" + UUID.randomUUID());
    private final HttpClient http = HttpClient.newHttpClient();
    private MainViewModel model;

    @Start
    void open(Stage stage) {
        model = OnRealWorkers.openWindow(
                stage,
                config.resolve(UUID.randomUUID().toString()),
                List.of(new BundledSample("lifecycle-lab", "lab")),
                prefs);
    }

    @AfterEach
    void stopEverything() throws Exception {
        // Stopping publishes on the window's properties: from the FX thread, then wait off it.
        WaitForAsyncUtils.asyncFx(() -> model.server().stop())
                .get(10, TimeUnit.SECONDS)
                .get(60, TimeUnit.SECONDS);
        model.server().shutdown();
        http.close();
        prefs.removeNode();
    }

    @Test
    void pluginsEnabledInThePanelWrapTheWorkersAndTheInspectorShowsTheirRequests(FxRobot robot) throws Exception {
        await(() -> onFx(() -> model.profiles().selectedProperty().get() != null));
        robot.clickOn("#tab-settings");
        type(robot, "#input-port", "0");
        await(() -> robot.lookup("#plugin-enabled-request-inspector").tryQuery().isPresent());

        // Enable the inspector, then gzip; gzip moves outwards, first in the order.
        tick(robot, "request-inspector");
        tick(robot, "gzip");
        robot.interact(() -> robot.lookup("#plugin-up-gzip").queryButton().fire());
        assertThat(onFx(() -> model.form().settings().orElseThrow().get(PluginOptions.PLUGINS)))
                .containsExactly("gzip", "request-inspector");

        // A level gzip refuses shows gzip's own message and holds the start.
        type(robot, "#plugin-input-gzip-level", "12");
        Label error = robot.lookup("#plugin-error-gzip-level").queryAs(Label.class);
        await(error::isVisible);
        assertThat(error.getText()).isEqualTo("✖ 12 is out of range; use a whole number from 1 to 9");
        assertThat(robot.lookup("#plugins-problems").queryAs(Label.class).getText())
                .contains("plugin 'gzip', option 'level': 12 is out of range");
        assertThat(robot.lookup("#start").queryButton().isDisabled()).isTrue();
        type(robot, "#plugin-input-gzip-level", "1");
        await(() -> !robot.lookup("#start").queryButton().isDisabled());

        // Saving writes the profile's plugins section, in order, with the option given.
        robot.interact(() -> robot.lookup("#save").queryButton().fire());
        Path file = onFx(() -> model.profiles().selectedProperty().get().file());
        await(() -> Files.readString(file).contains("\"plugins\""));
        JsonNode plugins = JSON.readTree(file.toFile()).get("plugins");
        assertThat(plugins.get(0).get("id").asText()).isEqualTo("gzip");
        assertThat(plugins.get(0).get("options").get("level").asText()).isEqualTo("1");
        assertThat(plugins.get(1).asText()).isEqualTo("request-inspector");

        robot.clickOn("#start");
        await(() -> started(model).size() == 1);
        String address = model.server().addressProperty().get();
        HttpResponse<String> state = http.send(
                HttpRequest.newBuilder(URI.create(address + "/state")).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(state.statusCode()).isEqualTo(200);
        String body = "{\"greeting\": \"" + "hello ".repeat(200) + "\"}";
        HttpResponse<String> echo = http.send(
                HttpRequest.newBuilder(URI.create(address + "/echo?from=test"))
                        .header("content-type", "application/json")
                        .header("accept-encoding", "gzip")
                        .POST(HttpRequest.BodyPublishers.ofString(body))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        // gzip (level 1) wraps the app: the echoed JSON comes back compressed.
        assertThat(echo.headers().firstValue("content-encoding")).hasValue("gzip");

        // The worker's last requests, newest first; the POST in full.
        robot.clickOn("#tab-workers");
        WorkerRow worker = started(model).get(0);
        robot.interact(() -> model.workers().selectedProperty().set(worker));
        robot.clickOn("#tab-requests");
        await(() -> onFx(() -> model.workers().inspector().requests().size() >= 2));
        InspectedRequest post =
                onFx(() -> model.workers().inspector().requests().get(0));
        assertThat(post.method()).isEqualTo("POST");
        assertThat(post.target()).isEqualTo("/echo?from=test");
        robot.interact(() -> model.workers().inspector().selectedProperty().set(post));
        TextArea detail = robot.lookup("#request-detail").queryAs(TextArea.class);
        assertThat(detail.getText())
                .startsWith("POST /echo?from=test HTTP/1.1 → 200")
                .contains("content-type: application/json")
                .contains("{\"greeting\": \"hello hello");
        assertThat(robot.lookup("#tab-requests").tryQuery()).isPresent();

        // A plugin option applied waits for a restart, and the restarted workers run with it.
        robot.clickOn("#tab-settings");
        type(robot, "#plugin-input-request-inspector-capacity", "1");
        Button apply = robot.lookup("#apply").queryButton();
        await(() -> !apply.isDisabled());
        robot.interact(apply::fire);
        await(() -> robot.lookup("#restart-now").queryButton().isVisible());
        robot.interact(() -> robot.lookup("#restart-now").queryButton().fire());
        await(() -> onFx(() -> model.server().generationProperty().get() == 2)
                && started(model).size() == 1
                && started(model).get(0).generationProperty().get() == 2);
        for (int i = 0; i < 3; i++) {
            http.send(
                    HttpRequest.newBuilder(URI.create(address + "/state")).build(),
                    HttpResponse.BodyHandlers.discarding());
        }
        WorkerRow restarted = started(model).get(0);
        robot.interact(() -> model.workers().selectedProperty().set(restarted));
        await(() -> onFx(() -> model.workers().inspector().requests().size() == 1
                && model.workers().inspector().requests().get(0).id() == 3));
    }

    private static void tick(FxRobot robot, String plugin) {
        CheckBox box = robot.lookup("#plugin-enabled-" + plugin).queryAs(CheckBox.class);
        robot.interact(box::fire);
        assertThat(box.isSelected()).isTrue();
    }
}
