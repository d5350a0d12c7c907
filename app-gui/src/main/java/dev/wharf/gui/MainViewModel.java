package dev.wharf.gui;

import dev.wharf.config.Settings;
import dev.wharf.config.catalog.ServerOptions;
import dev.wharf.gui.charts.ChartsViewModel;
import dev.wharf.gui.desktop.Editor;
import dev.wharf.gui.fx.UiThreads;
import dev.wharf.gui.logs.LogsViewModel;
import dev.wharf.gui.maven.MavenViewModel;
import dev.wharf.gui.notices.Notice;
import dev.wharf.gui.notices.NoticesViewModel;
import dev.wharf.gui.plugins.PluginsViewModel;
import dev.wharf.gui.profiles.BundledSample;
import dev.wharf.gui.profiles.ProfileStore;
import dev.wharf.gui.profiles.ProfilesViewModel;
import dev.wharf.gui.server.ServerViewModel;
import dev.wharf.gui.server.SupervisorFactory;
import dev.wharf.gui.settings.SettingsFormViewModel;
import dev.wharf.gui.telemetry.TelemetryBatch;
import dev.wharf.gui.telemetry.TelemetrySource;
import dev.wharf.gui.timeline.TimelineViewModel;
import dev.wharf.gui.trust.TrustViewModel;
import dev.wharf.gui.workers.WorkersViewModel;
import dev.wharf.plugins.PluginHost;
import dev.wharf.supervisor.CompileError;
import dev.wharf.supervisor.process.Supervisors;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;
import java.util.function.Predicate;
import java.util.function.Supplier;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;

/**
 * The window's view model: puts the panels' view models together. A profile selected loads the
 * form; Start runs the form's settings; Apply pushes them to the running server; telemetry batches
 * go to the workers panel, the charts, the timeline and the logs, in that order (the charts read the
 * workers' rows). It holds no JavaFX node and runs without a stage.
 */
public final class MainViewModel {

    /**
     * What the window needs from outside.
     *
     * @param profilesFolder  where profiles live
     * @param samples         the bundled samples to offer profiles for
     * @param supervisors     makes a supervisor for a run
     * @param telemetry       how batches reach the FX thread
     * @param threads         the FX thread and the background executor
     * @param clipboard       puts text on the clipboard
     * @param cores           the machine's processors, for the lint
     */
    public record Services(
            Path profilesFolder,
            List<BundledSample> samples,
            SupervisorFactory supervisors,
            TelemetrySource telemetry,
            UiThreads threads,
            Consumer<String> clipboard,
            int cores) {}

    private final NoticesViewModel notices = new NoticesViewModel();
    private final UiThreads threads;
    private final Consumer<String> clipboard;
    private Editor editor = Editor.fromEnvironment();
    private final ProfilesViewModel profiles;
    private final SettingsFormViewModel form;
    private final ServerViewModel server;
    private final WorkersViewModel workers;
    private final ChartsViewModel charts = new ChartsViewModel(Instant.now());
    private final TimelineViewModel timeline = new TimelineViewModel();
    private final LogsViewModel logs;
    private final MavenViewModel maven;
    private final PluginsViewModel plugins;
    private TrustViewModel trust;
    private final BooleanProperty dark = new SimpleBooleanProperty(this, "dark");
    private Supplier<UnsavedChoice> askUnsaved = () -> UnsavedChoice.CANCEL;
    private final BooleanBinding canStart;
    private final BooleanBinding canApply;

    /** What the user wants done with edits not saved to the profile they are leaving. */
    public enum UnsavedChoice {
        SAVE,
        DISCARD,
        CANCEL
    }

    public MainViewModel(Services services) {
        form = new SettingsFormViewModel(services.cores());
        threads = services.threads();
        clipboard = services.clipboard();
        server = new ServerViewModel(
                services.supervisors(), services.telemetry(), services.threads(), this::onBatch, notices);
        server.usePortWith(this::startOnPort);
        server.openSourceWith(this::openSource);
        profiles = new ProfilesViewModel(
                new ProfileStore(services.profilesFolder()), services.samples(), services.threads(), form::settings);
        workers = new WorkersViewModel(server::kill, server::restartWorker);
        logs = new LogsViewModel(services.clipboard(), services.threads().background());
        logs.openSourceWith(this::openSource);
        maven = new MavenViewModel(services.threads(), form);
        plugins = new PluginsViewModel(
                form, folder -> PluginHost.discover(folder, MainViewModel.class.getClassLoader()), services.threads());
        profiles.guardLeaving(proceed -> {
            if (!form.unsavedEditsProperty().get()) {
                proceed.run();
                return;
            }
            switch (askUnsaved.get()) {
                case SAVE ->
                    profiles.save(() -> {
                        form.markSaved();
                        proceed.run();
                    });
                case DISCARD -> proceed.run();
                case CANCEL -> {}
            }
        });
        profiles.selectedProperty().addListener((observable, before, now) -> {
            if (now != null) {
                form.load(now);
            }
        });
        server.runningSettingsProperty().addListener((observable, before, now) -> form.running(now));
        // The workers +/- scale past the DB budget before any profile is saved: the panel says so at once.
        server.runningSettingsProperty()
                .addListener((observable, before, now) ->
                        workers.showPoolMath(now, server.workersProperty().get()));
        server.workersProperty()
                .addListener((observable, before, now) ->
                        workers.showPoolMath(server.runningSettingsProperty().get(), now.intValue()));
        canStart = Bindings.createBooleanBinding(
                () -> !server.isRunning()
                        && !server.busyProperty().get()
                        && profiles.selectedProperty().get() != null
                        && form.validProperty().get(),
                server.runningProperty(),
                server.busyProperty(),
                profiles.selectedProperty(),
                form.validProperty());
        canApply = Bindings.createBooleanBinding(
                () -> server.isRunning()
                        && form.validProperty().get()
                        && form.pendingProperty().get(),
                server.runningProperty(),
                form.validProperty(),
                form.pendingProperty());
    }

    private void onBatch(TelemetryBatch batch) {
        workers.accept(batch);
        charts.sample(workers.rows(), batch.at());
        timeline.accept(batch);
        logs.accept(batch);
    }

    /** Starts the selected profile as the form shows it. */
    public void start() {
        Optional<Settings> settings = form.settings();
        if (!canStart.get() || settings.isEmpty()) {
            return;
        }
        workers.clear();
        workers.servingWith(settings.get());
        charts.clear();
        // The workers read the plugins folder as they start; the panel then lists what they load.
        plugins.scanUnlessScanned();
        server.start(settings.get());
    }

    /** The busy port's "use port N+1": the form takes the port, and the server starts on it. */
    private void startOnPort(int port) {
        form.field(ServerOptions.PORT).show(port);
        start();
    }

    /** Opens a compile error's file at its line in the user's editor; without one, copies the place and says so. */
    private void openSource(CompileError error) {
        Editor using = editor;
        threads.background().execute(() -> {
            boolean opened = using.open(Path.of(error.file()), error.line(), error.column());
            if (!opened) {
                threads.fx().execute(() -> {
                    clipboard.accept(error.location());
                    notices.post(
                            Notice.info(
                                    "editor",
                                    "No editor could be started: " + error.location()
                                            + " is copied. Set WHARF_EDITOR (e.g. \"code -g {file}:{line}:{column}\") or $EDITOR."));
                });
            }
        });
    }

    /** Uses {@code editor} for compile errors' places (tests use their own environment). */
    public void editWith(Editor editor) {
        this.editor = editor;
    }

    /** Opens the server's address with {@code browser}; where none opens, copies the address and says so. */
    public void openAddress(String address, Predicate<String> browser) {
        threads.background().execute(() -> {
            if (!browser.test(address)) {
                threads.fx().execute(() -> {
                    clipboard.accept(address);
                    notices.post(Notice.info(
                            "browser", "No browser could be opened: " + address + " is copied to the clipboard."));
                });
            }
        });
    }

    public CompletableFuture<Void> stop() {
        return server.stop();
    }

    /** Pushes the form's settings to the running server: live ones now, the rest offered for a restart. */
    public void apply() {
        Settings running = server.runningSettingsProperty().get();
        if (canApply.get()) {
            form.changesOver(running).ifPresent(next -> server.apply(next, change -> {}));
        }
    }

    /** How the window asks what to do with unsaved edits before another profile is shown. */
    public void askUnsavedWith(Supplier<UnsavedChoice> ask) {
        this.askUnsaved = ask;
    }

    /** Saves the form to the selected profile. */
    public void save() {
        profiles.save(form::markSaved);
    }

    public NoticesViewModel notices() {
        return notices;
    }

    public ProfilesViewModel profiles() {
        return profiles;
    }

    public SettingsFormViewModel form() {
        return form;
    }

    public ServerViewModel server() {
        return server;
    }

    public WorkersViewModel workers() {
        return workers;
    }

    public ChartsViewModel charts() {
        return charts;
    }

    public TimelineViewModel timeline() {
        return timeline;
    }

    public LogsViewModel logs() {
        return logs;
    }

    public MavenViewModel maven() {
        return maven;
    }

    /** The TLS section's "Trust the dev certificate", for this user on this machine; made when first shown. */
    public TrustViewModel trust() {
        if (trust == null) {
            trust = new TrustViewModel(Supervisors.devTrust(), threads, clipboard);
        }
        return trust;
    }

    public PluginsViewModel plugins() {
        return plugins;
    }

    public BooleanProperty darkProperty() {
        return dark;
    }
    /** Stopped, a profile selected and its settings valid. */
    public BooleanBinding canStartProperty() {
        return canStart;
    }
    /** Running, and the form holds valid values the server does not have yet. */
    public BooleanBinding canApplyProperty() {
        return canApply;
    }
}
