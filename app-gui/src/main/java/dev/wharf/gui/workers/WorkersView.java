package dev.wharf.gui.workers;

import atlantafx.base.controls.Message;
import atlantafx.base.controls.Spacer;
import atlantafx.base.theme.Styles;
import dev.wharf.control.LifespanPhase;
import dev.wharf.gui.diagnosis.Diagnosis;
import dev.wharf.gui.fx.Badge;
import dev.wharf.gui.fx.Format;
import dev.wharf.gui.fx.Views;
import dev.wharf.gui.inspector.RequestInspectorView;
import dev.wharf.gui.inspector.RequestInspectorViewModel;
import java.util.Locale;
import java.util.function.Function;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.value.ObservableValue;
import javafx.collections.ListChangeListener;
import javafx.css.PseudoClass;
import javafx.geometry.Insets;
import javafx.geometry.Orientation;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.Tooltip;
import javafx.scene.control.TreeCell;
import javafx.scene.control.TreeView;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/**
 * The live workers panel: the table of workers above; below it the selected worker's own
 * {@code app.state} tree (what just changed highlighted) and recent log, the requests its request
 * inspector kept, and the Kill button. A servlet app's HTTP sessions get a column of their own, and
 * the selected worker's against all workers' in the detail; HTTP/2's connections and streams get
 * one once a worker has served HTTP/2.
 */
public final class WorkersView extends SplitPane {

    public WorkersView(WorkersViewModel model) {
        setOrientation(Orientation.VERTICAL);
        TableView<WorkerRow> table = new TableView<>(model.rows());
        table.setId("workers");
        table.getStyleClass().addAll(Styles.STRIPED, Styles.DENSE, "workers-table");
        // Columns keep their widths and the table scrolls sideways in a narrow window, rather than cutting them.
        table.setColumnResizePolicy(TableView.UNCONSTRAINED_RESIZE_POLICY);
        // Rows of one height: the table then lays its rows out without measuring (and styling) every
        // cell again each time a count changes, which was most of the window's work under load.
        table.setFixedCellSize(Views.DENSE_ROW_HEIGHT);
        table.setPlaceholder(hint("No workers: pick a profile and press Start (F5)."));
        table.getColumns().add(column("id", 40, row -> new ReadOnlyObjectWrapper<>(row.id())));
        table.getColumns()
                .add(column("pid", 64, row -> row.pidProperty().asObject().map(pid -> pid < 0 ? "" : pid.toString())));
        table.getColumns().add(column("gen", 42, row -> row.generationProperty().asObject()));
        table.getColumns().add(phaseColumn());
        table.getColumns().add(column("uptime", 72, WorkerRow::uptimeProperty));
        table.getColumns()
                .add(column("conns", 58, row -> row.activeConnectionsProperty().asObject()));
        table.getColumns().add(http2Column(model));
        table.getColumns()
                .add(column("requests", 74, row -> row.totalRequestsProperty().asObject()));
        table.getColumns().add(rateColumn(model));
        table.getColumns().add(column("ws", 36, row -> row.webSocketsProperty().asObject()));
        table.getColumns().add(sessionsColumn(model));
        table.getColumns().add(DbPoolViews.column(model));
        table.getColumns().add(column("503s", 48, row -> row.rejectedProperty().asObject()));
        table.getColumns()
                .add(column(
                        "CPU %",
                        58,
                        row -> row.cpuProperty()
                                .asObject()
                                .map(cpu -> cpu < 0 ? "" : String.format(Locale.ROOT, "%.0f", cpu))));
        table.getColumns().add(column("p50/95/99 ms", 122, WorkerRow::latencyProperty));
        table.getColumns().add(column("2xx/4xx/5xx", 96, WorkerRow::statusClassesProperty));
        table.getColumns().add(column("heap / RSS", 118, WorkerRow::memoryProperty));
        table.getColumns()
                .add(column("restarts", 72, row -> row.restartsProperty().asObject()));
        // It takes whatever room the others leave; its least width lets the sessions column fit at 1280 pixels.
        TableColumn<WorkerRow, String> summary = column("its own app.state", 160, WorkerRow::stateSummaryProperty);
        summary.setPrefWidth(320);
        table.getColumns().add(summary);
        Views.bindSelection(table, model.selectedProperty());

        Label title = new Label();
        title.setId("worker-detail-title");
        title.getStyleClass().add(Styles.TEXT_BOLDER);
        title.textProperty().bind(model.detailTitleProperty());
        Button kill = new Button("Kill");
        kill.setId("kill");
        kill.getStyleClass().addAll(Styles.DANGER, Styles.SMALL);
        kill.setTooltip(
                new Tooltip("Kill this worker at once (SIGKILL), as a crash would, and watch the supervisor replace it."
                        + " Right-click: whether Kill asks first"));
        kill.disableProperty().bind(model.selectedProperty().isNull());
        CheckMenuItem askFirst = new CheckMenuItem("Ask before killing a worker");
        askFirst.setId("kill-ask-first");
        askFirst.selectedProperty().bindBidirectional(model.confirmKillProperty());
        kill.setContextMenu(new ContextMenu(askFirst));
        kill.setOnAction(e -> {
            if (!model.confirmKillProperty().get() || confirmKill(model)) {
                model.killSelected();
            }
        });
        Button restart = new Button("Restart");
        restart.setId("restart-worker");
        restart.getStyleClass().add(Styles.SMALL);
        restart.setTooltip(new Tooltip(
                "Restart this worker gracefully: it finishes its requests and runs lifespan shutdown, then a new"
                        + " worker takes its slot"));
        restart.disableProperty().bind(model.selectedProperty().isNull());
        restart.setOnAction(e -> model.restartSelected());
        Label sessions = new Label();
        sessions.setId("worker-sessions");
        sessions.getStyleClass().add(Styles.TEXT_MUTED);
        sessions.setWrapText(true);
        sessions.textProperty().bind(model.selectedSessionsProperty());
        sessions.visibleProperty().bind(model.selectedSessionsProperty().isNotNull());
        sessions.managedProperty().bind(sessions.visibleProperty());
        sessions.setStyle("-fx-padding: 0 8 4 8;");
        HBox header = new HBox(8, title, new Spacer(), restart, kill);
        header.getStyleClass().add("detail-header");
        header.setAlignment(Pos.CENTER_LEFT);

        TreeView<StateEntry> state = new TreeView<>(model.stateTree().root());
        state.setId("app-state");
        state.setShowRoot(true);
        state.setCellFactory(view -> new StateCell());
        ListView<String> log = new ListView<>(model.recentLog());
        log.setId("worker-log");
        log.getStyleClass().addAll("log-list", Styles.DENSE);
        log.setFixedCellSize(22);
        log.setPlaceholder(hint("This worker has written nothing yet."));
        model.recentLog().addListener((ListChangeListener<String>)
                c -> log.scrollTo(model.recentLog().size() - 1));
        SplitPane detailSplit = new SplitPane(titled("app.state", state), titled("recent log", log));
        detailSplit.setDividerPositions(0.45);
        Tab stateAndLog = new Tab("app.state and log", detailSplit);
        stateAndLog.setId("tab-state-and-log");
        RequestInspectorViewModel inspector = model.inspector();
        Tab requests = new Tab("requests", new RequestInspectorView(inspector));
        requests.setId("tab-requests");
        requests.textProperty()
                .bind(Bindings.when(inspector.availableProperty())
                        .then(Bindings.size(inspector.requests()).asString("requests (%d)"))
                        .otherwise("requests"));
        TabPane detailTabs = new TabPane(stateAndLog, requests);
        detailTabs.setId("worker-detail-tabs");
        detailTabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        Message failure = new Message();
        failure.setId("worker-diagnosis");
        failure.getStyleClass().add(Styles.DANGER);
        failure.titleProperty().bind(model.diagnosisProperty().map(Diagnosis::title));
        failure.descriptionProperty().bind(model.diagnosisProperty().map(Diagnosis::detail));
        failure.visibleProperty().bind(model.diagnosisProperty().isNotNull());
        failure.managedProperty().bind(failure.visibleProperty());
        BorderPane detail = new BorderPane(detailTabs);
        detail.setTop(new VBox(header, sessions, failure));

        Label dbConnections = new Label();
        dbConnections.setId("db-connections");
        dbConnections.setWrapText(true);
        dbConnections.setStyle("-fx-padding: 2 8 2 8;");
        dbConnections.textProperty().bind(model.dbConnectionsProperty());
        dbConnections.visibleProperty().bind(model.dbConnectionsProperty().isNotEmpty());
        dbConnections.managedProperty().bind(dbConnections.visibleProperty());
        model.dbOverBudgetProperty().addListener((o, before, over) -> {
            dbConnections.getStyleClass().removeAll(Styles.DANGER, Styles.TEXT_MUTED);
            dbConnections.getStyleClass().add(over ? Styles.DANGER : Styles.TEXT_MUTED);
        });
        dbConnections.getStyleClass().add(Styles.TEXT_MUTED);
        VBox.setVgrow(table, Priority.ALWAYS);
        getItems().addAll(new VBox(dbConnections, DbPoolViews.openNow(model), table), detail);
        setDividerPositions(0.5);
    }

    /** Asks before a SIGKILL; "Do not ask again" turns the question off for this window. */
    private boolean confirmKill(WorkersViewModel model) {
        WorkerRow row = model.selectedProperty().get();
        if (row == null) {
            return false;
        }
        CheckBox again = new CheckBox("Do not ask again");
        again.setId("kill-do-not-ask");
        Alert ask = new Alert(
                Alert.AlertType.CONFIRMATION,
                "",
                new ButtonType("Kill", ButtonBar.ButtonData.OK_DONE),
                ButtonType.CANCEL);
        ask.initOwner(getScene().getWindow());
        ask.setHeaderText(
                "Kill worker " + row.id() + " (pid " + row.pidProperty().get() + ") at once?");
        Label what = new Label("SIGKILL: its requests in flight fail and lifespan shutdown does not run. The"
                + " supervisor replaces it. Restart drains it gracefully instead.");
        what.setWrapText(true);
        ask.getDialogPane().setContent(new VBox(10, what, again));
        ask.getDialogPane().setId("kill-confirmation");
        boolean yes = ask.showAndWait()
                .map(button -> button.getButtonData() == ButtonBar.ButtonData.OK_DONE)
                .orElse(false);
        if (yes && again.isSelected()) {
            model.confirmKillProperty().set(false);
        }
        return yes;
    }

    private static VBox titled(String text, Node content) {
        Label label = new Label(text.toUpperCase(Locale.ROOT));
        label.getStyleClass().add("section-title");
        label.setStyle("-fx-padding: 0 0 0 8;");
        VBox box = new VBox(4, label, content);
        VBox.setVgrow(content, Priority.ALWAYS);
        return box;
    }

    private static Label hint(String text) {
        Label label = new Label(text);
        label.getStyleClass().add("empty-hint");
        return label;
    }

    private static <T> TableColumn<WorkerRow, T> column(
            String name, double width, Function<WorkerRow, ObservableValue<T>> value) {
        TableColumn<WorkerRow, T> column = new TableColumn<>(name);
        column.setCellValueFactory(cell -> value.apply(cell.getValue()));
        column.setPrefWidth(width);
        column.setMinWidth(width);
        column.setSortable(false);
        return column;
    }

    /** Requests/s, its header marked when the workers run the development JIT (its tooltip says why). */
    private static TableColumn<WorkerRow, String> rateColumn(WorkersViewModel model) {
        TableColumn<WorkerRow, String> column =
                column("", 76, row -> row.requestsPerSecondProperty().asObject().map(Format::rate));
        Label header = new Label();
        header.setId("rate-header");
        header.textProperty().bind(model.rateHeaderProperty());
        Tooltip note = new Tooltip();
        note.textProperty().bind(model.rateNoteProperty());
        header.setTooltip(note);
        column.setGraphic(header);
        return column;
    }

    /** Shown only while some worker serves an app with sessions (a servlet app); blank for a worker without. */
    private static TableColumn<WorkerRow, String> sessionsColumn(WorkersViewModel model) {
        TableColumn<WorkerRow, String> column =
                column("sessions", 78, row -> row.sessionsProperty().asObject().map(n -> n < 0 ? "" : n.toString()));
        column.setId("workers-sessions");
        Label header = new Label("sessions");
        header.setId("workers-sessions-header");
        // The header pads its graphic as it pads its text: a label's own padding on top would cut the word.
        header.setPadding(Insets.EMPTY);
        header.setTooltip(new Tooltip("The servlet app's live HTTP sessions in each worker. Each worker keeps its "
                + "own in memory: a client whose next request reaches another worker has no session there."));
        column.setText(null);
        column.setGraphic(header);
        column.visibleProperty().bind(model.sessionsShownProperty());
        return column;
    }

    /** Shown only once some worker has served HTTP/2: its connections and streams beside all its connections. */
    private static TableColumn<WorkerRow, String> http2Column(WorkersViewModel model) {
        TableColumn<WorkerRow, String> column = column("h2", 150, WorkerRow::http2Property);
        column.setId("workers-http2");
        Label header = new Label("HTTP/2");
        header.setId("workers-http2-header");
        header.setPadding(Insets.EMPTY);
        header.setTooltip(new Tooltip("HTTP/2 in each worker: connections open, streams in progress (each stream is"
                + " one request, many share a connection) and, in brackets, the streams it served since it started."
                + " conns counts both, as --limit-concurrency does."));
        column.setText(null);
        column.setGraphic(header);
        column.visibleProperty().bind(model.http2ShownProperty());
        return column;
    }

    private static TableColumn<WorkerRow, LifespanPhase> phaseColumn() {
        TableColumn<WorkerRow, LifespanPhase> column = column("phase", 108, WorkerRow::phaseProperty);
        column.setCellFactory(c -> new TableCell<>() {
            private final Badge badge = new Badge();
            private final Tooltip tip = new Tooltip();

            @Override
            protected void updateItem(LifespanPhase phase, boolean empty) {
                super.updateItem(phase, empty);
                if (empty || phase == null) {
                    setGraphic(null);
                    setTooltip(null);
                    return;
                }
                badge.show(phase);
                if (getGraphic() != badge) {
                    setGraphic(badge);
                }
                WorkerRow row = getTableRow() == null ? null : getTableRow().getItem();
                String message = row == null ? null : row.messageProperty().get();
                if (message == null) {
                    setTooltip(null);
                } else {
                    tip.setText(message);
                    setTooltip(tip);
                }
            }
        });
        return column;
    }

    /** A key and its value; the cell is highlighted while the value has just changed. */
    private static final class StateCell extends TreeCell<StateEntry> {
        private static final PseudoClass CHANGED = PseudoClass.getPseudoClass("changed");
        private final Label key = new Label();
        private final Label value = new Label();
        private final HBox box = new HBox(8, key, value);

        StateCell() {
            getStyleClass().add("state-cell");
            key.getStyleClass().add("state-key");
            value.getStyleClass().add("state-value");
        }

        @Override
        protected void updateItem(StateEntry entry, boolean empty) {
            super.updateItem(entry, empty);
            // A pseudo-class restyles the cell only when it turns on or off, not at every update.
            pseudoClassStateChanged(CHANGED, !empty && entry != null && entry.changed());
            if (empty || entry == null) {
                setGraphic(null);
                return;
            }
            key.setText(entry.key());
            value.setText(entry.value());
            if (getGraphic() != box) {
                setGraphic(box);
            }
        }
    }
}
