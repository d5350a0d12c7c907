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
import dev.wharf.gui.profiles.Profile;
import dev.wharf.gui.profiles.ProfileStore;
import dev.wharf.gui.profiles.ProfilesViewModel;
import dev.wharf.gui.server.ServerViewModel;
import dev.wharf.gui.server.SupervisorFactory;
import dev.wharf.gui.sessions.PortClash;
import dev.wharf.gui.sessions.Session;
import dev.wharf.gui.sessions.Sessions;
import dev.wharf.gui.settings.SettingsFormViewModel;
import dev.wharf.gui.telemetry.TelemetrySource;
import dev.wharf.gui.timeline.TimelineViewModel;
import dev.wharf.gui.trust.TrustViewModel;
import dev.wharf.gui.workers.WorkersViewModel;
import dev.wharf.plugins.PluginHost;
import dev.wharf.supervisor.CompileError;
import dev.wharf.supervisor.ServerStatus;
import dev.wharf.supervisor.process.Supervisors;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;
import java.util.function.Predicate;
import java.util.function.Supplier;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.value.ObservableValue;

/**
 * The window's view model: puts the panels' view models together. Each profile has its own
 * {@link Session} (its server, workers, charts, timeline and logs), so several run at once; the
 * selected profile's session is {@link #sessionProperty() the one shown}, and the toolbar acts on it.
 * A profile selected loads the form (with the running values when its server runs); Start runs the
 * form's settings unless another profile holds the port; Apply pushes them to the selected running
 * server. It holds no JavaFX node and runs without a stage.
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
    private final Sessions sessions;
    private final ReadOnlyObjectWrapper<Session> session = new ReadOnlyObjectWrapper<>(this, "session");
    /** One answer for every session: a user who turned the kill confirmation off meant it for the window. */
    private final BooleanProperty confirmKill = new SimpleBooleanProperty(this, "confirmKill", true);

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
        sessions = new Sessions(
                services.supervisors(),
                services.telemetry(),
                services.threads(),
                notices,
                services.clipboard(),
                this::wire);
        session.set(sessions.none());
        profiles = new ProfilesViewModel(
                new ProfileStore(services.profilesFolder()),
                services.samples(),
                services.threads(),
                form::settingsForProfile);
        form.copyWith(services.clipboard());
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
        profiles.followRenamesAndDeletes(
                (before, after) -> sessions.moved(before.file(), after), gone -> sessions.forget(gone.file()));
        profiles.selectedProperty().addListener((observable, before, now) -> show(now));
        ObservableValue<ServerViewModel> server = session.map(Session::server);
        ObservableValue<Boolean> running = server.flatMap(ServerViewModel::runningProperty);
        ObservableValue<Boolean> busy = server.flatMap(ServerViewModel::busyProperty);
        canStart = Bindings.createBooleanBinding(
                () -> !running.getValue()
                        && !busy.getValue()
                        && profiles.selectedProperty().get() != null
                        && form.validProperty().get(),
                running,
                busy,
                profiles.selectedProperty(),
                form.validProperty());
        canApply = Bindings.createBooleanBinding(
                () -> running.getValue()
                        && form.validProperty().get()
                        && form.pendingProperty().get(),
                running,
                form.validProperty(),
                form.pendingProperty());
    }

    /** Connects a new session to the window: its notices' actions, its logs' links, its form updates. */
    private void wire(Session made) {
        made.server().usePortWith(port -> startOnPort(made, port));
        made.server().openSourceWith(this::openSource);
        made.logs().openSourceWith(this::openSource);
        made.workers().confirmKillProperty().bindBidirectional(confirmKill);
        made.server().runningSettingsProperty().addListener((observable, before, now) -> {
            // The form shows one profile: only its own server's settings move it.
            if (session.get() == made) {
                form.running(now);
            }
        });
    }

    /**
     * Shows {@code profile}: the form loads it and the panels show its session. A profile whose
     * server runs shows the values it runs with, so Apply starts from what the server has.
     */
    private void show(Profile profile) {
        Session next = profile == null ? sessions.none() : sessions.of(profile);
        if (next == session.get()) {
            if (profile != null) {
                form.load(profile);
            }
            return;
        }
        form.running(null);
        if (profile != null) {
            form.load(profile);
        }
        session.set(next);
        Settings running = next.server().runningSettingsProperty().get();
        if (running != null) {
            form.show(running);
            form.running(running);
        }
    }

    /**
     * Starts the selected profile as the form shows it, unless another profile of this window holds
     * a port it would bind: then it says which, and offers the next free one.
     */
    public void start() {
        Optional<Settings> settings = form.settings();
        if (!canStart.get() || settings.isEmpty()) {
            return;
        }
        Session starting = session.get();
        Optional<PortClash> clash = sessions.clash(starting, settings.get());
        if (clash.isPresent()) {
            refuse(starting, clash.get());
            return;
        }
        // The workers read the plugins folder as they start; the panel then lists what they load.
        plugins.scanUnlessScanned();
        starting.start(settings.get());
    }

    private void refuse(Session starting, PortClash clash) {
        int free = clash.free();
        starting.server()
                .post(Notice.failure(
                        "server",
                        starting.name() + ": the server did not start: " + clash.describe(),
                        "Two servers cannot listen on one port. Stop '"
                                + clash.owner().name() + "' first, or choose another --port.",
                        List.of(new Notice.Action(
                                "Use port " + free, "use-next-port", () -> startOnPort(starting, free)))));
    }

    /** The busy port's "use port N+1": the form takes the port, and the server starts on it. */
    private void startOnPort(Session asking, int port) {
        if (session.get() != asking) {
            asking.server()
                    .post(Notice.info(
                            "server", "Select '" + asking.name() + "' first: the port is its profile's setting."));
            return;
        }
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

    /** Stops the selected profile's server. */
    public CompletableFuture<Void> stop() {
        return server().stop();
    }

    /**
     * Deletes the selected profile; a running server of it is stopped first (its workers drain), since
     * a server whose profile is gone could be neither seen nor stopped. The window asks before.
     */
    public void deleteSelected() {
        Profile profile = profiles.selectedProperty().get();
        if (profile == null) {
            return;
        }
        Session owner = sessions.of(profile);
        if (!owner.active()) {
            profiles.delete(profile);
            return;
        }
        owner.stop().whenComplete((stopped, error) -> threads.fx().execute(() -> profiles.delete(profile)));
    }

    /** Whether the selected profile's server runs or is starting: deleting it stops it first. */
    public boolean selectedRuns() {
        Profile profile = profiles.selectedProperty().get();
        return profile != null && sessions.of(profile).active();
    }

    /** Every session of the window, the empty one too: the panels the window keeps are theirs. */
    public List<Session> allSessions() {
        return sessions.all();
    }

    /** Stops every server of the window gracefully, as it closes; completes when all their workers have exited. */
    public CompletableFuture<Void> stopAll() {
        return sessions.stopAll();
    }

    /** The sessions starting or running, in the order their profiles were first shown. */
    public List<Session> activeSessions() {
        return sessions.active();
    }

    /** Every session's server, to close for good once the window has stopped them. */
    public List<ServerViewModel> allServers() {
        return sessions.all().stream().map(Session::server).toList();
    }

    /** {@code profile}'s status, live: what its chip in the profiles list shows. */
    public ObservableValue<ServerStatus> statusOf(Profile profile) {
        return sessions.of(profile).server().statusProperty();
    }

    /** Where {@code profile}'s server listens while it runs, else {@code null}, live: the profiles list shows it. */
    public ObservableValue<String> servingAt(Profile profile) {
        ServerViewModel server = sessions.of(profile).server();
        return server.statusProperty()
                .flatMap(status -> status == ServerStatus.STOPPED || status == ServerStatus.FAILED
                        ? new SimpleStringProperty(null)
                        : server.addressProperty());
    }

    /** Pushes the form's settings to the selected running server: live ones now, the rest offered for a restart. */
    public void apply() {
        ServerViewModel server = server();
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

    /** The selected profile's session: what the panels show and the toolbar acts on. */
    public ReadOnlyObjectProperty<Session> sessionProperty() {
        return session.getReadOnlyProperty();
    }

    /** The selected profile's server. */
    public ServerViewModel server() {
        return session.get().server();
    }

    public WorkersViewModel workers() {
        return session.get().workers();
    }

    public ChartsViewModel charts() {
        return session.get().charts();
    }

    public TimelineViewModel timeline() {
        return session.get().timeline();
    }

    public LogsViewModel logs() {
        return session.get().logs();
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
    /** Whether a worker's Kill asks first, in every session. */
    public BooleanProperty confirmKillProperty() {
        return confirmKill;
    }
    /** The selected profile's server stopped, its settings valid. */
    public BooleanBinding canStartProperty() {
        return canStart;
    }
    /** Running, and the form holds valid values the server does not have yet. */
    public BooleanBinding canApplyProperty() {
        return canApply;
    }
}
