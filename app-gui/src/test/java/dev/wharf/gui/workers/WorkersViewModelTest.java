package dev.wharf.gui.workers;

import static org.assertj.core.api.Assertions.assertThat;

import dev.wharf.config.Settings;
import dev.wharf.config.catalog.AppOptions;
import dev.wharf.config.catalog.DatabaseOptions;
import dev.wharf.config.setting.Environment;
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

/** The workers panel's view model without a stage: a servlet app's sessions and HTTP/2's streams, counted per worker. */
class WorkersViewModelTest {

    private final List<Integer> killed = new ArrayList<>();
    private final WorkersViewModel workers = new WorkersViewModel(killed::add, id -> {});

    @Test
    void theRequestsPerSecondHeaderIsMarkedWhileWorkersRunTheDevelopmentJit() {
        assertThat(workers.rateHeaderProperty().get()).isEqualTo("req/s");

        workers.servingWith(Settings.defaults());
        assertThat(workers.rateHeaderProperty().get()).isEqualTo("req/s · dev");
        assertThat(workers.rateNoteProperty().get())
                .startsWith("development profile: throughput here is about half of production");

        workers.servingWith(Settings.defaults().with(AppOptions.ENVIRONMENT, Environment.PRODUCTION));
        assertThat(workers.rateHeaderProperty().get()).isEqualTo("req/s");
        assertThat(workers.rateNoteProperty().get()).doesNotContain("development");
    }

    @Test
    void theDbConnectionsLineFollowsScalingAndSaysWhatToChangePastTheBudget() {
        Settings settings = Settings.defaults()
                .with(DatabaseOptions.DB_POOL_SIZE, 10)
                .with(DatabaseOptions.DB_CONNECTION_BUDGET, 40);

        workers.showPoolMath(settings, 4);
        assertThat(workers.dbConnectionsProperty().get()).isEqualTo("DB connections: 4 workers × 10 = 40 of 40");
        assertThat(workers.dbOverBudgetProperty().get()).isFalse();

        // The window's + adds a fifth worker.
        workers.showPoolMath(settings, 5);
        assertThat(workers.dbConnectionsProperty().get())
                .startsWith(
                        "DB connections: 5 workers × 10 = 50 of 40: over the database's budget by 10. Use --workers 4");
        assertThat(workers.dbOverBudgetProperty().get()).isTrue();

        workers.showPoolMath(Settings.defaults(), 5);
        assertThat(workers.dbConnectionsProperty().get()).isEmpty();
    }

    @Test
    void aServletAppsSessionsAreCountedPerWorkerAndTheSelectedOnesSetAgainstAll() {
        receive(worker(1, 3), worker(2, 0));

        assertThat(workers.sessionsShownProperty().get()).isTrue();
        assertThat(workers.rows())
                .extracting(row -> row.sessionsProperty().get())
                .containsExactly(3, 0);
        assertThat(workers.selectedSessionsProperty().get()).isNull();

        workers.selectedProperty().set(workers.rows().get(1));
        assertThat(workers.selectedSessionsProperty().get())
                .startsWith("0 HTTP sessions in this worker, of 3 in all workers: each worker keeps its own in memory");

        receive(worker(1, 3), worker(2, 1));
        assertThat(workers.selectedSessionsProperty().get()).startsWith("1 HTTP session in this worker, of 4 in all");
    }

    @Test
    void anAsgiAppHasNoSessionsToShow() {
        receive(worker(1, -1), worker(2, -1));
        workers.selectedProperty().set(workers.rows().get(0));

        assertThat(workers.sessionsShownProperty().get()).isFalse();
        assertThat(workers.rows())
                .extracting(row -> row.sessionsProperty().get())
                .containsExactly(-1, -1);
        assertThat(workers.selectedSessionsProperty().get()).isNull();
    }

    @Test
    void theSessionsGoWhenTheServletWorkersDo() {
        receive(worker(1, 2));
        workers.selectedProperty().set(workers.rows().get(0));
        assertThat(workers.sessionsShownProperty().get()).isTrue();

        receive(worker(3, -1));
        assertThat(workers.sessionsShownProperty().get()).isFalse();

        receive(worker(4, 5));
        workers.clear();
        assertThat(workers.sessionsShownProperty().get()).isFalse();
    }

    @Test
    void eachWorkersHttp2ConnectionsAndStreamsAreCountedOnceSomeWorkerServesHttp2() {
        receive(worker(1, -1), worker(2, -1));
        assertThat(workers.http2ShownProperty().get()).as("no HTTP/2 yet").isFalse();
        assertThat(workers.rows()).extracting(row -> row.http2Property().get()).containsExactly("", "");

        // Counters are shown anew twice a second: each batch here comes a second after the one before.
        Instant now = Instant.now();
        receiveAt(now.plusSeconds(1), http2Worker(1, 12, 3, 40, 1204), worker(2, -1));

        assertThat(workers.http2ShownProperty().get()).isTrue();
        assertThat(workers.rows())
                .extracting(row -> row.http2Property().get())
                .containsExactly("3 conn, 40 streams (1,204)", "");
        assertThat(workers.rows().get(0).activeConnectionsProperty().get()).isEqualTo(12);

        // Its connections closed: the streams it served still say it speaks HTTP/2.
        receiveAt(now.plusSeconds(2), http2Worker(1, 0, 0, 0, 1204), worker(2, -1));
        assertThat(workers.rows().get(0).http2Property().get()).isEqualTo("0 conn, 0 streams (1,204)");

        workers.clear();
        assertThat(workers.http2ShownProperty().get()).isFalse();
    }

    private void receive(WorkerInfo... infos) {
        receiveAt(Instant.now(), infos);
    }

    private void receiveAt(Instant at, WorkerInfo... infos) {
        SupervisorSnapshot snapshot = new SupervisorSnapshot(
                ServerStatus.RUNNING, "http://127.0.0.1:8000", 1, List.of(infos), null, List.of());
        workers.accept(new TelemetryBatch(snapshot, List.of(), 0, at));
    }

    private static WorkerInfo http2Worker(int id, int connections, int h2Connections, int streams, long served) {
        WorkerStats plain = FakeSupervisor.stats(connections, served);
        WorkerStats stats = new WorkerStats(
                plain.at(),
                plain.activeConnections(),
                plain.totalConnections(),
                plain.activeRequests(),
                plain.totalRequests(),
                plain.activeWebSockets(),
                plain.rejected(),
                plain.badRequests(),
                plain.bytesIn(),
                plain.bytesOut(),
                plain.heapUsed(),
                plain.rss(),
                plain.sessions(),
                plain.cpuNanos(),
                plain.statusClasses(),
                plain.latencyBuckets(),
                List.of(),
                h2Connections,
                streams,
                served);
        return FakeSupervisor.worker(id, id - 1, LifespanPhase.STARTED, stats, null);
    }

    private static WorkerInfo worker(int id, int sessions) {
        return FakeSupervisor.worker(id, id - 1, LifespanPhase.STARTED, FakeSupervisor.stats(1, 10, sessions), null);
    }
}
