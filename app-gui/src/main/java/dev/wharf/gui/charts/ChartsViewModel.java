package dev.wharf.gui.charts;

import dev.wharf.gui.workers.WorkerRow;
import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.scene.chart.XYChart;

/**
 * Connections and requests per second, one line per worker, over the last {@link #WINDOW}. It
 * samples the workers table once a second (not on every UI update, which would redraw the charts
 * ten times a second for nothing) and drops what scrolled out of the window. X values are seconds
 * since {@link #origin()}; the view labels them as clock times.
 */
public final class ChartsViewModel {

    public static final Duration WINDOW = Duration.ofMinutes(5);
    static final Duration STEP = Duration.ofSeconds(1);
    /** How long an exited worker's line stays, named as exited, before it leaves the chart and its legend. */
    static final Duration EXITED_KEPT = Duration.ofSeconds(20);

    private final Instant origin;
    private final ObservableList<XYChart.Series<Number, Number>> connections = FXCollections.observableArrayList();
    private final ObservableList<XYChart.Series<Number, Number>> requestRates = FXCollections.observableArrayList();
    private final Map<Integer, XYChart.Series<Number, Number>> connectionsById = new LinkedHashMap<>();
    private final Map<Integer, XYChart.Series<Number, Number>> ratesById = new LinkedHashMap<>();
    private final ReadOnlyDoubleWrapper lowerBound = new ReadOnlyDoubleWrapper(this, "lowerBound", 0);
    private final ReadOnlyDoubleWrapper upperBound = new ReadOnlyDoubleWrapper(this, "upperBound", 60);
    private final Map<Integer, Double> exitedAt = new LinkedHashMap<>();
    private Instant lastSample;

    public ChartsViewModel(Instant origin) {
        this.origin = origin;
    }

    /** Adds a point per worker, at most once per {@link #STEP}. */
    public void sample(List<WorkerRow> rows, Instant now) {
        if (lastSample != null && Duration.between(lastSample, now).compareTo(STEP) < 0) {
            return;
        }
        lastSample = now;
        double x = Duration.between(origin, now).toMillis() / 1000.0;
        double from = x - WINDOW.toSeconds();
        Set<Integer> alive = new HashSet<>();
        for (WorkerRow row : rows) {
            if (!row.phaseProperty().get().alive()) {
                continue;
            }
            alive.add(row.id());
            series(connectionsById, connections, row)
                    .getData()
                    .add(new XYChart.Data<>(x, row.activeConnectionsProperty().get()));
            series(ratesById, requestRates, row)
                    .getData()
                    .add(new XYChart.Data<>(x, row.requestsPerSecondProperty().get()));
        }
        for (Integer id : connectionsById.keySet()) {
            if (!alive.contains(id) && !exitedAt.containsKey(id)) {
                exitedAt.put(id, x);
                connectionsById.get(id).setName("worker " + id + " (exited)");
                if (ratesById.containsKey(id)) {
                    ratesById.get(id).setName("worker " + id + " (exited)");
                }
            }
        }
        Set<Integer> kept = new HashSet<>(alive);
        exitedAt.forEach((id, at) -> {
            if (x - at < EXITED_KEPT.toSeconds()) {
                kept.add(id);
            }
        });
        trim(connectionsById, connections, from, kept);
        trim(ratesById, requestRates, from, kept);
        exitedAt.keySet().retainAll(connectionsById.keySet());
        upperBound.set(Math.max(60, x));
        lowerBound.set(Math.max(0, upperBound.get() - WINDOW.toSeconds()));
    }

    private static XYChart.Series<Number, Number> series(
            Map<Integer, XYChart.Series<Number, Number>> byId,
            ObservableList<XYChart.Series<Number, Number>> all,
            WorkerRow row) {
        return byId.computeIfAbsent(row.id(), id -> {
            XYChart.Series<Number, Number> series = new XYChart.Series<>();
            series.setName("worker " + id);
            all.add(series);
            return series;
        });
    }

    /** Drops points older than the window, and the lines of workers no longer kept. */
    private static void trim(
            Map<Integer, XYChart.Series<Number, Number>> byId,
            ObservableList<XYChart.Series<Number, Number>> all,
            double from,
            Set<Integer> alive) {
        byId.entrySet().removeIf(entry -> {
            ObservableList<XYChart.Data<Number, Number>> data = entry.getValue().getData();
            int old = 0;
            while (old < data.size() && data.get(old).getXValue().doubleValue() < from) {
                old++;
            }
            if (old > 0) {
                data.remove(0, old);
            }
            boolean gone = !alive.contains(entry.getKey());
            if (gone) {
                all.remove(entry.getValue());
            }
            return gone;
        });
    }

    /** A new run starts: the charts show its workers only, not those of an earlier run or profile. */
    public void clear() {
        connections.clear();
        requestRates.clear();
        connectionsById.clear();
        ratesById.clear();
        exitedAt.clear();
    }

    public Instant origin() {
        return origin;
    }

    public ObservableList<XYChart.Series<Number, Number>> connections() {
        return connections;
    }

    public ObservableList<XYChart.Series<Number, Number>> requestRates() {
        return requestRates;
    }

    public ReadOnlyDoubleProperty lowerBoundProperty() {
        return lowerBound.getReadOnlyProperty();
    }

    public ReadOnlyDoubleProperty upperBoundProperty() {
        return upperBound.getReadOnlyProperty();
    }
}
