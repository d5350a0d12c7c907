package dev.wharf.cli;

import dev.wharf.config.Settings;
import dev.wharf.config.catalog.ServerOptions;
import dev.wharf.metrics.MetricsServer;
import dev.wharf.supervisor.Supervisor;
import dev.wharf.supervisor.SupervisorEvent;
import dev.wharf.supervisor.SupervisorException;
import dev.wharf.supervisor.process.Supervisors;
import java.io.IOException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.atomic.AtomicInteger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@code wharf run} with worker processes, as {@code uvicorn --workers N}: the supervisor binds the
 * socket, the workers serve, CTRL+C or SIGTERM drains them all (a second one forces it).
 */
final class SupervisedRun {

    private static final Logger log = LoggerFactory.getLogger("wharf.error");

    private SupervisedRun() {}

    /** @return the exit code: 0 after a clean stop, 1 when the socket cannot be bound, 3 when every worker fails startup */
    static int run(Settings settings) throws InterruptedException {
        AtomicInteger exitCode = new AtomicInteger(0);
        try (Supervisor supervisor = Supervisors.createForConsole(settings)) {
            ShutdownSignals signals = ShutdownSignals.install(supervisor::stop);
            supervisor.subscribe(event -> {
                if (event instanceof SupervisorEvent.ServerFailed failed) {
                    log.error("{}. Exiting.", failed.message());
                    exitCode.set(3);
                    signals.requestShutdown();
                }
            });
            try {
                supervisor.start();
            } catch (SupervisorException e) {
                log.error(e.getMessage());
                return 1;
            }
            MetricsServer metrics;
            try {
                metrics = startMetrics(settings, supervisor);
            } catch (IOException e) {
                log.error(
                        "Could not serve metrics on --metrics-port {}: {}",
                        settings.get(ServerOptions.METRICS_PORT),
                        e.getMessage());
                supervisor.stop().get();
                return 1;
            }
            signals.awaitShutdownRequest();
            if (metrics != null) {
                metrics.close();
            }
            supervisor.stop().get();
        } catch (ExecutionException e) {
            log.error("Stopping failed: {}", e.getCause().toString());
            return 1;
        }
        return exitCode.get();
    }

    private static MetricsServer startMetrics(Settings settings, Supervisor supervisor) throws IOException {
        Integer port = settings.get(ServerOptions.METRICS_PORT);
        if (port == null) {
            return null;
        }
        String host = settings.get(ServerOptions.HOST);
        MetricsServer metrics = MetricsServer.start(supervisor, host, port);
        log.info("Metrics on http://{}:{}/metrics", host.contains(":") ? "[" + host + "]" : host, metrics.port());
        return metrics;
    }
}
