package dev.wharf.gui.workers;

import dev.wharf.control.DbPoolStats;
import java.util.List;
import javafx.geometry.Insets;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.Tooltip;

/**
 * The workers table's "DB pool" column: each worker's HikariCP pool, live (in use / open of its
 * maximum, and threads waiting, in red). Shown only while some worker reports a pool; a worker's app
 * reports one when it sets Hikari's {@code registerMbeans} (the README says why).
 */
final class DbPoolColumn {

    private DbPoolColumn() {}

    static TableColumn<WorkerRow, List<DbPoolStats>> create(WorkersViewModel model) {
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
}
