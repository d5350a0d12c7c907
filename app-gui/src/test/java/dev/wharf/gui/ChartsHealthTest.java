package dev.wharf.gui;

import static dev.wharf.gui.OnFakeSupervisors.await;
import static dev.wharf.gui.OnFakeSupervisors.profilesShown;
import static org.assertj.core.api.Assertions.assertThat;

import dev.wharf.control.LifespanPhase;
import dev.wharf.control.WorkerStats;
import dev.wharf.supervisor.WorkerInfo;
import java.time.Instant;
import java.util.List;
import javafx.collections.ObservableList;
import javafx.scene.chart.LineChart;
import javafx.scene.chart.XYChart;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;

/** The Charts tab draws each worker's CPU % and latency p95 from its telemetry, and lets exited workers go. */
class ChartsHealthTest extends OnFakeSupervisors {

    @Start
    void open(Stage stage) {
        openWindow(stage);
    }

    @Test
    void eachWorkerGetsACpuAndALatencyLineAndAnExitedOneIsNamedSo(FxRobot robot) throws Exception {
        profilesShown(robot);
        robot.clickOn("#start");
        await(() -> model.server().isRunning());
        FakeSupervisor supervisor = supervisor();
        Instant clock = Instant.now();
        supervisor.workers(worker(1, stats(clock, 0, List.of(10L, 0L, 0L, 0L))));
        await(() -> model.workers().rows().size() == 1);
        robot.clickOn("#tab-charts");
        Thread.sleep(1100);

        // Two seconds of the worker's clock, one of them on the CPU; 25 responses since, 20 of them ≤ 1 ms.
        supervisor.workers(worker(1, stats(clock.plusSeconds(2), 1_000_000_000L, List.of(10L, 0L, 5L, 20L))));

        await(() -> lastPoint(model.charts().cpu(), "worker 1") == 50.0);
        await(() -> lastPoint(model.charts().latencyP95(), "worker 1") == 1.0);
        LineChart<?, ?> cpu = robot.lookup("#cpu-chart").queryAs(LineChart.class);
        LineChart<?, ?> latency = robot.lookup("#latency-chart").queryAs(LineChart.class);
        assertThat(cpu.getData()).hasSize(1);
        assertThat(latency.getData()).hasSize(1);

        Thread.sleep(1100);
        supervisor.workers(worker(2, stats(clock.plusSeconds(3), 0, List.of())));
        await(() -> model.charts().cpu().stream().anyMatch(s -> s.getName().equals("worker 1 (exited)")));
        assertThat(model.charts().latencyP95())
                .extracting(XYChart.Series::getName)
                .containsExactly("worker 1 (exited)");
    }

    private static double lastPoint(ObservableList<XYChart.Series<Number, Number>> lines, String name) {
        return lines.stream()
                .filter(s -> s.getName().equals(name) && !s.getData().isEmpty())
                .map(s -> s.getData().getLast().getYValue().doubleValue())
                .findFirst()
                .orElse(Double.NaN);
    }

    private static WorkerInfo worker(int id, WorkerStats stats) {
        return FakeSupervisor.worker(id, 0, LifespanPhase.STARTED, stats, null);
    }

    private static WorkerStats stats(Instant at, long cpuNanos, List<Long> latency) {
        return new WorkerStats(at, 1, 1, 0, 25, 0, 0, 0, 0, 0, 40L << 20, 120L << 20, -1, cpuNanos, List.of(), latency);
    }
}
