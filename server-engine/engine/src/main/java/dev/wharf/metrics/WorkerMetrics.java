package dev.wharf.metrics;

import dev.wharf.control.LifespanPhase;
import dev.wharf.control.WorkerStats;
import dev.wharf.supervisor.Supervisor;
import dev.wharf.supervisor.SupervisorSnapshot;
import dev.wharf.supervisor.WorkerInfo;
import io.prometheus.metrics.model.registry.MultiCollector;
import io.prometheus.metrics.model.snapshots.CounterSnapshot;
import io.prometheus.metrics.model.snapshots.CounterSnapshot.CounterDataPointSnapshot;
import io.prometheus.metrics.model.snapshots.GaugeSnapshot;
import io.prometheus.metrics.model.snapshots.GaugeSnapshot.GaugeDataPointSnapshot;
import io.prometheus.metrics.model.snapshots.Labels;
import io.prometheus.metrics.model.snapshots.MetricSnapshot;
import io.prometheus.metrics.model.snapshots.MetricSnapshots;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.ToDoubleFunction;

/**
 * The supervisor's view of its workers as Prometheus series, read from its snapshot at each scrape
 * (nothing is counted twice: the workers' own counters are the source). Every series is labelled by
 * worker id and generation, as a worker is one process with its own counters.
 */
final class WorkerMetrics implements MultiCollector {

    private final Supervisor supervisor;

    WorkerMetrics(Supervisor supervisor) {
        this.supervisor = supervisor;
    }

    @Override
    public MetricSnapshots collect() {
        SupervisorSnapshot snapshot = supervisor.snapshot();
        List<WorkerInfo> alive = snapshot.workers().stream()
                .filter(w -> w.phase() != LifespanPhase.STOPPED)
                .toList();
        List<MetricSnapshot> metrics = new ArrayList<>();
        metrics.add(counter(alive, "wharf_worker_requests", "Requests served by the worker", s -> s.totalRequests()));
        metrics.add(counter(
                alive, "wharf_worker_connections", "Connections the worker accepted", s -> s.totalConnections()));
        metrics.add(counter(
                alive,
                "wharf_worker_rejected",
                "Requests the worker refused with 503 (limit-concurrency)",
                s -> s.rejected()));
        metrics.add(counter(alive, "wharf_worker_received_bytes", "Bytes received", s -> s.bytesIn()));
        metrics.add(counter(alive, "wharf_worker_sent_bytes", "Bytes sent", s -> s.bytesOut()));
        metrics.add(gauge(alive, "wharf_worker_active_connections", "Open connections", s -> s.activeConnections()));
        metrics.add(gauge(alive, "wharf_worker_active_requests", "Requests in progress", s -> s.activeRequests()));
        metrics.add(gauge(alive, "wharf_worker_websockets", "Open WebSockets", s -> s.activeWebSockets()));
        metrics.add(gauge(
                alive,
                "wharf_worker_http2_connections",
                "Open HTTP/2 connections (also counted in active_connections)",
                s -> s.http2Connections()));
        metrics.add(
                gauge(alive, "wharf_worker_http2_active_streams", "HTTP/2 streams in progress", s -> s.http2Streams()));
        metrics.add(counter(
                alive, "wharf_worker_http2_streams", "HTTP/2 streams the worker opened", s -> s.totalHttp2Streams()));
        metrics.add(gauge(alive, "wharf_worker_heap_used_bytes", "Heap in use", s -> s.heapUsed()));
        metrics.add(gauge(alive, "wharf_worker_rss_bytes", "Resident memory of the process", s -> s.rss()));
        GaugeSnapshot.Builder restarts = GaugeSnapshot.builder()
                .name("wharf_worker_restarts")
                .help("How many times this worker's slot was refilled after a worker died");
        GaugeSnapshot.Builder phase = GaugeSnapshot.builder()
                .name("wharf_worker_lifespan_phase")
                .help("1 for the worker's current lifespan phase");
        for (WorkerInfo worker : alive) {
            restarts.dataPoint(point(worker, worker.restarts()));
            phase.dataPoint(GaugeDataPointSnapshot.builder()
                    .labels(labels(worker).add("phase", worker.phase().name().toLowerCase(Locale.ROOT)))
                    .value(1)
                    .build());
        }
        metrics.add(restarts.build());
        metrics.add(phase.build());
        metrics.addAll(DbPoolMetrics.of(alive));
        metrics.add(GaugeSnapshot.builder()
                .name("wharf_generation")
                .help("The generation serving; each reload or restart starts the next")
                .dataPoint(GaugeDataPointSnapshot.builder()
                        .value(snapshot.generation())
                        .build())
                .build());
        return new MetricSnapshots(metrics);
    }

    private static CounterSnapshot counter(
            List<WorkerInfo> workers, String name, String help, ToDoubleFunction<WorkerStats> value) {
        CounterSnapshot.Builder builder = CounterSnapshot.builder().name(name).help(help);
        for (WorkerInfo worker : workers) {
            builder.dataPoint(CounterDataPointSnapshot.builder()
                    .labels(labels(worker))
                    .value(value.applyAsDouble(worker.stats()))
                    .build());
        }
        return builder.build();
    }

    private static GaugeSnapshot gauge(
            List<WorkerInfo> workers, String name, String help, ToDoubleFunction<WorkerStats> value) {
        GaugeSnapshot.Builder builder = GaugeSnapshot.builder().name(name).help(help);
        for (WorkerInfo worker : workers) {
            double v = value.applyAsDouble(worker.stats());
            if (v >= 0) { // -1: not measured yet
                builder.dataPoint(point(worker, v));
            }
        }
        return builder.build();
    }

    private static GaugeDataPointSnapshot point(WorkerInfo worker, double value) {
        return GaugeDataPointSnapshot.builder()
                .labels(labels(worker))
                .value(value)
                .build();
    }

    static Labels labels(WorkerInfo worker) {
        return Labels.of("worker", Integer.toString(worker.id()), "generation", Integer.toString(worker.generation()));
    }
}
