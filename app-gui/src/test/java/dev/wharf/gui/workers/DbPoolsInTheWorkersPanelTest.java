package dev.wharf.gui.workers;

import static org.assertj.core.api.Assertions.assertThat;

import dev.wharf.control.DbPoolStats;
import dev.wharf.control.LifespanPhase;
import dev.wharf.control.WorkerStats;
import dev.wharf.gui.FakeSupervisor;
import dev.wharf.gui.telemetry.TelemetryBatch;
import dev.wharf.supervisor.ServerStatus;
import dev.wharf.supervisor.SupervisorSnapshot;
import dev.wharf.supervisor.WorkerInfo;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Each worker's HikariCP pool as the workers panel shows it: the "DB pool" column appears once a
 * worker reports a pool, each row with its own worker's numbers, and a thread waiting is said.
 * (samples/db-pool's test shows the numbers coming from a real pool over a real database.)
 */
class DbPoolsInTheWorkersPanelTest {

    private final List<Integer> killed = new ArrayList<>();
    private final WorkersViewModel workers = new WorkersViewModel(killed::add, id -> {});
    /** A second apart: the table shows counters anew twice a second. */
    private Instant now = Instant.parse("2026-12-05T09:00:00Z");

    @Test
    void theColumnShowsEachWorkersOwnPoolOnceOneReportsOne() {
        receive(worker(1, List.of()), worker(2, List.of()));
        assertThat(workers.dbPoolsShownProperty().get()).isFalse();
        assertThat(workers.dbPoolsOpenProperty().get()).isEmpty();

        receive(
                worker(1, List.of(new DbPoolStats("db-pool", 2, 2, 4, 4, 0))),
                worker(2, List.of(new DbPoolStats("db-pool", 4, 0, 4, 4, 3))));

        assertThat(workers.dbPoolsShownProperty().get()).isTrue();
        assertThat(workers.rows())
                .extracting(row -> DbPoolText.cell(row.dbPoolsProperty().get()))
                .containsExactly("2 / 4 of 4", "4 / 4 of 4 · 3 waiting");
        assertThat(workers.dbPoolsOpenProperty().get())
                .isEqualTo("Open now: 8 connections in 2 workers' pools · 6 in use · 3 waiting");
        assertThat(DbPoolText.anyWaiting(workers.rows().get(1).dbPoolsProperty().get()))
                .isTrue();
        assertThat(DbPoolText.tooltip(workers.rows().get(1).dbPoolsProperty().get()))
                .isEqualTo("db-pool: 4 in use, 0 idle, 4 open of at most 4, 3 threads waiting for a connection");
    }

    @Test
    void aWorkerWithTwoPoolsNamesEach() {
        assertThat(DbPoolText.cell(List.of(
                        new DbPoolStats("orders", 1, 9, 10, 10, 0), new DbPoolStats("reports", 0, 2, 2, -1, 0))))
                .isEqualTo("orders 1 / 10 of 10; reports 0 / 2");
    }

    private void receive(WorkerInfo... infos) {
        SupervisorSnapshot snapshot = new SupervisorSnapshot(
                ServerStatus.RUNNING, "http://127.0.0.1:8000", 1, List.of(infos), null, List.of());
        now = now.plusSeconds(1);
        workers.accept(new TelemetryBatch(snapshot, List.of(), 0, now));
    }

    private static WorkerInfo worker(int id, List<DbPoolStats> pools) {
        WorkerStats base = FakeSupervisor.stats(1, 10);
        WorkerStats stats = new WorkerStats(
                base.at(),
                base.activeConnections(),
                base.totalConnections(),
                base.activeRequests(),
                base.totalRequests(),
                base.activeWebSockets(),
                base.rejected(),
                base.badRequests(),
                base.bytesIn(),
                base.bytesOut(),
                base.heapUsed(),
                base.rss(),
                base.sessions(),
                base.cpuNanos(),
                base.statusClasses(),
                base.latencyBuckets(),
                pools,
                0,
                0,
                0);
        return FakeSupervisor.worker(id, id - 1, LifespanPhase.STARTED, stats, null);
    }
}
