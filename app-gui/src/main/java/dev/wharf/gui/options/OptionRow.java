package dev.wharf.gui.options;

import atlantafx.base.controls.Spacer;
import atlantafx.base.controls.ToggleSwitch;
import dev.wharf.asgi.option.OptionKind;
import dev.wharf.gui.fx.Badge;
import dev.wharf.gui.fx.HelpTopic;
import dev.wharf.gui.fx.Views;
import java.io.File;
import java.util.function.Consumer;
import java.util.function.Function;
import javafx.beans.binding.Bindings;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Control;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.TextInputControl;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import javafx.util.StringConverter;

/**
 * One option in a form: a header saying which option it is, the input its kind calls for, what it
 * does, and below it the option's message while the value is refused and the lint warnings that
 * concern it. Focusing it shows its full help. A setting's header has its flag, whether it is
 * applied yet and whether it applies live; a plugin option's has its name and what it allows.
 */
public final class OptionRow extends VBox {

    private OptionRow(OptionField field, String key, String idPrefix, Node header, Consumer<HelpTopic> help) {
        getStyleClass().add("setting-row");
        Control input = input(field);
        input.setId(idPrefix + "input-" + key);
        input.setMaxWidth(Double.MAX_VALUE);
        input.focusedProperty().addListener((o, before, now) -> {
            if (now) {
                help.accept(field.helpTopic());
            }
        });

        Label what = new Label(field.help().what());
        what.getStyleClass().add("setting-what");
        what.setWrapText(true);

        Label error = Views.error(field.errorProperty(), idPrefix + "error-" + key);
        Views.markRefused(input, field.errorProperty());
        Label lint = Views.warning(field.lintProperty(), idPrefix + "lint-" + key);

        getChildren().addAll(header, withPicker(input, field, idPrefix + "browse-" + key), what, error, lint);
        setOnMouseClicked(e -> help.accept(field.helpTopic()));
    }

    /**
     * A setting's row: its flag, "not applied yet" while the running server has another value, the
     * form's own {@code marks} (where the value came from), live or restart.
     */
    public static OptionRow ofSetting(OptionField field, Consumer<HelpTopic> help, Node... marks) {
        Label flag = new Label(field.title());
        flag.getStyleClass().add("setting-flag");
        Label pending = new Label("● not applied yet");
        pending.getStyleClass().add("setting-pending");
        pending.visibleProperty().bind(field.pendingProperty());
        pending.managedProperty().bind(field.pendingProperty());
        Badge apply = new Badge();
        apply.show(field.live() ? "live" : "restart", field.live() ? "live" : "restart");
        apply.setTooltip(new Tooltip(field.applyLabel()));
        HBox header = new HBox(8, flag, pending, new Spacer());
        header.getChildren().addAll(marks);
        header.getChildren().add(apply);
        header.setAlignment(Pos.CENTER_LEFT);

        OptionRow row = new OptionRow(field, field.name(), "", header, help);
        row.setId("setting-" + field.name());
        return row;
    }

    /** An option of the plugin {@code pluginId}: its name, and what a valid value is beside what blank means. */
    public static OptionRow ofPluginOption(String pluginId, OptionField field, Consumer<HelpTopic> help) {
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

        String key = pluginId + "-" + field.name();
        OptionRow row = new OptionRow(field, key, "plugin-", header, help);
        row.getStyleClass().add("plugin-option");
        row.setId("plugin-option-" + key);
        return row;
    }

    /** The input for the option's kind; numbers, seconds and paths are typed, as on the command line. */
    private static Control input(OptionField field) {
        return switch (field.kind()) {
            case BOOLEAN -> {
                ToggleSwitch toggle = new ToggleSwitch();
                // Binding copies the switch's state into the text: the switch must show the value first.
                toggle.setSelected(Boolean.parseBoolean(field.effectiveText()));
                Bindings.bindBidirectional(
                        field.textProperty(), toggle.selectedProperty(), picked(field, Boolean::parseBoolean));
                yield toggle;
            }
            case CHOICE -> {
                ComboBox<String> choice = new ComboBox<>();
                choice.getItems().setAll(field.choices());
                choice.setValue(field.effectiveText());
                Bindings.bindBidirectional(field.textProperty(), choice.valueProperty(), picked(field, text -> text));
                yield choice;
            }
            case LIST -> field.multiline() ? text(new TextArea(), field) : text(new TextField(), field);
            case TEXT, INTEGER, NUMBER, SECONDS, PATH -> text(new TextField(), field);
        };
    }

    /** A path's input with a "Browse…" button beside it (a key file, a certificate), the path still typeable. */
    private static Node withPicker(Control input, OptionField field, String id) {
        if (field.kind() != OptionKind.PATH) {
            return input;
        }
        Button browse = new Button("Browse…");
        browse.setId(id);
        browse.setMinWidth(Region.USE_PREF_SIZE);
        browse.setOnAction(e -> {
            FileChooser chooser = new FileChooser();
            chooser.setTitle(field.title());
            File picked = chooser.showOpenDialog(browse.getScene().getWindow());
            if (picked != null) {
                field.textProperty().set(picked.getAbsolutePath());
            }
        });
        HBox row = new HBox(6, input, browse);
        row.setAlignment(Pos.CENTER_LEFT);
        HBox.setHgrow(input, Priority.ALWAYS);
        return row;
    }

    /** Between a picked value and the field's text: a plugin option's default picked leaves the text blank. */
    private static <T> StringConverter<T> picked(OptionField field, Function<String, T> fromText) {
        return new StringConverter<>() {
            @Override
            public String toString(T picked) {
                return field.textFor(picked == null ? null : picked.toString());
            }

            @Override
            public T fromString(String text) {
                return fromText.apply(field.effectiveText(text));
            }
        };
    }

    private static TextInputControl text(TextInputControl control, OptionField field) {
        control.textProperty().bindBidirectional(field.textProperty());
        control.setPromptText(field.prompt());
        if (control instanceof TextArea area) {
            area.setPrefRowCount(3);
        }
        return control;
    }
}
