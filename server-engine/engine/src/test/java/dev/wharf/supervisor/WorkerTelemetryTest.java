package dev.wharf.supervisor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.wharf.control.WorkerStats;
import dev.wharf.testing.SteadyClient;
import dev.wharf.testing.SupervisedServer;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * What a worker reports of its own health: CPU time, responses by status class, a latency histogram,
 * its HTTP/2 connections and streams.
 */
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

    @Test
    void anHttp2ConnectionWithConcurrentStreamsIsCountedWhileItsStreamsRunAndAfter() throws Exception {
        int streams = 5;
        try (SupervisedServer server = SupervisedServer.start(1).awaitStarted(1)) {
            // One connection (h2c by prior knowledge), five requests on it at once, each held 6 s by the app.
            Process h2load = new ProcessBuilder(
                            "h2load",
                            "-n",
                            Integer.toString(streams),
                            "-c",
                            "1",
                            "-m",
                            Integer.toString(streams),
                            "http://127.0.0.1:" + server.port() + "/slow?6000")
                    .redirectErrorStream(true)
                    .start();
            try {
                await().atMost(Duration.ofSeconds(5)).until(() -> {
                    WorkerStats stats = server.started().get(0).stats();
                    return stats != null && stats.http2Streams() == streams;
                });
                WorkerStats during = server.started().get(0).stats();
                assertThat(during.http2Connections()).isEqualTo(1);
                // Each stream is counted as a connection too, as --limit-concurrency counts it.
                assertThat(during.activeConnections()).isEqualTo(1 + streams);
                assertThat(during.totalHttp2Streams()).isEqualTo(streams);

                String report = new String(h2load.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
                assertThat(h2load.waitFor(30, TimeUnit.SECONDS)).isTrue();
                assertThat(report).contains(streams + " succeeded, 0 failed");
            } finally {
                h2load.destroy();
            }

            await().atMost(Duration.ofSeconds(10)).until(() -> {
                WorkerStats stats = server.started().get(0).stats();
                return stats.http2Streams() == 0 && stats.http2Connections() == 0;
            });
            assertThat(server.started().get(0).stats().totalHttp2Streams()).isEqualTo(streams);
        }
    }
}
