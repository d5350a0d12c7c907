package dev.wharf.supervisor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.wharf.control.WorkerStats;
import dev.wharf.testing.SteadyClient;
import dev.wharf.testing.SupervisedServer;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** What a worker reports of its own health: CPU time, responses by status class, a latency histogram. */
class WorkerTelemetryTest {

    @Test
    void aServingWorkerReportsItsCpuTimeStatusClassesAndResponseTimes() throws Exception {
        try (SupervisedServer server = SupervisedServer.start(1).awaitStarted(1);
                SteadyClient client = SteadyClient.start(server.port(), "/", 2)) {
            await().atMost(Duration.ofSeconds(10)).until(() -> client.ok() > 100);
            client.close();

            await().atMost(Duration.ofSeconds(10)).until(() -> {
                WorkerStats stats = server.started().get(0).stats();
                return stats != null
                        && stats.statusClasses().size() == 5
                        && stats.statusClasses().get(1) >= 100;
            });
            WorkerStats stats = server.started().get(0).stats();
            assertThat(stats.cpuNanos()).isPositive();
            assertThat(stats.latencyBuckets().stream()
                            .mapToLong(Long::longValue)
                            .sum())
                    .isGreaterThanOrEqualTo(stats.statusClasses().get(1));
        }
    }
}
