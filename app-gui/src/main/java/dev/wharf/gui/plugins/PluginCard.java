package dev.wharf.gui.plugins;

import atlantafx.base.controls.Spacer;
import atlantafx.base.theme.Styles;
import dev.wharf.gui.fx.Badge;
import dev.wharf.gui.fx.HelpTopic;
import dev.wharf.gui.fx.Views;
import dev.wharf.gui.options.OptionRow;
import java.util.function.Consumer;
import javafx.beans.binding.Bindings;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;

/**
 * One plugin in the Plugins panel: a switch to enable it, its place in the wrapping order with
 * buttons to move it, its id, version and where it came from, what it does, what a start would say
 * of it, and (while enabled) a field per option.
 */
final class PluginCard extends VBox {

    PluginCard(PluginEntry entry, PluginsViewModel model, Consumer<HelpTopic> help) {
        getStyleClass().add("plugin-card");
        String id = entry.id();
        setId("plugin-" + id);

        CheckBox enabled = new CheckBox();
        enabled.setId("plugin-enabled-" + id);
        enabled.selectedProperty().bindBidirectional(entry.enabledProperty());
        enabled.setTooltip(new Tooltip("Wrap the app with " + id));
        Label position = new Label();
        position.getStyleClass().addAll("badge", "plugin-position");
        position.textProperty().bind(entry.positionProperty().asString());
        position.visibleProperty().bind(entry.enabledProperty());
        position.managedProperty().bind(position.visibleProperty());
        position.setTooltip(new Tooltip("Its place in the order: 1 sees each request first and each response last"));
        Label name = new Label(id);
        name.getStyleClass().addAll(Styles.TEXT_BOLD, "setting-flag");
        Label version = new Label(entry.version());
        version.getStyleClass().add(Styles.TEXT_MUTED);
        Badge source = new Badge();
        source.show(entry.source(), entry.found() ? "plugin-source" : entry.awaitingScan() ? "stopped" : "failed");
        Button up = move(
                "↑",
                "plugin-up-" + id,
                "Move outwards: it then sees requests before the plugins below it",
                () -> model.move(entry, -1));
        Button down = move("↓", "plugin-down-" + id, "Move inwards: closer to the app", () -> model.move(entry, +1));
        up.disableProperty().bind(entry.positionProperty().lessThanOrEqualTo(1));
        down.disableProperty().bind(entry.positionProperty().greaterThanOrEqualTo(model.enabledCountProperty()));
        HBox moves = new HBox(4, up, down);
        moves.visibleProperty().bind(entry.enabledProperty());
        HBox header = new HBox(8, enabled, position, name, version, source, new Spacer(), moves);
        header.setAlignment(Pos.CENTER_LEFT);

        Label description = new Label(entry.description());
        description.getStyleClass().add("setting-what");
        description.setWrapText(true);

        Label problems = Views.error(entry.problemsProperty(), "plugin-problems-" + id);

        getChildren().addAll(header, description, problems);
        if (!entry.unknown().isEmpty()) {
            Label unknown = new Label("Entries none of its options takes: " + String.join(", ", entry.unknown()));
            unknown.getStyleClass().add("setting-lint");
            unknown.setWrapText(true);
            Button drop = new Button("Drop them");
            drop.setId("plugin-drop-unknown-" + id);
            drop.getStyleClass().add(Styles.SMALL);
            drop.setOnAction(e -> {
                model.dropUnknown(entry);
                getChildren().remove(drop.getParent());
            });
            HBox row = new HBox(8, unknown, drop);
            row.setAlignment(Pos.CENTER_LEFT);
            getChildren().add(row);
        }

        VBox options = new VBox();
        options.setId("plugin-options-" + id);
        entry.options().forEach(field -> options.getChildren().add(OptionRow.ofPluginOption(id, field, help)));
        options.visibleProperty().bind(entry.enabledProperty().and(Bindings.isNotEmpty(options.getChildren())));
        options.managedProperty().bind(options.visibleProperty());
        getChildren().add(options);
    }

    private static Button move(String text, String id, String tooltip, Runnable action) {
        Button button = new Button(text);
        button.setId(id);
        button.getStyleClass().addAll(Styles.SMALL, Styles.FLAT);
        button.setTooltip(new Tooltip(tooltip));
        button.setOnAction(e -> action.run());
        return button;
    }
}
