package dev.wharf.gui.charts;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.scene.chart.XYChart;

/**
 * The lines of one chart, one per worker, by worker id: points added as samples come, a worker's
 * line renamed as exited when it ends, and dropped (from the chart and its legend) once no longer kept.
 */
final class WorkerLines {

    private final ObservableList<XYChart.Series<Number, Number>> all = FXCollections.observableArrayList();
    private final Map<Integer, XYChart.Series<Number, Number>> byId = new LinkedHashMap<>();

    ObservableList<XYChart.Series<Number, Number>> series() {
        return all;
    }

    void add(int id, double x, double y) {
        byId.computeIfAbsent(id, worker -> {
                    XYChart.Series<Number, Number> line = new XYChart.Series<>();
                    line.setName("worker " + worker);
                    all.add(line);
                    return line;
                })
                .getData()
                .add(new XYChart.Data<>(x, y));
    }

    Set<Integer> ids() {
        return byId.keySet();
    }

    void exited(int id) {
        XYChart.Series<Number, Number> line = byId.get(id);
        if (line != null) {
            line.setName("worker " + id + " (exited)");
        }
    }

    /** Drops points before {@code from}, and the lines of workers not in {@code kept}. */
    void trim(double from, Set<Integer> kept) {
        byId.entrySet().removeIf(entry -> {
            ObservableList<XYChart.Data<Number, Number>> data = entry.getValue().getData();
            int old = 0;
            while (old < data.size() && data.get(old).getXValue().doubleValue() < from) {
                old++;
            }
            if (old > 0) {
                data.remove(0, old);
            }
            boolean gone = !kept.contains(entry.getKey());
            if (gone) {
                all.remove(entry.getValue());
            }
            return gone;
        });
    }

    void clear() {
        all.clear();
        byId.clear();
    }
}
