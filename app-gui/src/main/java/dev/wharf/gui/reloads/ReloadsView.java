package dev.wharf.gui.reloads;

import atlantafx.base.theme.Styles;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.value.ObservableValue;
import javafx.geometry.Insets;
import javafx.geometry.Orientation;
import javafx.scene.control.Label;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/**
 * "Why did this reload?": the last reloads as a table, newest first, and the selected one's files,
 * classes, decision and reason in full below it. Layout and bindings only.
 */
public final class ReloadsView extends VBox {

    /** The least width of Why, the reason in words, which takes what a wide window has left. */
    private static final double WHY_WIDTH = 240;

    public ReloadsView(ReloadsViewModel model) {
        setId("reloads");
        Label title = new Label("Why did this reload?");
        title.getStyleClass().add(Styles.TITLE_4);
        Label hint = new Label("Each reload: what changed, whether the new code was hot-swapped into the running"
                + " workers (app.state kept) or needed a new generation, and why.");
        hint.getStyleClass().add(Styles.TEXT_MUTED);
        hint.setWrapText(true);
        hint.setMinHeight(Region.USE_PREF_SIZE); // two lines on a narrow window, never cut

        TableView<ReloadRecord> table = new TableView<>(model.reloads());
        table.setId("reloads-table");
        Label empty = new Label("Reloads appear here once a server runs with --reload and a file changes.");
        empty.getStyleClass().add("empty-hint");
        table.setPlaceholder(empty);
        // Each column keeps room for its title and a narrow window scrolls the table sideways; Why,
        // the longest text, takes what a wide window has left.
        table.setColumnResizePolicy(TableView.UNCONSTRAINED_RESIZE_POLICY);
        TableColumn<ReloadRecord, String> why = column("Why", WHY_WIDTH, ReloadRecord::reason);
        table.getColumns()
                .addAll(
                        column("Time", 75, ReloadRecord::clock),
                        column("Changed", 130, ReloadRecord::filesInLine),
                        column("Decision", 215, ReloadRecord::decision),
                        column("Compile", 80, ReloadRecord::compileTime),
                        column("Swap per worker", 155, ReloadRecord::swapTimes),
                        column("app.state", 95, ReloadRecord::stateKept),
                        why);
        table.widthProperty().addListener((o, before, now) -> {
            double others = table.getColumns().stream()
                    .filter(column -> column != why)
                    .mapToDouble(TableColumn::getWidth)
                    .sum();
            // Less a vertical scroll bar's width, so a full table needs no sideways scrolling.
            why.setPrefWidth(Math.max(WHY_WIDTH, now.doubleValue() - others - 20));
        });
        table.getSelectionModel().selectedItemProperty().addListener((o, before, now) -> {
            if (now != null) {
                model.selectedProperty().set(now);
            }
        });
        model.selectedProperty().addListener((o, before, now) -> {
            if (now != null && table.getSelectionModel().getSelectedItem() != now) {
                table.getSelectionModel().select(now);
            }
        });

        GridPane details = new GridPane();
        details.setId("reload-details");
        details.setHgap(12);
        details.setVgap(6);
        details.setPadding(new Insets(8, 4, 4, 4));
        ColumnConstraints names = new ColumnConstraints();
        names.setMinWidth(120);
        ColumnConstraints values = new ColumnConstraints();
        values.setHgrow(Priority.ALWAYS);
        details.getColumnConstraints().addAll(names, values);
        row(details, 0, "When", "reload-time", model, ReloadRecord::when);
        row(details, 1, "Decision", "reload-decision", model, ReloadRecord::decision);
        row(details, 2, "Why", "reload-reason", model, ReloadRecord::reason);
        row(details, 3, "Files changed", "reload-files", model, ReloadRecord::filesText);
        row(details, 4, "Classes", "reload-classes", model, ReloadRecord::classesText);
        row(details, 5, "Compile", "reload-compile", model, ReloadRecord::compileTime);
        row(details, 6, "Swap per worker", "reload-swaps", model, ReloadRecord::swapText);
        row(details, 7, "app.state", "reload-state", model, ReloadRecord::stateText);

        SplitPane split = new SplitPane(table, details);
        split.setOrientation(Orientation.VERTICAL);
        split.setDividerPositions(0.55);
        VBox.setVgrow(split, Priority.ALWAYS);
        setSpacing(6);
        setPadding(new Insets(8));
        getChildren().addAll(title, hint, split);
    }

    private static TableColumn<ReloadRecord, String> column(
            String title, double width, Function<ReloadRecord, String> text) {
        TableColumn<ReloadRecord, String> column = new TableColumn<>(title);
        column.setPrefWidth(width);
        // Never narrower than its title: a narrow window scrolls the table sideways rather than cutting titles.
        column.setMinWidth(width);
        column.setCellValueFactory(cell -> new ReadOnlyStringWrapper(text.apply(cell.getValue())));
        return column;
    }

    private static void row(
            GridPane grid,
            int index,
            String name,
            String id,
            ReloadsViewModel model,
            Function<ReloadRecord, String> text) {
        Label label = new Label(name);
        label.getStyleClass().add(Styles.TEXT_MUTED);
        Label value = new Label();
        value.setId(id);
        value.setWrapText(true);
        ObservableValue<String> shown = model.selectedProperty().map(text).orElse("");
        value.textProperty().bind(shown);
        grid.addRow(index, label, value);
    }
}
