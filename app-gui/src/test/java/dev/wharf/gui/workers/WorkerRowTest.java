package dev.wharf.gui.workers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import dev.wharf.control.LifespanPhase;
import dev.wharf.control.WorkerStats;
import dev.wharf.gui.FakeSupervisor;
import dev.wharf.supervisor.WorkerInfo;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class WorkerRowTest {

    private final Instant start = Instant.parse("2026-11-25T12:00:00Z");

    @Test
    void countersAreShownAtMostTwiceASecond() {
        WorkerRow row = new WorkerRow(1);
        row.update(worker(LifespanPhase.STARTED, 10, 0), start);

        row.update(worker(LifespanPhase.STARTED, 20, 0), start.plusMillis(200));
        assertThat(row.totalRequestsProperty().get()).isEqualTo(10);

        row.update(worker(LifespanPhase.STARTED, 30, 0), start.plusMillis(500));
        assertThat(row.totalRequestsProperty().get()).isEqualTo(30);
    }

    @Test
    void appStateAndPhaseAreShownAtOnce() {
        WorkerRow row = new WorkerRow(1);
        row.update(worker(LifespanPhase.STARTED, 10, 1), start);

        row.update(worker(LifespanPhase.STARTED, 10, 2), start.plusMillis(100));
        assertThat(row.stateSummaryProperty().get()).isEqualTo("counter=2");

        row.update(worker(LifespanPhase.SHUTTING_DOWN, 12, 2), start.plusMillis(150));
        assertThat(row.phaseProperty().get()).isEqualTo(LifespanPhase.SHUTTING_DOWN);
        assertThat(row.totalRequestsProperty().get())
                .as("a phase change shows the counters with it")
                .isEqualTo(12);
    }

    @Test
    void theRateCountsRequestsThatArrivedBetweenShownUpdates() {
        WorkerRow row = new WorkerRow(1);
        row.update(worker(LifespanPhase.STARTED, 0, 0), start);
        for (int tenth = 1; tenth <= 30; tenth++) {
            row.update(worker(LifespanPhase.STARTED, tenth * 100L, 0), start.plusMillis(tenth * 100L));
        }

        // 3,000 requests over the 3 s the rate looks back on.
        assertThat(row.requestsPerSecondProperty().get()).isBetween(900.0, 1000.0);
    }

    @Test
    void theSummaryShowsNumbersWithoutExponentsAndIsCutToItsLength() {
        var state = JsonNodeFactory.instance
                .objectNode()
                .put("started_at", 1.795631706323E9)
                .put("pid", 18389)
                .put("counter", 3);

        assertThat(WorkerRow.summary(null, state)).isEqualTo("started_at=1795631706.323  pid=18389  counter=3");

        state.put("note", "x".repeat(100));
        assertThat(WorkerRow.summary(null, state)).hasSize(60).endsWith("…");
    }

    @Test
    void theSummaryLeadsWithTheKeysThatJustChanged() {
        var before = JsonNodeFactory.instance
                .objectNode()
                .put("started_at", 1.795631706323E9)
                .put("note", "x".repeat(100))
                .put("counter", 3);
        var now = before.deepCopy().put("counter", 4);

        assertThat(WorkerRow.summary(before, now)).startsWith("counter=4  started_at=1795631706.323");
    }

    @Test
    void cpuIsTheCpuTimeUsedOverTheWallTimeBetweenTwoOfTheWorkersSamples() {
        WorkerRow row = new WorkerRow(1);
        Instant at = Instant.parse("2026-12-05T00:00:00Z");
        row.update(withCpu(at, 5_000_000_000L), at);
        assertThat(row.cpuProperty().get()).isEqualTo(-1);

        // Half a core for two seconds: one second of CPU time.
        row.update(withCpu(at.plusSeconds(2), 6_000_000_000L), at.plusSeconds(2));
        assertThat(row.cpuProperty().get()).isCloseTo(50.0, within(0.01));
    }

    private static WorkerInfo withCpu(Instant at, long cpuNanos) {
        WorkerInfo base = worker(LifespanPhase.STARTED, 0, 1);
        WorkerStats stats = new WorkerStats(
                at, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, -1, -1, cpuNanos, List.of(), List.of(), List.of(), 0, 0, 0);
        return new WorkerInfo(
                base.id(),
                base.slot(),
                base.pid(),
                base.generation(),
                base.phase(),
                null,
                stats,
                base.state(),
                false,
                base.spawnedAt(),
                base.startedAt(),
                0,
                null,
                base.jvm(),
                base.plugins());
    }

    @Test
    void percentilesAreReadFromTheWorkersHistogram() {
        // 100 responses: 50 within 125 µs, 45 within 250 µs, 4 within 1 ms, 1 within 4 ms.
        assertThat(WorkerRow.percentiles(List.of(50L, 45L, 0L, 4L, 0L, 1L))).isEqualTo("0.125 / 0.25 / 1");
        assertThat(WorkerRow.percentiles(List.of(0L, 0L, 0L))).isEmpty();
    }

    private static WorkerInfo worker(LifespanPhase phase, long total, int counter) {
        return FakeSupervisor.worker(
                1,
                0,
                phase,
                FakeSupervisor.stats(1, total),
                JsonNodeFactory.instance.objectNode().put("counter", counter));
    }
}
