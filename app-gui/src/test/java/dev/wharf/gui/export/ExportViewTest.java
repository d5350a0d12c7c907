package dev.wharf.gui.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.wharf.config.Settings;
import dev.wharf.config.catalog.AppOptions;
import dev.wharf.config.catalog.TimeoutOptions;
import dev.wharf.config.profile.Presets;
import dev.wharf.config.profile.ProfileFile;
import dev.wharf.config.setting.Preset;
import dev.wharf.export.kubernetes.KubernetesManifests;
import dev.wharf.gui.fx.UiThreads;
import io.fabric8.kubernetes.api.model.Service;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.TextField;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import tools.jackson.dataformat.yaml.YAMLMapper;

/**
 * Export… headless: the user picks the target and types the folder, presses Export, and the files
 * {@code wharf export} writes are there and read back (systemd's units with their ExecStart on the
 * inherited socket, Kubernetes' YAML through fabric8's model); a profile the production lint refuses
 * writes nothing and says why.
 */
@ExtendWith(ApplicationExtension.class)
class ExportViewTest {

    private static final Duration EXPORT = Duration.ofSeconds(30);

    @TempDir
    static Path folder;

    private ExportViewModel model;

    @Start
    void open(Stage stage) throws Exception {
        model = exporting("shop", Presets.settings(Preset.CONTAINER, new Presets.Inputs("10.0.0.0/8", 10, 40, 2)));
        stage.setScene(new Scene(new ExportView(model), 760, 520));
        stage.show();
    }

    @Test
    void systemdUnitsAreWrittenToTheFolderTyped(FxRobot robot) throws Exception {
        Path out = folder.resolve("systemd");
        type(robot, "#export-folder", out.toString());
        robot.clickOn("#export-run");

        await().atMost(EXPORT).until(() -> model.writtenProperty().get());
        assertThat(model.outputProperty().get()).contains("Wrote " + out.resolve("shop.service"));
        String service = Files.readString(out.resolve("shop.service"));
        assertThat(service).contains("[Service]").contains("ExecStart=").contains("--fd 3");
        assertThat(Files.readString(out.resolve("shop.socket")))
                .contains("[Socket]")
                .contains("ListenStream=");
    }

    @Test
    void kubernetesManifestsReadBackThroughFabric8sModel(FxRobot robot) throws Exception {
        Path out = folder.resolve("k8s");
        robot.interact(() -> model.targetProperty().set(ExportTarget.KUBERNETES));
        assertThat(robot.lookup("#export-run").queryButton().isDisabled())
                .as("Kubernetes needs an image first")
                .isTrue();
        type(robot, "#export-folder", out.toString());
        type(robot, "#export-image", "registry.example/shop:1.0");
        robot.clickOn("#export-run");

        await().atMost(EXPORT).until(() -> model.writtenProperty().get());
        YAMLMapper yaml = KubernetesManifests.yamlMapper();
        Deployment deployment =
                yaml.readValue(out.resolve("shop-deployment.yaml").toFile(), Deployment.class);
        assertThat(deployment.getMetadata().getName()).isEqualTo("shop");
        assertThat(deployment.getSpec().getTemplate().getSpec().getContainers())
                .singleElement()
                .satisfies(container -> assertThat(container.getImage()).isEqualTo("registry.example/shop:1.0"));
        assertThat(yaml.readValue(out.resolve("shop-service.yaml").toFile(), Service.class)
                        .getMetadata()
                        .getName())
                .isEqualTo("shop");
        assertThat(out.resolve("shop-pdb.yaml")).exists();
    }

    /** Export… for a profile file of lifecycle-lab with {@code settings}, saved as {@code name}.json. */
    private static ExportViewModel exporting(String name, Settings settings) throws IOException {
        Path profile = folder.resolve(name + ".json");
        ProfileFile.write(profile, name, settings.with(AppOptions.APP, "lifecycle-lab"), null);
        return new ExportViewModel(
                profile,
                new UiThreads(Platform::runLater, task -> Thread.ofVirtual().start(task)));
    }

    /** Into the field as typing leaves it (set in one go: key events differ between headless platforms). */
    private static void type(FxRobot robot, String field, String text) {
        robot.clickOn(field);
        TextField input = robot.lookup(field).queryAs(TextField.class);
        robot.interact(() -> input.setText(text));
    }

    @Test
    void aProfileTheProductionLintRefusesWritesNothingAndSaysWhy(FxRobot robot) throws Exception {
        ExportViewModel refusing = exporting(
                "no-drain",
                Presets.settings(Preset.CONTAINER, new Presets.Inputs("10.0.0.0/8", null, null, 2))
                        .with(TimeoutOptions.TIMEOUT_GRACEFUL_SHUTDOWN, Duration.ZERO));
        Path out = folder.resolve("refused");
        robot.interact(() -> refusing.folderProperty().set(out.toString()));

        int exit = refusing.export().get();

        assertThat(exit).isEqualTo(2);
        assertThat(refusing.writtenProperty().get()).isFalse();
        assertThat(refusing.outputProperty().get()).contains("refused:").contains("Nothing written");
        assertThat(out.resolve("no-drain.service")).doesNotExist();
    }
}
