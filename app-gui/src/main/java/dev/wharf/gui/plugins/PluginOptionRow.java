package dev.wharf.gui.plugins;

import atlantafx.base.controls.ToggleSwitch;
import dev.wharf.gui.fx.HelpTopic;
import dev.wharf.gui.fx.Views;
import java.util.function.Consumer;
import javafx.geometry.Pos;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Control;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/**
 * One option of an enabled plugin: its name and what a valid value is, the input that fits its
 * type (a switch, a choice or a line whose prompt is the default), what it does, and the plugin's
 * own message while the value is refused. Focusing it shows its full help.
 */
final class PluginOptionRow extends VBox {

    PluginOptionRow(String pluginId, PluginOptionField field, Consumer<HelpTopic> help) {
        getStyleClass().addAll("setting-row", "plugin-option");
        String key = pluginId + "-" + field.name();
        setId("plugin-option-" + key);

        Label name = new Label(field.name());
        name.getStyleClass().add("setting-flag");
        name.setMinWidth(Region.USE_PREF_SIZE);
        Label allowed = new Label(field.allowed() + " · " + field.prompt());
        allowed.getStyleClass().add("setting-what");
        // A long list of defaults is cut short here; the tooltip and the help pane have it whole.
        allowed.setMinWidth(0);
        allowed.setTooltip(new Tooltip(allowed.getText()));
        HBox header = new HBox(8, name, allowed);
        header.setAlignment(Pos.CENTER_LEFT);

        Control input = input(field);
        input.setId("plugin-input-" + key);
        input.setMaxWidth(Double.MAX_VALUE);
        input.focusedProperty().addListener((o, before, now) -> {
            if (now) {
                help.accept(field.helpTopic());
            }
        });

        Label what = new Label(field.what());
        what.getStyleClass().add("setting-what");
        what.setWrapText(true);

        Label error = Views.error(field.errorProperty(), "plugin-error-" + key);
        Views.markRefused(input, field.errorProperty());

        getChildren().addAll(header, input, what, error);
        setOnMouseClicked(e -> help.accept(field.helpTopic()));
    }

    private static Control input(PluginOptionField field) {
        if (field.isBoolean()) {
            ToggleSwitch toggle = new ToggleSwitch();
            toggle.setSelected(Boolean.parseBoolean(field.effectiveText()));
            toggle.selectedProperty().addListener((o, before, now) -> give(field, now.toString()));
            return toggle;
        }
        if (!field.choices().isEmpty()) {
            ComboBox<String> choice = new ComboBox<>();
            choice.getItems().setAll(field.choices());
            choice.setValue(field.effectiveText());
            choice.valueProperty().addListener((o, before, now) -> give(field, now));
            return choice;
        }
        TextField text = new TextField();
        text.textProperty().bindBidirectional(field.textProperty());
        text.setPromptText(field.prompt());
        return text;
    }

    /** A switch or a choice set back to the default leaves the option out of the settings, as an empty line does. */
    private static void give(PluginOptionField field, String value) {
        field.textProperty().set(value == null || field.isDefault(value) ? "" : value);
    }
}
