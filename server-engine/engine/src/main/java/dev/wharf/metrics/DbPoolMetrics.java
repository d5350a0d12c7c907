package dev.wharf.metrics;

import dev.wharf.control.DbPoolStats;
import dev.wharf.supervisor.WorkerInfo;
import io.prometheus.metrics.model.snapshots.GaugeSnapshot;
import io.prometheus.metrics.model.snapshots.GaugeSnapshot.GaugeDataPointSnapshot;
import io.prometheus.metrics.model.snapshots.MetricSnapshot;
import java.util.List;
import java.util.function.ToIntFunction;

/**
 * Each worker's HikariCP pools as gauges, labelled by worker, generation and pool: the live side of
 * the DB pool math (workers × pool size against the database's budget). A worker whose app has no
 * pool Wharf can see has no series here.
 */
final class DbPoolMetrics {

    private DbPoolMetrics() {}

    static List<MetricSnapshot> of(List<WorkerInfo> workers) {
        return List.of(
                gauge(
                        workers,
                        "wharf_db_pool_active",
                        "Connections the app holds from its pool now",
                        DbPoolStats::active),
                gauge(workers, "wharf_db_pool_idle", "Connections idle in the pool", DbPoolStats::idle),
                gauge(workers, "wharf_db_pool_total", "Connections the pool has open", DbPoolStats::total),
                gauge(workers, "wharf_db_pool_max", "The pool's maximumPoolSize", DbPoolStats::max),
                gauge(
                        workers,
                        "wharf_db_pool_waiting",
                        "Threads waiting for a connection from the pool",
                        DbPoolStats::waiting));
    }

    private static GaugeSnapshot gauge(
            List<WorkerInfo> workers, String name, String help, ToIntFunction<DbPoolStats> value) {
        GaugeSnapshot.Builder builder = GaugeSnapshot.builder().name(name).help(help);
        for (WorkerInfo worker : workers) {
            if (worker.stats() == null) {
                continue;
            }
            for (DbPoolStats pool : worker.stats().dbPools()) {
                int v = value.applyAsInt(pool);
                if (v >= 0) { // -1: the pool's configuration bean was not found
                    builder.dataPoint(GaugeDataPointSnapshot.builder()
                            .labels(WorkerMetrics.labels(worker).add("pool", pool.name()))
                            .value(v)
                            .build());
                }
            }
        }
        return builder.build();
    }
}
