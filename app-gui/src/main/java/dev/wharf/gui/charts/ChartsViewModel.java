package dev.wharf.gui.charts;

import dev.wharf.gui.workers.LatencyHistogram;
import dev.wharf.gui.workers.WorkerRow;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.collections.ObservableList;
import javafx.scene.chart.XYChart;

/**
 * Connections, requests per second, CPU % and latency p95, one line per worker of the current run,
 * over the last {@link #WINDOW}. It samples the workers table once a second (not on every UI update,
 * which would redraw the charts ten times a second for nothing) and drops what scrolled out of the
 * window; an exited worker's lines are named so, then dropped. X values are seconds since {@link
 * #origin()}; the view labels them as clock times.
 */
public final class ChartsViewModel {

    public static final Duration WINDOW = Duration.ofMinutes(5);
    static final Duration STEP = Duration.ofSeconds(1);
    /** How long an exited worker's line stays, named as exited, before it leaves the chart and its legend. */
    static final Duration EXITED_KEPT = Duration.ofSeconds(20);

    private final Instant origin;
    private final WorkerLines connections = new WorkerLines();
    private final WorkerLines requestRates = new WorkerLines();
    private final WorkerLines cpu = new WorkerLines();
    private final WorkerLines latencyP95 = new WorkerLines();
    private final ReadOnlyDoubleWrapper lowerBound = new ReadOnlyDoubleWrapper(this, "lowerBound", 0);
    private final ReadOnlyDoubleWrapper upperBound = new ReadOnlyDoubleWrapper(this, "upperBound", 60);
    private final Map<Integer, Double> exitedAt = new LinkedHashMap<>();
    /** Each worker's histogram at the last sample: p95 is of the responses since then, not since it started. */
    private final Map<Integer, List<Long>> bucketsThen = new HashMap<>();

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
            connections.add(row.id(), x, row.activeConnectionsProperty().get());
            requestRates.add(row.id(), x, row.requestsPerSecondProperty().get());
            double busy = row.cpuProperty().get();
            if (busy >= 0) {
                cpu.add(row.id(), x, busy);
            }
            List<Long> buckets = row.latencyBuckets();
            List<Long> before = bucketsThen.put(row.id(), buckets);
            double p95 = LatencyHistogram.quantileMillis(
                    before == null ? buckets : LatencyHistogram.since(before, buckets), 0.95);
            // A second without a response has no latency: the line waits for the next one.
            if (!Double.isNaN(p95)) {
                latencyP95.add(row.id(), x, p95);
            }
        }
        for (WorkerLines lines : all()) {
            for (Integer id : lines.ids()) {
                if (!alive.contains(id)) {
                    exitedAt.putIfAbsent(id, x);
                    lines.exited(id);
                }
            }
        }
        Set<Integer> kept = new HashSet<>(alive);
        exitedAt.forEach((id, at) -> {
            if (x - at < EXITED_KEPT.toSeconds()) {
                kept.add(id);
            }
        });
        for (WorkerLines lines : all()) {
            lines.trim(from, kept);
        }
        exitedAt.keySet().retainAll(kept);
        bucketsThen.keySet().retainAll(alive);
        upperBound.set(Math.max(60, x));
        lowerBound.set(Math.max(0, upperBound.get() - WINDOW.toSeconds()));
    }

    /** A new run starts: the charts show its workers only, not those of an earlier run or profile. */
    public void clear() {
        all().forEach(WorkerLines::clear);
        exitedAt.clear();
        bucketsThen.clear();
    }

    private List<WorkerLines> all() {
        return Stream.of(connections, requestRates, cpu, latencyP95).toList();
    }

    public Instant origin() {
        return origin;
    }

    public ObservableList<XYChart.Series<Number, Number>> connections() {
        return connections.series();
    }

    public ObservableList<XYChart.Series<Number, Number>> requestRates() {
        return requestRates.series();
    }

    /** CPU % per worker: 100 is one core busy all the time. */
    public ObservableList<XYChart.Series<Number, Number>> cpu() {
        return cpu.series();
    }

    /** The p95 of each worker's responses over the last second, in milliseconds (see {@link LatencyHistogram}). */
    public ObservableList<XYChart.Series<Number, Number>> latencyP95() {
        return latencyP95.series();
    }

    public ReadOnlyDoubleProperty lowerBoundProperty() {
        return lowerBound.getReadOnlyProperty();
    }

    public ReadOnlyDoubleProperty upperBoundProperty() {
        return upperBound.getReadOnlyProperty();
    }
}
