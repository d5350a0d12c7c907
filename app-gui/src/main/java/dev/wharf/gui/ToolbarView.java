package dev.wharf.gui;

import atlantafx.base.controls.Spacer;
import atlantafx.base.theme.Styles;
import dev.wharf.config.catalog.WorkerOptions;
import dev.wharf.gui.fx.Badge;
import dev.wharf.gui.options.OptionField;
import dev.wharf.gui.server.ServerViewModel;
import dev.wharf.gui.sessions.Session;
import dev.wharf.supervisor.ServerStatus;
import java.util.List;
import java.util.function.Predicate;
import javafx.beans.binding.Bindings;
import javafx.beans.value.ObservableValue;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ContentDisplay;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;

/**
 * The toolbar: Start, Stop, Restart, Reload now, workers − / +, the server's state, its URL as a link
 * that opens the browser (or copies it), and the theme switch; messages go to the notification area. Layout and
 * bindings only; each button calls a view-model command. It shows and acts on the selected profile's
 * server: its bindings follow the selection, its commands look the server up when clicked.
 */
final class ToolbarView extends HBox {

    /** Below this width the toolbar's labelled buttons show their icons alone. */
    static final double COMPACT_BELOW = 1_180;

    ToolbarView(MainViewModel model, Predicate<String> browser) {
        ObservableValue<ServerViewModel> server = model.sessionProperty().map(Session::server);
        ObservableValue<Boolean> stopped =
                server.flatMap(ServerViewModel::runningProperty).map(running -> !running);
        getStyleClass().add("wharf-toolbar");
        setAlignment(Pos.CENTER_LEFT);

        Label title = new Label("Wharf");
        title.getStyleClass().add("wharf-title");

        Button start = button("▶", "Start", "start", Shortcuts.START, Styles.SUCCESS);
        start.setOnAction(e -> model.start());
        start.disableProperty().bind(model.canStartProperty().not());
        Button stop = button("■", "Stop", "stop", Shortcuts.STOP, Styles.DANGER);
        stop.setOnAction(e -> model.stop());
        stop.disableProperty().bind(stopped);
        Button restart = button("⟳", "Restart", "restart", Shortcuts.RESTART, null);
        restart.setOnAction(e -> model.server().restart());
        restart.disableProperty().bind(stopped);
        Button reload = button("↻", "Reload now", "reload", Shortcuts.RELOAD, null);
        reload.setOnAction(e -> model.server().reload());
        reload.disableProperty().bind(stopped);
        // Narrow windows show the buttons' icons alone (the tooltips name them); never a cut label.
        widthProperty().addListener((o, before, now) -> {
            ContentDisplay display =
                    now.doubleValue() < COMPACT_BELOW ? ContentDisplay.GRAPHIC_ONLY : ContentDisplay.LEFT;
            for (Button button : List.of(start, stop, restart, reload)) {
                button.setContentDisplay(display);
            }
        });

        Button fewer = button("−", "", "workers-minus", Shortcuts.FEWER_WORKERS, null);
        fewer.setContentDisplay(ContentDisplay.GRAPHIC_ONLY);
        fewer.setOnAction(e -> model.server().scale(-1));
        fewer.disableProperty()
                .bind(server.flatMap(
                        s -> s.runningProperty().not().or(s.workersProperty().lessThanOrEqualTo(1))));
        Label count = new Label();
        count.setId("workers-count");
        // While stopped it says what Start will run: the form's count, which a profile, a variable
        // or a flag gave it, not the last run's.
        OptionField planned = model.form().field(WorkerOptions.WORKERS);
        count.textProperty()
                .bind(server.flatMap(s -> Bindings.createStringBinding(
                        () -> {
                            int workers = !s.runningProperty().get()
                                            && planned.valid()
                                            && planned.value() instanceof Integer next
                                    ? next
                                    : s.workersProperty().get();
                            return workers
                                    + (workers == 1 ? " worker" : " workers")
                                    + (s.runningProperty().get()
                                                    && s.sparesProperty().get() > 0
                                            ? " + " + s.sparesProperty().get() + " spare"
                                            : "");
                        },
                        s.workersProperty(),
                        s.sparesProperty(),
                        s.runningProperty(),
                        planned.valueProperty(),
                        planned.errorProperty())));
        count.setTooltip(new Tooltip("A spare is a worker JVM started ahead of the next reload, which adopts it"
                + " warm: it shows in ps but serves nothing until then"));
        Button more = button("+", "", "workers-plus", Shortcuts.MORE_WORKERS, null);
        more.setContentDisplay(ContentDisplay.GRAPHIC_ONLY);
        more.setOnAction(e -> model.server().scale(+1));
        more.disableProperty().bind(stopped);
        HBox workers = new HBox(4, fewer, count, more);
        workers.setAlignment(Pos.CENTER);

        Badge status = new Badge();
        status.setId("server-status");
        server.flatMap(ServerViewModel::statusProperty).subscribe((ServerStatus now) -> status.show(now));

        Hyperlink url = new Hyperlink();
        url.setId("server-url");
        url.textProperty().bind(server.flatMap(ServerViewModel::addressProperty));
        url.visibleProperty()
                .bind(server.flatMap(s -> s.addressProperty().isNotEmpty().and(s.runningProperty())));
        url.setOnAction(e -> model.openAddress(url.getText(), browser));
        url.setMinWidth(40);
        url.setTooltip(new Tooltip("Open in the browser (copied to the clipboard where none opens)"));

        ToggleButton theme = new ToggleButton();
        theme.setId("theme");
        theme.textProperty()
                .bind(Bindings.when(model.darkProperty()).then("☀  Light").otherwise("☾  Dark"));
        theme.selectedProperty().bindBidirectional(model.darkProperty());
        theme.setTooltip(new Tooltip("Switch between the light and the dark theme"));
        theme.getStyleClass().add(Styles.FLAT);
        theme.setMinWidth(Region.USE_PREF_SIZE);
        status.setMinWidth(Region.USE_PREF_SIZE);
        count.setMinWidth(Region.USE_PREF_SIZE);

        getChildren()
                .addAll(
                        title,
                        start,
                        stop,
                        restart,
                        reload,
                        new Spacer(8),
                        workers,
                        new Spacer(8),
                        status,
                        url,
                        new Spacer(),
                        theme);
    }

    private static Button button(String icon, String text, String id, Shortcuts shortcut, String style) {
        Label graphic = new Label(icon);
        graphic.getStyleClass().add("toolbar-icon");
        Button button = new Button(text, graphic);
        button.setId(id);
        button.setMinWidth(Region.USE_PREF_SIZE);
        button.setTooltip(new Tooltip(text.isEmpty() ? shortcut.describe() : text + ": " + shortcut.describe()));
        if (style != null) {
            button.getStyleClass().add(style);
        }
        return button;
    }
}
