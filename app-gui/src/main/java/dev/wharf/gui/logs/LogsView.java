package dev.wharf.gui.logs;

import atlantafx.base.controls.CustomTextField;
import atlantafx.base.controls.ToggleSwitch;
import atlantafx.base.theme.Styles;
import dev.wharf.config.setting.LogLevel;
import dev.wharf.supervisor.CompileError;
import java.io.File;
import java.util.List;
import java.util.Locale;
import javafx.application.Platform;
import javafx.beans.binding.Bindings;
import javafx.collections.ListChangeListener;
import javafx.css.PseudoClass;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.SelectionMode;
import javafx.scene.control.Tooltip;
import javafx.scene.control.skin.VirtualFlow;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import javafx.util.StringConverter;

/**
 * All workers' output in one list with the filters above it (worker, least severe level, search,
 * follow, copy, export, clear) and, when the last reload failed to compile, its errors as links
 * that open {@code file:line:column} in the user's editor.
 */
public final class LogsView extends BorderPane {

    private final CustomTextField search = new CustomTextField();
    private final ListView<LogEntry> list;
    private final LogsViewModel model;

    public LogsView(LogsViewModel model) {
        this.model = model;
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

        list = new ListView<>(model.visible());
        list.setId("log-lines");
        list.getStyleClass().addAll("log-list", Styles.DENSE);
        // A fixed row height lets the list skip measuring thousands of lines.
        list.setFixedCellSize(22);
        list.getSelectionModel().setSelectionMode(SelectionMode.MULTIPLE);
        list.setCellFactory(view -> new LineCell());
        Label hint = new Label();
        hint.setId("log-hint");
        hint.getStyleClass().add("empty-hint");
        hint.textProperty()
                .bind(Bindings.when(model.emptyProperty())
                        .then("Worker output shows here once a server runs.")
                        .otherwise("No line passes the filters: choose another worker or level, or clear the search."));
        list.setPlaceholder(hint);
        // Follow keeps the newest line in view through new lines, filters, searches and tab switches.
        model.visible().addListener((ListChangeListener<LogEntry>) change -> showNewest());
        model.followProperty().addListener((o, before, now) -> showNewest());
        list.heightProperty().addListener((o, before, now) -> showNewest());

        Button copy = new Button("Copy");
        copy.setId("log-copy");
        copy.setTooltip(new Tooltip("Copy the selected lines, or every line shown when none is selected"));
        copy.setOnAction(e -> model.copy(list.getSelectionModel().getSelectedItems()));
        Button export = new Button("Export…");
        export.setId("log-export");
        export.setTooltip(new Tooltip("Write the lines shown to a file"));
        export.setOnAction(e -> {
            FileChooser chooser = new FileChooser();
            chooser.setTitle("Export the lines shown");
            chooser.setInitialFileName("wharf.log");
            File file = chooser.showSaveDialog(getScene().getWindow());
            if (file != null) {
                model.export(file.toPath(), error -> {});
            }
        });
        Button clear = new Button("Clear");
        clear.setId("log-clear");
        clear.setTooltip(new Tooltip("Forget the lines so far"));
        clear.setOnAction(e -> model.clear());
        Label count = new Label();
        count.getStyleClass().add(Styles.TEXT_MUTED);
        count.textProperty().bind(Bindings.size(model.visible()).asString("%d lines"));

        // The filters keep their words: a narrow window wraps the bar onto a second line rather than cut them.
        for (var control : List.of(worker, level, follow, copy, export, clear, count)) {
            control.setMinWidth(Region.USE_PREF_SIZE);
        }
        search.setMinWidth(Region.USE_PREF_SIZE);
        FlowPane bar = new FlowPane(8, 6, worker, level, search, follow, count, copy, export, clear);
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

    /** The tab was shown: a following list shows its newest line, as the list may have grown while hidden. */
    public void shown() {
        showNewest();
    }

    private void showNewest() {
        if (!model.followProperty().get() || model.visible().isEmpty()) {
            return;
        }
        // After this pulse's layout, when the list knows its rows: the flow then shows the last one whole.
        Platform.runLater(() -> {
            int last = model.visible().size() - 1;
            if (last < 0) {
                return;
            }
            // A filter that let more lines through changes the count the flow lays out only at its next
            // layout; before it the flow would not scroll past the count it had.
            list.scrollTo(last);
            list.layout();
            if (list.lookup(".virtual-flow") instanceof VirtualFlow<?> flow) {
                flow.scrollTo(last);
            } else {
                list.scrollTo(last);
            }
        });
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
                "The last reload did not compile; the last good generation keeps serving. Click a place to open it.");
        title.getStyleClass().add(Styles.TEXT_BOLDER);
        box.getChildren().add(title);
        for (CompileError error : model.compileErrors()) {
            Hyperlink location = new Hyperlink(error.location());
            location.getStyleClass().add("compile-error-location");
            location.setOnAction(e -> model.open(error));
            location.setTooltip(new Tooltip("Open " + error.location() + " in your editor"));
            Label message = new Label(error.message());
            message.setWrapText(true);
            HBox line = new HBox(6, location, message);
            line.setAlignment(Pos.CENTER_LEFT);
            box.getChildren().add(line);
        }
    }

    private static final class LineCell extends ListCell<LogEntry> {
        private static final PseudoClass STDERR = PseudoClass.getPseudoClass("stderr");
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
            pseudoClassStateChanged(STDERR, entry.stderr());
        }
    }
}
