package dev.wharf.gui.reloads;

import dev.wharf.gui.telemetry.TelemetryBatch;
import dev.wharf.supervisor.SupervisorEvent;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The last reloads, newest first, read from the same telemetry batches the timeline reads: each
 * {@link SupervisorEvent.Reloaded} becomes a {@link ReloadRecord}; the generation a roll started is
 * taken from the generation events before it. FX thread only.
 */
public final class ReloadsViewModel {

    public static final int CAPACITY = 50;

    private final ObservableList<ReloadRecord> reloads = FXCollections.observableArrayList();
    private final ObjectProperty<ReloadRecord> selected = new SimpleObjectProperty<>(this, "selected");
    /** The newest generation a roll started, for the next rolled reload to name. */
    private Integer lastGeneration;

    public void accept(TelemetryBatch batch) {
        for (SupervisorEvent event : batch.events()) {
            switch (event) {
                case SupervisorEvent.GenerationStarting e -> lastGeneration = e.generation();
                case SupervisorEvent.GenerationRolled e -> lastGeneration = e.to();
                case SupervisorEvent.Reloaded e -> add(ReloadRecord.of(e.at(), e.report(), lastGeneration));
                default -> {
                    // not a reload
                }
            }
        }
    }

    private void add(ReloadRecord record) {
        reloads.add(0, record);
        if (reloads.size() > CAPACITY) {
            reloads.remove(CAPACITY, reloads.size());
        }
        selected.set(record);
    }

    public void clear() {
        reloads.clear();
        selected.set(null);
        lastGeneration = null;
    }

    /** Newest first. */
    public ObservableList<ReloadRecord> reloads() {
        return reloads;
    }

    /** The reload whose details show: the newest, until the user picks another. */
    public ObjectProperty<ReloadRecord> selectedProperty() {
        return selected;
    }
}
