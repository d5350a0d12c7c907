package dev.wharf.gui.inspector;

import atlantafx.base.theme.Styles;
import dev.wharf.gui.fx.Format;
import dev.wharf.gui.fx.Views;
import java.util.function.Function;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.geometry.Orientation;
import javafx.scene.control.Label;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/**
 * The request inspector in a worker's detail: the worker's last requests (method, path, status,
 * time) beside the selected one in full. Layout and bindings only.
 */
public final class RequestInspectorView extends BorderPane {

    public RequestInspectorView(RequestInspectorViewModel model) {
        Label summary = new Label();
        summary.setId("inspector-summary");
        summary.getStyleClass().add(Styles.TEXT_MUTED);
        summary.setWrapText(true);
        summary.textProperty().bind(model.summaryProperty());
        summary.setStyle("-fx-padding: 0 8 4 8;");

        TableView<InspectedRequest> table = new TableView<>(model.requests());
        table.setId("inspector-requests");
        table.getStyleClass().addAll(Styles.STRIPED, Styles.DENSE);
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.setFixedCellSize(Views.DENSE_ROW_HEIGHT);
        Label hint = new Label();
        hint.setId("inspector-hint");
        hint.getStyleClass().add("empty-hint");
        // Without the plugin the summary says how to turn it on: the table then says nothing of requests.
        hint.textProperty()
                .bind(Bindings.when(model.availableProperty())
                        .then("No requests yet: each one this worker serves appears here.")
                        .otherwise(""));
        table.setPlaceholder(hint);
        table.getColumns().add(column("#", 40, r -> String.valueOf(r.id())));
        table.getColumns().add(column("time", 96, r -> Format.clockMillis(r.started())));
        table.getColumns().add(column("method", 64, InspectedRequest::method));
        table.getColumns().add(statusColumn());
        table.getColumns().add(column("took", 72, InspectedRequest::durationText));
        table.getColumns().add(column("path", 200, InspectedRequest::target));
        Views.bindSelection(table, model.selectedProperty());

        TextArea detail = new TextArea();
        detail.setId("request-detail");
        detail.setEditable(false);
        detail.getStyleClass().add("request-detail");
        detail.setPromptText("Select a request to see its headers and the first bytes of its bodies.");
        detail.textProperty().bind(model.detailProperty());

        SplitPane split = new SplitPane(table, detail);
        split.setOrientation(Orientation.HORIZONTAL);
        split.setDividerPositions(0.55);
        VBox box = new VBox(summary, split);
        VBox.setVgrow(split, Priority.ALWAYS);
        setCenter(box);
    }

    private static TableColumn<InspectedRequest, String> column(
            String name, double width, Function<InspectedRequest, String> value) {
        TableColumn<InspectedRequest, String> column = new TableColumn<>(name);
        column.setCellValueFactory(cell -> new ReadOnlyObjectWrapper<>(value.apply(cell.getValue())));
        column.setPrefWidth(width);
        column.setMinWidth(Math.min(width, 60));
        column.setSortable(false);
        return column;
    }

    /** The status, coloured by class: 4xx as a warning, 5xx and failed exchanges as an error. */
    private static TableColumn<InspectedRequest, String> statusColumn() {
        TableColumn<InspectedRequest, String> column = column("status", 56, InspectedRequest::statusText);
        column.setCellFactory(c -> new TableCell<>() {
            @Override
            protected void updateItem(String status, boolean empty) {
                super.updateItem(status, empty);
                getStyleClass().removeAll("status-warning", "status-error");
                InspectedRequest request =
                        empty || getTableRow() == null ? null : getTableRow().getItem();
                setText(empty ? null : status);
                if (request == null) {
                    return;
                }
                boolean failed =
                        request.status() == null || request.status() >= 500 || !"complete".equals(request.outcome());
                if (failed) {
                    getStyleClass().add("status-error");
                } else if (request.status() >= 400) {
                    getStyleClass().add("status-warning");
                }
            }
        });
        return column;
    }
}
