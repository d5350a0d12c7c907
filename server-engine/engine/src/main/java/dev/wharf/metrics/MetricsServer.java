package dev.wharf.metrics;

import dev.wharf.supervisor.Supervisor;
import io.prometheus.metrics.exporter.httpserver.HTTPServer;
import io.prometheus.metrics.model.registry.PrometheusRegistry;
import java.io.IOException;

/**
 * {@code --metrics-port}: the supervisor serves its workers' series in Prometheus' text format on a
 * port of its own (never the app's), at {@code /metrics}, with {@code /-/healthy} beside it. The
 * Prometheus client library writes the format.
 */
public final class MetricsServer implements AutoCloseable {

    private final HTTPServer server;
    private final ReloadMetrics reloads;

    private MetricsServer(HTTPServer server, ReloadMetrics reloads) {
        this.server = server;
        this.reloads = reloads;
    }

    /** @throws IOException when the port cannot be bound */
    public static MetricsServer start(Supervisor supervisor, String host, int port) throws IOException {
        PrometheusRegistry registry = new PrometheusRegistry();
        registry.register(new WorkerMetrics(supervisor));
        ReloadMetrics reloads = new ReloadMetrics(supervisor, registry);
        try {
            return new MetricsServer(
                    HTTPServer.builder()
                            .hostname(host)
                            .port(port)
                            .registry(registry)
                            .buildAndStart(),
                    reloads);
        } catch (IOException | RuntimeException e) {
            closeQuietly(reloads);
            throw e;
        }
    }

    public int port() {
        return server.getPort();
    }

    @Override
    public void close() {
        server.close();
        closeQuietly(reloads);
    }

    private static void closeQuietly(ReloadMetrics reloads) {
        try {
            reloads.close();
        } catch (Exception e) {
            // Unsubscribing only stops counting: nothing is left to undo.
        }
    }
}
