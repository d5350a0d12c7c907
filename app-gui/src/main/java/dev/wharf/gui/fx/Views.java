package dev.wharf.gui.fx;

import atlantafx.base.theme.Styles;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ObjectProperty;
import javafx.beans.value.ObservableStringValue;
import javafx.scene.control.Control;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;

/** The small pieces of view code every form and table shares: a message under a field, a selection kept in a view model. */
public final class Views {

    /**
     * The height of a dense table row in the themes Wharf uses. Tables whose rows all have it lay
     * them out without measuring (and styling) every cell again each time a value changes.
     */
    public static final double DENSE_ROW_HEIGHT = 28;

    private Views() {}

    /** A refusal under a field: "✖ message", shown (and taking room) only while there is one. */
    public static Label error(ObservableStringValue message, String id) {
        return message(message, "✖ ", "setting-error", id);
    }

    /** A warning under a field: "⚠ message", shown only while there is one. */
    public static Label warning(ObservableStringValue message, String id) {
        return message(message, "⚠ ", "setting-lint", id);
    }

    /** Marks {@code input} as refused while {@code message} holds one. */
    public static void markRefused(Control input, ObservableStringValue message) {
        message.addListener((o, before, now) -> input.pseudoClassStateChanged(Styles.STATE_DANGER, now != null));
        input.pseudoClassStateChanged(Styles.STATE_DANGER, message.get() != null);
    }

    /** Keeps a table's selected row and the view model's selection the same, whichever changes. */
    public static <T> void bindSelection(TableView<T> table, ObjectProperty<T> selected) {
        table.getSelectionModel().selectedItemProperty().addListener((o, before, now) -> selected.set(now));
        selected.addListener((o, before, now) -> {
            if (table.getSelectionModel().getSelectedItem() != now) {
                table.getSelectionModel().select(now);
            }
        });
    }

    private static Label message(ObservableStringValue message, String mark, String style, String id) {
        Label label = new Label();
        label.setId(id);
        label.getStyleClass().add(style);
        label.setWrapText(true);
        label.textProperty()
                .bind(Bindings.createStringBinding(() -> message.get() == null ? "" : mark + message.get(), message));
        label.visibleProperty().bind(Bindings.isNotNull(message));
        label.managedProperty().bind(label.visibleProperty());
        return label;
    }
}
