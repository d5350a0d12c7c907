package dev.wharf.gui;

import atlantafx.base.controls.Spacer;
import atlantafx.base.theme.Styles;
import dev.wharf.gui.fx.Badge;
import dev.wharf.gui.server.ServerViewModel;
import dev.wharf.supervisor.ReloadReport;
import java.util.function.Consumer;
import javafx.beans.binding.Bindings;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;

/**
 * The toolbar: Start, Stop, Restart, Reload now, workers − / +, the server's state, its URL as a link
 * that opens the browser, the last reload's outcome and time, and the theme switch. Layout and
 * bindings only; each button calls a view-model command.
 */
final class ToolbarView extends HBox {

    ToolbarView(MainViewModel model, Consumer<String> browser) {
        ServerViewModel server = model.server();
        getStyleClass().add("wharf-toolbar");
        setAlignment(Pos.CENTER_LEFT);

        Label title = new Label("Wharf");
        title.getStyleClass().add("wharf-title");

        Button start = button("▶  Start", "start", Shortcuts.START, Styles.SUCCESS);
        start.setOnAction(e -> model.start());
        start.disableProperty().bind(model.canStartProperty().not());
        Button stop = button("■  Stop", "stop", Shortcuts.STOP, Styles.DANGER);
        stop.setOnAction(e -> model.stop());
        stop.disableProperty().bind(server.runningProperty().not());
        Button restart = button("⟳  Restart", "restart", Shortcuts.RESTART, null);
        restart.setOnAction(e -> server.restart());
        restart.disableProperty().bind(server.runningProperty().not());
        Button reload = button("↻  Reload now", "reload", Shortcuts.RELOAD, null);
        reload.setOnAction(e -> server.reload());
        reload.disableProperty().bind(server.runningProperty().not());

        Button fewer = button("−", "workers-minus", Shortcuts.FEWER_WORKERS, null);
        fewer.setOnAction(e -> server.scale(-1));
        fewer.disableProperty()
                .bind(server.runningProperty().not().or(server.workersProperty().lessThanOrEqualTo(1)));
        Label count = new Label();
        count.setId("workers-count");
        count.textProperty()
                .bind(Bindings.createStringBinding(
                        () -> server.workersProperty().get()
                                + (server.workersProperty().get() == 1 ? " worker" : " workers"),
                        server.workersProperty()));
        Button more = button("+", "workers-plus", Shortcuts.MORE_WORKERS, null);
        more.setOnAction(e -> server.scale(+1));
        more.disableProperty().bind(server.runningProperty().not());
        HBox workers = new HBox(4, fewer, count, more);
        workers.setAlignment(Pos.CENTER);

        Badge status = new Badge();
        status.setId("server-status");
        status.show(server.statusProperty().get());
        server.statusProperty().addListener((o, before, now) -> status.show(now));

        Hyperlink url = new Hyperlink();
        url.setId("server-url");
        url.textProperty().bind(server.addressProperty());
        url.visibleProperty().bind(server.addressProperty().isNotEmpty().and(server.runningProperty()));
        url.setOnAction(e -> browser.accept(url.getText()));
        url.setTooltip(new Tooltip("Open in the browser"));

        Label lastReload = new Label();
        lastReload.setId("last-reload");
        lastReload.textProperty().bind(server.lastReloadProperty());
        server.lastReloadOutcomeProperty().addListener((o, before, now) -> {
            lastReload.getStyleClass().removeAll(Styles.SUCCESS, Styles.DANGER);
            lastReload.getStyleClass().add(now == ReloadReport.Outcome.RELOADED ? Styles.SUCCESS : Styles.DANGER);
        });

        ToggleButton theme = new ToggleButton();
        theme.setId("theme");
        theme.textProperty()
                .bind(Bindings.when(model.darkProperty()).then("☀  Light").otherwise("☾  Dark"));
        theme.selectedProperty().bindBidirectional(model.darkProperty());
        theme.setTooltip(new Tooltip("Switch between the light and the dark theme"));
        theme.getStyleClass().add(Styles.FLAT);

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
                        lastReload,
                        theme);
    }

    private static Button button(String text, String id, Shortcuts shortcut, String style) {
        Button button = new Button(text);
        button.setId(id);
        button.setTooltip(new Tooltip(shortcut.describe()));
        if (style != null) {
            button.getStyleClass().add(style);
        }
        return button;
    }
}
