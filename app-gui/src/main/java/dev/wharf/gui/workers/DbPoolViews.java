package dev.wharf.gui.workers;

import atlantafx.base.theme.Styles;
import dev.wharf.control.DbPoolStats;
import java.util.List;
import javafx.geometry.Insets;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.Tooltip;

/**
 * The workers panel's live HikariCP numbers: the table's "DB pool" column, each worker's pool (in
 * use / open of its maximum, and threads waiting, in red), and the line of all workers' pools
 * together under "DB connections". Shown only while some worker reports a pool; a worker's app
 * reports one when it sets Hikari's {@code registerMbeans} (the README says why).
 */
final class DbPoolViews {

    private DbPoolViews() {}

    static TableColumn<WorkerRow, List<DbPoolStats>> column(WorkersViewModel model) {
        TableColumn<WorkerRow, List<DbPoolStats>> column = new TableColumn<>();
        column.setId("workers-db-pool");
        column.setCellValueFactory(cell -> cell.getValue().dbPoolsProperty());
        column.setPrefWidth(128);
        column.setMinWidth(96);
        column.setSortable(false);
        Label header = new Label("DB pool");
        header.setId("workers-db-pool-header");
        header.setPadding(Insets.EMPTY);
        header.setTooltip(new Tooltip("Each worker's own HikariCP pool, read through Hikari's MXBean: connections"
                + " in use / open of the pool's maximum, and threads waiting for one. Every worker is a process"
                + " with a whole pool: the database sees them all."));
        column.setGraphic(header);
        column.setCellFactory(c -> new TableCell<>() {
            private final Tooltip tip = new Tooltip();

            @Override
            protected void updateItem(List<DbPoolStats> pools, boolean empty) {
                super.updateItem(pools, empty);
                boolean none = empty || pools == null || pools.isEmpty();
                setText(none ? null : DbPoolText.cell(pools));
                // AtlantaFX's danger colour: a waiting thread means the pool, not the server, holds requests up.
                setStyle(!none && DbPoolText.anyWaiting(pools) ? "-fx-text-fill: -color-danger-fg;" : null);
                if (none) {
                    setTooltip(null);
                } else {
                    tip.setText(DbPoolText.tooltip(pools));
                    setTooltip(tip);
                }
            }
        });
        column.visibleProperty().bind(model.dbPoolsShownProperty());
        return column;
    }

    /** The line under "DB connections": what all live workers' pools hold open now, beside what they may. */
    static Label openNow(WorkersViewModel model) {
        Label open = new Label();
        open.setId("db-pools-open");
        open.setWrapText(true);
        open.setStyle("-fx-padding: 0 8 2 8;");
        open.getStyleClass().add(Styles.TEXT_MUTED);
        open.textProperty().bind(model.dbPoolsOpenProperty());
        open.visibleProperty().bind(model.dbPoolsOpenProperty().isNotEmpty());
        open.managedProperty().bind(open.visibleProperty());
        return open;
    }
}
