package dev.wharf.gui.settings;

import atlantafx.base.controls.Spacer;
import atlantafx.base.controls.ToggleSwitch;
import dev.wharf.asgi.option.ListType;
import dev.wharf.gui.fx.Badge;
import dev.wharf.gui.fx.Views;
import java.util.function.Consumer;
import javafx.beans.binding.Bindings;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Control;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.TextInputControl;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.util.converter.BooleanStringConverter;

/**
 * One setting in the form: its flag, whether it applies live, the input that fits its kind (a
 * switch, a choice, a line or a box of lines), what it does, and below it the model's message while
 * the value is refused and the lint warnings that concern it. Focusing it shows its full help.
 */
final class SettingRow extends VBox {

    private final Control input;

    SettingRow(SettingField field, Consumer<SettingField> focused) {
        getStyleClass().add("setting-row");
        String key = field.setting().key();
        setId("setting-" + key);

        Label flag = new Label(field.setting().flag());
        flag.getStyleClass().add("setting-flag");
        Label pending = new Label("● not applied yet");
        pending.getStyleClass().add("setting-pending");
        pending.visibleProperty().bind(field.pendingProperty());
        pending.managedProperty().bind(field.pendingProperty());
        Badge apply = new Badge();
        apply.show(field.live() ? "live" : "restart", field.live() ? "live" : "restart");
        apply.setTooltip(new Tooltip(field.applyLabel()));
        HBox header = new HBox(8, flag, pending, new Spacer(), apply);
        header.setAlignment(Pos.CENTER_LEFT);

        input = input(field);
        input.setId("input-" + key);
        input.setMaxWidth(Double.MAX_VALUE);
        input.focusedProperty().addListener((o, before, now) -> {
            if (now) {
                focused.accept(field);
            }
        });

        Label what = new Label(field.help().what());
        what.getStyleClass().add("setting-what");
        what.setWrapText(true);

        Label error = Views.error(field.errorProperty(), "error-" + key);
        Views.markRefused(input, field.errorProperty());
        Label lint = Views.warning(field.lintProperty(), "lint-" + key);

        getChildren().addAll(header, input, what, error, lint);
        setOnMouseClicked(e -> focused.accept(field));
    }

    Node input() {
        return input;
    }

    private static Control input(SettingField field) {
        return switch (field.kind()) {
            case BOOLEAN -> {
                ToggleSwitch toggle = new ToggleSwitch();
                // Binding copies the switch's state into the text: the switch must show the value first.
                toggle.setSelected(Boolean.parseBoolean(field.textProperty().get()));
                Bindings.bindBidirectional(
                        field.textProperty(), toggle.selectedProperty(), new BooleanStringConverter());
                yield toggle;
            }
            case CHOICE -> {
                ComboBox<String> choice = new ComboBox<>();
                choice.getItems().setAll(field.setting().type().choices());
                choice.valueProperty().bindBidirectional(field.textProperty());
                yield choice;
            }
            case LIST ->
                field.setting().type() instanceof ListType list
                                && list.separator().equals("\n")
                        ? text(new TextArea(), field, 3)
                        : text(new TextField(), field, 0);
            default -> text(new TextField(), field, 0);
        };
    }

    private static TextInputControl text(TextInputControl control, SettingField field, int rows) {
        control.textProperty().bindBidirectional(field.textProperty());
        control.setPromptText(field.prompt());
        if (control instanceof TextArea area) {
            area.setPrefRowCount(rows);
        }
        return control;
    }
}
