package dev.wharf.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.wharf.testing.Commands;
import dev.wharf.testing.WharfProcess;
import dev.wharf.testing.WorkerPids;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;

/** {@code wharf run --metrics-port}: Prometheus scrapes per-worker series (HTTP/2's among them) from the supervisor. */
class MetricsRunTest {

    private static final Duration STARTUP = Duration.ofSeconds(60);
    /** A sample line of the text format: name, labels, value. */
    private static final Pattern SAMPLE = Pattern.compile("^([a-z0-9_]+)\\{([^}]*)} (\\S+)$");

    @Test
    void eachWorkersRequestsAreScrapedLabelledByWorkerAndGeneration() throws Exception {
        int metricsPort = freePort();
        try (WharfProcess wharf = WharfProcess.start(
                "run",
                "dev.wharf.testapps.StatefulApp:app",
                "--port",
                "0",
                "--workers",
                "2",
                "--no-access-log",
                "--metrics-port",
                Integer.toString(metricsPort))) {
            int port = wharf.awaitPort(STARTUP);
            wharf.awaitStderr("Metrics on http://127.0.0.1:" + metricsPort + "/metrics", STARTUP);
            assertThat(WorkerPids.answering(port, 2, STARTUP)).hasSize(2);

            Awaitility.await().atMost(STARTUP).untilAsserted(() -> {
                Map<String, Double> requests = samples(scrape(metricsPort), "wharf_worker_requests_total");
                assertThat(requests).hasSize(2);
                assertThat(requests.keySet()).allMatch(labels -> labels.matches("generation=\"\\d+\",worker=\"\\d+\""));
                assertThat(requests.values().stream()
                                .mapToDouble(Double::doubleValue)
                                .sum())
                        .isGreaterThanOrEqualTo(2);
            });
            String text = scrape(metricsPort);
            assertThat(samples(text, "wharf_worker_lifespan_phase"))
                    .hasSize(2)
                    .allSatisfy((labels, value) -> assertThat(labels).contains("phase=\"started\""));
            assertThat(samples(text, "wharf_worker_rss_bytes")).hasSize(2);

            // Four streams on one HTTP/2 connection (h2c by prior knowledge) reach one worker's series.
            assertThat(Commands.run("h2load", "-n", "4", "-c", "1", "-m", "4", "http://127.0.0.1:" + port + "/"))
                    .contains("4 succeeded, 0 failed");
            Awaitility.await().atMost(STARTUP).untilAsserted(() -> {
                String after = scrape(metricsPort);
                assertThat(samples(after, "wharf_worker_http2_streams_total").values().stream()
                                .mapToDouble(Double::doubleValue)
                                .sum())
                        .isEqualTo(4);
                assertThat(samples(after, "wharf_worker_http2_active_streams"))
                        .hasSize(2)
                        .allSatisfy((labels, value) -> assertThat(value).isZero());
                assertThat(samples(after, "wharf_worker_http2_connections")).hasSize(2);
            });

            wharf.terminate();
            assertThat(wharf.awaitExit(STARTUP)).isZero();
        }
    }

    @Test
    void metricsOnTheAppsPortAreRefused() throws Exception {
        try (WharfProcess wharf = WharfProcess.start("run", "hello", "--port", "8123", "--metrics-port", "8123")) {
            assertThat(wharf.awaitExit(STARTUP)).isEqualTo(2);
            assertThat(wharf.stderr())
                    .anyMatch(
                            line -> line.contains(
                                    "Invalid value for --metrics-port: 8123 is the app's --port: give the metrics a port of their own"));
        }
    }

    private static String scrape(int port) throws IOException, InterruptedException {
        try (HttpClient client = HttpClient.newHttpClient()) {
            HttpResponse<String> response = client.send(
                    HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/metrics"))
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(response.statusCode()).isEqualTo(200);
            return response.body();
        }
    }

    /** The samples of one metric, by their label text. */
    private static Map<String, Double> samples(String text, String name) {
        Map<String, Double> found = new HashMap<>();
        for (String line : text.split("\n")) {
            Matcher m = SAMPLE.matcher(line);
            if (m.matches() && m.group(1).equals(name)) {
                found.put(m.group(2), Double.parseDouble(m.group(3)));
            }
        }
        return found;
    }

    private static int freePort() throws IOException {
        try (ServerSocket probe = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return probe.getLocalPort();
        }
    }
}
