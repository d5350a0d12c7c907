package dev.wharf.gui;

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
import java.util.prefs.BackingStoreException;
import java.util.prefs.Preferences;
import javafx.application.Platform;
import javafx.scene.control.ListView;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Tests of the real window on a test's stage, its supervisors {@link FakeSupervisor}s: the two bundled samples
 * offered as profiles in a fresh folder, window state in a throw-away preferences node.
 */
@ExtendWith(ApplicationExtension.class)
abstract class OnFakeSupervisors {

    @TempDir
    static Path config;

    final List<FakeSupervisor> supervisors = new CopyOnWriteArrayList<>();
    final List<String> opened = new CopyOnWriteArrayList<>();
    final List<String> copied = new CopyOnWriteArrayList<>();
    final Preferences prefs = Preferences.userRoot().node("dev/wharf/test/" + UUID.randomUUID());
    MainViewModel model;
    /** Why the next supervisor's start fails, or {@code null}. */
    volatile String nextStartFailure;
    /** Whether the test's desktop has a browser. */
    volatile boolean browserWorks = true;

    /** Each test class calls it from its own {@code @Start} method: TestFX does not look in superclasses. */
    void openWindow(Stage stage) {
        model = newModel();
        WharfWindow.open(stage, model, new WindowStateStore(prefs), url -> browserWorks && opened.add(url));
    }

    /** A window's view model on this test's fake supervisors, as a window opened anew would have. */
    MainViewModel newModel() {
        return new MainViewModel(new MainViewModel.Services(
                config.resolve(UUID.randomUUID().toString()),
                List.of(new BundledSample("hello", "hi"), new BundledSample("lifecycle-lab", "lab")),
                settings -> {
                    FakeSupervisor supervisor = new FakeSupervisor(settings);
                    supervisor.startFailure = nextStartFailure;
                    nextStartFailure = null;
                    supervisors.add(supervisor);
                    return supervisor;
                },
                TelemetrySource.coalesced(Platform::runLater),
                new UiThreads(Platform::runLater, Runnable::run),
                copied::add,
                4));
    }

    /** Waits until the profiles list shows the two samples; answers the list. */
    static ListView<Profile> profilesShown(FxRobot robot) throws TimeoutException {
        ListView<Profile> profiles = robot.lookup("#profiles").queryListView();
        await(() ->
                profiles.getItems().size() == 2 && profiles.getSelectionModel().getSelectedItem() != null);
        return profiles;
    }

    /** The window at the smallest size it is made for, 1024×700. */
    void openSmallWindow(Stage stage) {
        openWindow(stage);
        stage.setWidth(1024);
        stage.setHeight(700);
    }

    FakeSupervisor supervisor() {
        return supervisors.get(supervisors.size() - 1);
    }

    @AfterEach
    void forget() throws BackingStoreException {
        prefs.removeNode();
    }

    static void await(Callable<Boolean> condition) throws TimeoutException {
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, condition);
    }
}
