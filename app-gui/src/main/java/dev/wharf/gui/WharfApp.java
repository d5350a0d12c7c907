package dev.wharf.gui;

import dev.wharf.config.setting.Setting;
import dev.wharf.gui.desktop.DesktopOpener;
import dev.wharf.gui.fx.UiThreads;
import dev.wharf.gui.prefs.ConfigFolder;
import dev.wharf.gui.prefs.WindowStateStore;
import dev.wharf.gui.profiles.BundledSample;
import dev.wharf.gui.telemetry.TelemetrySource;
import dev.wharf.gui.trace.GuiTrace;
import dev.wharf.supervisor.process.Supervisors;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;
import javafx.application.Application;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.stage.Stage;

/** The JavaFX application: wires the window to this user's config folder, the real supervisor and the desktop. */
public final class WharfApp extends Application {

    /**
     * The preferences store announces on first use that it made its folder; the console stays for
     * what matters. Held here so the level outlives garbage collection of the logger.
     */
    private static final Logger PREFERENCES_LOG = Logger.getLogger("java.util.prefs");

    /** The flags of {@code wharf window}: JavaFX makes the application itself, so they wait here. */
    private static volatile Map<Setting<?>, List<String>> flags = Map.of();

    /** Opens the window, {@code flags} over every profile's values; returns when it has closed. */
    static void open(Map<Setting<?>, List<String>> flags) {
        WharfApp.flags = Map.copyOf(flags);
        Application.launch(WharfApp.class);
    }

    @Override
    public void start(Stage stage) {
        GuiTrace.get().mark("fx-start");
        PREFERENCES_LOG.setLevel(Level.WARNING);
        ConfigFolder config = ConfigFolder.forThisUser();
        UiThreads threads = UiThreads.javaFx();
        MainViewModel model = new MainViewModel(new MainViewModel.Services(
                config.profiles(),
                BundledSample.on(WharfApp.class.getClassLoader()),
                Supervisors::create,
                TelemetrySource.coalesced(threads.fx()),
                threads,
                text -> {
                    ClipboardContent content = new ClipboardContent();
                    content.putString(text);
                    Clipboard.getSystemClipboard().setContent(content);
                },
                Runtime.getRuntime().availableProcessors()));
        // The form reads flags and WHARF_* variables as `wharf run` does, and marks the values they give.
        model.form().useCommandLine(flags);
        model.form().useEnvironment(System.getenv());
        WharfWindow.open(stage, model, WindowStateStore.forThisUser(), DesktopOpener::open);
    }
}
