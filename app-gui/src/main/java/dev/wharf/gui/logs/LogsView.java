package dev.wharf.gui.logs;

import atlantafx.base.controls.CustomTextField;
import atlantafx.base.controls.Spacer;
import atlantafx.base.controls.ToggleSwitch;
import atlantafx.base.theme.Styles;
import dev.wharf.config.setting.LogLevel;
import dev.wharf.supervisor.CompileError;
import java.util.List;
import java.util.Locale;
import javafx.beans.binding.Bindings;
import javafx.collections.ListChangeListener;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.SelectionMode;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;

/**
 * All workers' output in one list with the filters above it (worker, least severe level, search,
 * follow, copy) and, when the last reload failed to compile, its errors as links that copy
 * {@code file:line:column}.
 */
public final class LogsView extends BorderPane {

    private final CustomTextField search = new CustomTextField();

    public LogsView(LogsViewModel model) {
        ChoiceBox<WorkerFilter> worker = new ChoiceBox<>(model.workerChoices());
        worker.setId("log-worker");
        worker.valueProperty().bindBidirectional(model.workerProperty());
        ChoiceBox<LogLevel> level = new ChoiceBox<>();
        level.setId("log-level");
        level.getItems().setAll(LogLevel.ERROR, LogLevel.WARNING, LogLevel.INFO, LogLevel.DEBUG, LogLevel.TRACE);
        level.setConverter(new StringConverter<>() {
            @Override
            public String toString(LogLevel value) {
                return value == null ? "" : value == LogLevel.TRACE ? "All levels" : value.label() + " and above";
            }

            @Override
            public LogLevel fromString(String text) {
                throw new UnsupportedOperationException("levels are picked, not typed");
            }
        });
        level.valueProperty().bindBidirectional(model.levelProperty());
        search.setId("log-search");
        search.setPromptText("Search (Ctrl+F)");
        search.textProperty().bindBidirectional(model.searchProperty());
        search.setPrefColumnCount(24);
        ToggleSwitch follow = new ToggleSwitch("Follow");
        follow.setId("log-follow");
        follow.selectedProperty().bindBidirectional(model.followProperty());

        ListView<LogEntry> list = new ListView<>(model.visible());
        list.setId("log-lines");
        list.getStyleClass().addAll("log-list", Styles.DENSE);
        // A fixed row height lets the list skip measuring thousands of lines.
        list.setFixedCellSize(22);
        list.getSelectionModel().setSelectionMode(SelectionMode.MULTIPLE);
        list.setCellFactory(view -> new LineCell());
        Label hint = new Label("Worker output shows here once a server runs.");
        hint.getStyleClass().add("empty-hint");
        list.setPlaceholder(hint);
        model.visible().addListener((ListChangeListener<LogEntry>) change -> {
            if (model.followProperty().get() && !model.visible().isEmpty()) {
                list.scrollTo(model.visible().size() - 1);
            }
        });

        Button copy = new Button("Copy");
        copy.setId("log-copy");
        copy.setTooltip(new Tooltip("Copy the selected lines, or every line shown when none is selected"));
        copy.setOnAction(e -> model.copy(list.getSelectionModel().getSelectedItems()));
        Label count = new Label();
        count.getStyleClass().add(Styles.TEXT_MUTED);
        count.textProperty().bind(Bindings.size(model.visible()).asString("%d lines"));

        // The filters keep their words: the search field gives way first in a narrow window.
        for (var control : List.of(worker, level, follow, copy, count)) {
            control.setMinWidth(Region.USE_PREF_SIZE);
        }
        search.setMinWidth(120);
        HBox.setHgrow(search, Priority.SOMETIMES);
        HBox bar = new HBox(8, worker, level, search, follow, new Spacer(), count, copy);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.setStyle("-fx-padding: 8 12 8 12;");

        VBox errors = new VBox();
        errors.getStyleClass().add("compile-errors");
        errors.setId("compile-errors");
        model.compileErrors().addListener((ListChangeListener<CompileError>) change -> showErrors(errors, model));
        showErrors(errors, model);

        setTop(bar);
        setCenter(list);
        setBottom(errors);
    }

    /** Focuses the search field (the window's Ctrl+F). */
    public void focusSearch() {
        search.requestFocus();
        search.selectAll();
    }

    private static void showErrors(VBox box, LogsViewModel model) {
        box.getChildren().clear();
        box.setVisible(!model.compileErrors().isEmpty());
        box.setManaged(box.isVisible());
        if (model.compileErrors().isEmpty()) {
            return;
        }
        Label title = new Label(
                "The last reload did not compile; the last good generation keeps serving. Click a location to copy it.");
        title.getStyleClass().add(Styles.TEXT_BOLDER);
        box.getChildren().add(title);
        for (CompileError error : model.compileErrors()) {
            Hyperlink location = new Hyperlink(error.location());
            location.getStyleClass().add("compile-error-location");
            location.setOnAction(e -> model.copyLocation(error));
            location.setTooltip(new Tooltip("Copy " + error.location()));
            Label message = new Label(error.message());
            message.setWrapText(true);
            HBox line = new HBox(6, location, message);
            line.setAlignment(Pos.CENTER_LEFT);
            box.getChildren().add(line);
        }
    }

    private static final class LineCell extends ListCell<LogEntry> {
        private String levelClass;

        @Override
        protected void updateItem(LogEntry entry, boolean empty) {
            super.updateItem(entry, empty);
            if (levelClass != null) {
                getStyleClass().remove(levelClass);
                levelClass = null;
            }
            if (empty || entry == null) {
                setText(null);
                return;
            }
            setText(entry.display());
            levelClass = entry.level().name().toLowerCase(Locale.ROOT);
            getStyleClass().add(levelClass);
        }
    }
}
