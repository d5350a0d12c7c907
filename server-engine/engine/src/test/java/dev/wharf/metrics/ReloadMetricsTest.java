package dev.wharf.metrics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.wharf.supervisor.ReloadReport;
import dev.wharf.testing.SupervisedServer;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** {@code wharf_reloads_total}: a reload of a real supervisor is counted by how it ended and what it did. */
class ReloadMetricsTest {

    @Test
    void aReloadIsCountedByItsOutcomeAndDecision() throws Exception {
        try (SupervisedServer server = SupervisedServer.start(1).awaitStarted(1);
                MetricsServer metrics = MetricsServer.start(server.supervisor(), "127.0.0.1", 0)) {
            assertThat(scrape(metrics))
                    .contains("wharf_reloads_total{decision=\"rolled\",outcome=\"reloaded\"} 0.0")
                    .contains("wharf_reloads_total{decision=\"swapped\",outcome=\"reloaded\"} 0.0");

            ReloadReport report = server.supervisor().reload().get(120, TimeUnit.SECONDS);

            String series = "wharf_reloads_total{decision=\""
                    + report.decision().kind().name().toLowerCase(Locale.ROOT) + "\",outcome=\""
                    + report.outcome().name().toLowerCase(Locale.ROOT) + "\"} 1.0";
            await().atMost(Duration.ofSeconds(10))
                    .untilAsserted(() -> assertThat(scrape(metrics)).contains(series));
        }
    }

    private static String scrape(MetricsServer metrics) throws IOException, InterruptedException {
        try (HttpClient client = HttpClient.newHttpClient()) {
            HttpResponse<String> response = client.send(
                    HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + metrics.port() + "/metrics"))
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(response.statusCode()).isEqualTo(200);
            return response.body();
        }
    }
}
