package dev.wharf.gui.plugins;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.wharf.config.catalog.PluginOptions;
import dev.wharf.gui.fx.UiThreads;
import dev.wharf.gui.settings.SettingsFormViewModel;
import dev.wharf.plugins.PluginHost;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The Plugins panel, headless: the plugins folder is read when Scan folder is clicked, and a folder others can write to is refused. */
@ExtendWith(ApplicationExtension.class)
class PluginsViewTest {

    @TempDir
    Path folder;

    private final List<Path> read = new CopyOnWriteArrayList<>();
    private SettingsFormViewModel form;

    @Start
    void open(Stage stage) {
        form = new SettingsFormViewModel(4);
        PluginsViewModel model = new PluginsViewModel(
                form,
                dir -> {
                    read.add(dir == null ? Path.of("") : dir);
                    return PluginHost.discover(dir, PluginsViewTest.class.getClassLoader());
                },
                new UiThreads(Platform::runLater, command -> Thread.ofVirtual().start(command)));
        stage.setScene(new Scene(new PluginsView(model, topic -> {}), 900, 600));
        stage.show();
    }

    @Test
    void aWorldWritableFolderIsReadOnlyOnScanAndRefusedWithTheCommandThatFixesIt(FxRobot robot) throws Exception {
        assumeTrue(FileSystems.getDefault().supportedFileAttributeViews().contains("posix"));
        Path shared = Files.createDirectory(folder.resolve("shared"));
        Files.setPosixFilePermissions(shared, PosixFilePermissions.fromString("rwxrwxrwx"));
        Button scan = robot.lookup("#plugins-scan").queryButton();
        Label hint = robot.lookup("#plugins-scan-hint").queryAs(Label.class);
        Label problems = robot.lookup("#plugins-discovery-problems").queryAs(Label.class);
        await().atMost(Duration.ofSeconds(10)).until(() -> onFx(() -> !read.isEmpty()));
        assertThat(onFx(scan::isDisabled)).as("no folder set").isTrue();

        robot.interact(
                () -> form.field(PluginOptions.PLUGINS_DIR).textProperty().set(shared.toString()));

        assertThat(onFx(hint::isVisible)).isTrue();
        assertThat(onFx(hint::getText)).startsWith("The plugins folder " + shared + " is not read yet");
        assertThat(onFx(scan::isDisabled)).isFalse();
        assertThat(read).containsExactly(Path.of(""));

        robot.clickOn("#plugins-scan");

        await().atMost(Duration.ofSeconds(10)).until(() -> onFx(problems::isVisible));
        assertThat(read).containsExactly(Path.of(""), shared);
        assertThat(onFx(problems::getText))
                .contains("The plugins folder " + shared + " is world-writable")
                .endsWith("chmod go-w " + shared);
        assertThat(onFx(hint::isVisible)).isFalse();
    }

    private static <T> T onFx(Callable<T> read) throws Exception {
        return WaitForAsyncUtils.asyncFx(read).get(10, TimeUnit.SECONDS);
    }
}
