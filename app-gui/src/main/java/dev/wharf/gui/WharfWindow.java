package dev.wharf.gui;

import atlantafx.base.theme.PrimerDark;
import atlantafx.base.theme.PrimerLight;
import dev.wharf.gui.prefs.WindowPlacement;
import dev.wharf.gui.prefs.WindowState;
import dev.wharf.gui.prefs.WindowStateStore;
import dev.wharf.gui.profiles.Profile;
import dev.wharf.gui.server.ServerViewModel;
import dev.wharf.gui.sessions.Session;
import dev.wharf.gui.trace.WindowTrace;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import java.util.prefs.BackingStoreException;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonType;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.stage.Screen;
import javafx.stage.Stage;
import javafx.stage.WindowEvent;

/**
 * The Wharf window on a stage: the theme, the keyboard shortcuts, the size, place, theme and last
 * profile remembered between runs, and closing, which stops every running server gracefully after
 * asking. Tests open it on their own stage with their own services.
 */
public final class WharfWindow {

    private final Stage stage;
    private final MainViewModel model;
    private final MainView view;
    private final WindowStateStore stateStore;
    private WindowState state;
    private boolean closing;

    private WharfWindow(Stage stage, MainViewModel model, WindowStateStore stateStore, Predicate<String> browser) {
        this.stage = stage;
        this.model = model;
        this.stateStore = stateStore;
        this.state = stateStore.load();
        this.view = new MainView(model, browser);
    }

    /** Builds the window on {@code stage}, shows it and loads the profiles. */
    public static WharfWindow open(
            Stage stage, MainViewModel model, WindowStateStore stateStore, Predicate<String> browser) {
        WharfWindow window = new WharfWindow(stage, model, stateStore, browser);
        window.show();
        return window;
    }

    public MainViewModel model() {
        return model;
    }

    private void show() {
        model.darkProperty().set(state.dark());
        theme(state.dark());
        model.darkProperty().addListener((o, before, dark) -> theme(dark));
        model.confirmKillProperty().set(stateStore.asksBeforeKill());
        model.confirmKillProperty().addListener((o, before, ask) -> stateStore.askBeforeKill(ask));

        WindowPlacement placement = WindowPlacement.of(
                state,
                Screen.getScreens().stream()
                        .sorted(Comparator.comparing((Screen screen) -> !screen.equals(Screen.getPrimary())))
                        .map(Screen::getVisualBounds)
                        .toList());
        Scene scene = new Scene(view, placement.width(), placement.height());
        scene.getStylesheets()
                .add(Objects.requireNonNull(WharfWindow.class.getResource("wharf.css"))
                        .toExternalForm());
        shortcuts(scene);
        stage.setScene(scene);
        stage.setTitle("Wharf");
        stage.setMinWidth(placement.minWidth());
        stage.setMinHeight(placement.minHeight());
        stage.setX(placement.x());
        stage.setY(placement.y());
        stage.setMaximized(state.maximized());
        stage.setOnCloseRequest(this::onCloseRequest);
        WindowTrace.attach(
                scene,
                model.profiles().selectedProperty().isNotNull(),
                model.sessionProperty().map(Session::workers),
                model.profiles().selectedProperty().map(Profile::name));
        model.profiles().selectedProperty().addListener((o, before, now) -> {
            if (now != null) {
                state = state.withLastProfile(now.file().toString());
            }
        });
        stage.show();
        model.profiles().load(state.openedFiles(), state.lastProfile());
    }

    private static void theme(boolean dark) {
        Application.setUserAgentStylesheet(
                dark ? new PrimerDark().getUserAgentStylesheet() : new PrimerLight().getUserAgentStylesheet());
    }

    private void shortcuts(Scene scene) {
        var accelerators = scene.getAccelerators();
        accelerators.put(Shortcuts.START.keys(), model::start);
        accelerators.put(Shortcuts.STOP.keys(), model::stop);
        accelerators.put(Shortcuts.RESTART.keys(), () -> model.server().restart());
        accelerators.put(Shortcuts.RELOAD.keys(), () -> model.server().reload());
        Runnable more = () -> model.server().scale(+1);
        accelerators.put(Shortcuts.MORE_WORKERS.keys(), more);
        // Ctrl and the key that carries '+' on most keyboards, and the keypad's.
        accelerators.put(new KeyCodeCombination(KeyCode.EQUALS, KeyCombination.SHORTCUT_DOWN), more);
        accelerators.put(new KeyCodeCombination(KeyCode.ADD, KeyCombination.SHORTCUT_DOWN), more);
        accelerators.put(Shortcuts.FEWER_WORKERS.keys(), () -> model.server().scale(-1));
        accelerators.put(
                new KeyCodeCombination(KeyCode.SUBTRACT, KeyCombination.SHORTCUT_DOWN),
                () -> model.server().scale(-1));
        accelerators.put(Shortcuts.APPLY.keys(), model::apply);
        accelerators.put(Shortcuts.SAVE.keys(), model::save);
        accelerators.put(Shortcuts.FIND.keys(), view::findInLogs);
        accelerators.put(Shortcuts.NEXT_PROFILE.keys(), () -> model.profiles().selectNext(+1));
        accelerators.put(
                Shortcuts.PREVIOUS_PROFILE.keys(), () -> model.profiles().selectNext(-1));
        KeyCode[] digits = {
            KeyCode.DIGIT1, KeyCode.DIGIT2, KeyCode.DIGIT3, KeyCode.DIGIT4, KeyCode.DIGIT5, KeyCode.DIGIT6
        };
        for (int i = 0; i < digits.length; i++) {
            int tab = i;
            accelerators.put(new KeyCodeCombination(digits[i], KeyCombination.SHORTCUT_DOWN), () -> view.showTab(tab));
        }
    }

    private void onCloseRequest(WindowEvent event) {
        if (closing) {
            event.consume();
            return;
        }
        List<Session> running = model.activeSessions();
        if (!running.isEmpty()) {
            Alert ask = new Alert(
                    Alert.AlertType.CONFIRMATION,
                    "The workers drain, run lifespan shutdown and exit before Wharf closes.",
                    new ButtonType("Stop and quit", ButtonType.OK.getButtonData()),
                    ButtonType.CANCEL);
            ask.initOwner(stage);
            ask.getDialogPane().setId("close-prompt");
            ask.setHeaderText(
                    running.size() == 1
                            ? "A server is running (" + running.get(0).name() + "). Stop it and quit?"
                            : running.size() + " servers are running ("
                                    + String.join(
                                            ", ",
                                            running.stream().map(Session::name).toList())
                                    + "). Stop them all and quit?");
            if (ask.showAndWait()
                    .map(b -> b.getButtonData() != ButtonType.OK.getButtonData())
                    .orElse(true)) {
                event.consume();
                return;
            }
        }
        event.consume();
        closing = true;
        remember();
        // Stopping waits for the workers of every server: off the FX thread, then the window goes.
        List<ServerViewModel> servers = model.allServers();
        model.stopAll().orTimeout(60, TimeUnit.SECONDS).whenComplete((done, error) -> {
            servers.forEach(ServerViewModel::shutdown);
            Platform.runLater(stage::hide);
        });
    }

    private void remember() {
        boolean maximized = stage.isMaximized();
        WindowState now = maximized
                ? state.withBounds(state.width(), state.height(), state.x(), state.y(), true)
                : state.withBounds(stage.getWidth(), stage.getHeight(), stage.getX(), stage.getY(), false);
        Profile last = model.profiles().selectedProperty().get();
        now = now.withDark(model.darkProperty().get())
                .withOpenedFiles(model.profiles().openedFiles())
                .withLastProfile(
                        last == null ? state.lastProfile() : last.file().toString());
        try {
            stateStore.save(now);
        } catch (BackingStoreException e) {
            System.err.println("Wharf could not remember the window's size and theme: " + e.getMessage());
        }
    }
}
