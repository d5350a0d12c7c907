package dev.wharf.gui.plugins;

import atlantafx.base.controls.Spacer;
import atlantafx.base.theme.Styles;
import dev.wharf.gui.fx.Badge;
import dev.wharf.gui.fx.HelpTopic;
import java.util.function.Consumer;
import javafx.beans.binding.Bindings;
import javafx.collections.ListChangeListener;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;

/**
 * The Plugins panel at the top of the settings form's Plugins section: what was found where, the
 * button that reads the plugins folder, what a start would stop at, and a card per plugin (enabled
 * ones first, in wrapping order). Layout and bindings only.
 */
public final class PluginsView extends VBox {

    public PluginsView(PluginsViewModel model, Consumer<HelpTopic> help) {
        getStyleClass().add("plugins-panel");
        setId("plugins-panel");

        Label found = new Label();
        found.setId("plugins-found");
        found.getStyleClass().add("setting-what");
        found.textProperty().bind(model.foundProperty());
        Label pending = new Label("● not applied yet");
        pending.getStyleClass().add("setting-pending");
        pending.visibleProperty().bind(model.pendingProperty());
        pending.managedProperty().bind(pending.visibleProperty());
        Badge restart = new Badge();
        restart.show("restart", "restart");
        restart.setTooltip(new Tooltip(
                "Plugins wrap the app when a worker starts: changes take effect at the next start or restart"));
        Button scan = new Button("Scan folder");
        scan.setId("plugins-scan");
        scan.getStyleClass().add(Styles.SMALL);
        scan.setMinWidth(Button.USE_PREF_SIZE);
        scan.setTooltip(new Tooltip("Read the plugins folder's jars now, to list their plugins and options. "
                + "Reading a jar runs its code: the folder is read only when you ask, or at Start."));
        scan.disableProperty().bind(model.canScanProperty().not());
        scan.setOnAction(e -> model.scan());
        HBox header = new HBox(8, found, pending, new Spacer(), scan, restart);
        header.setAlignment(Pos.CENTER_LEFT);

        Label scanHint = new Label();
        scanHint.setId("plugins-scan-hint");
        scanHint.getStyleClass().add("setting-what");
        scanHint.setWrapText(true);
        scanHint.textProperty().bind(model.scanHintProperty());
        scanHint.visibleProperty().bind(model.scanHintProperty().isNotNull());
        scanHint.managedProperty().bind(scanHint.visibleProperty());

        Label intro = new Label("Tick a plugin to wrap the app with it. The first in the order wraps all the others: "
                + "it sees each request first and each response last.");
        intro.getStyleClass().add("setting-what");
        intro.setWrapText(true);

        Label problems = new Label();
        problems.setId("plugins-problems");
        problems.getStyleClass().add("setting-error");
        problems.setWrapText(true);
        problems.textProperty()
                .bind(Bindings.createStringBinding(
                        () -> {
                            String text = model.problemsProperty().get();
                            if (text == null) {
                                return "";
                            }
                            return (model.lenient()
                                            ? "⚠ Lenient loading: the server starts without the plugins these concern:\n"
                                            : "✖ The server would not start:\n")
                                    + text;
                        },
                        model.problemsProperty()));
        problems.visibleProperty().bind(model.problemsProperty().isNotNull());
        problems.managedProperty().bind(problems.visibleProperty());

        Label discovery = new Label();
        discovery.setId("plugins-discovery-problems");
        discovery.getStyleClass().add("setting-lint");
        discovery.setWrapText(true);
        discovery
                .textProperty()
                .bind(Bindings.createStringBinding(
                        () -> String.join(
                                "\n",
                                model.discoveryProblems().stream()
                                        .map(p -> "⚠ " + p)
                                        .toList()),
                        model.discoveryProblems()));
        discovery.visibleProperty().bind(Bindings.isNotEmpty(model.discoveryProblems()));
        discovery.managedProperty().bind(discovery.visibleProperty());

        VBox cards = new VBox(8);
        cards.setId("plugin-cards");
        Runnable show = () -> cards.getChildren()
                .setAll(model.entries().stream()
                        .map(entry -> new PluginCard(entry, model, help))
                        .toList());
        model.entries().addListener((ListChangeListener<PluginEntry>) change -> show.run());
        show.run();

        setSpacing(8);
        getChildren().addAll(header, intro, scanHint, problems, discovery, cards);
    }
}
