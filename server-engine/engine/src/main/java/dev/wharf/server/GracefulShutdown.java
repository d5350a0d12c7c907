package dev.wharf.server;

import dev.wharf.protocols.ServerConnection;
import dev.wharf.protocols.ServerState;
import java.time.Duration;
import java.util.function.BooleanSupplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The waiting part of a graceful shutdown, as Uvicorn's {@code Server.shutdown}: once the listener
 * is closed and idle connections are told to close, wait for the requests in flight, up to
 * {@code --timeout-graceful-shutdown}; past it, or on a second CTRL+C, cut what remains and say
 * how much was cut.
 */
final class GracefulShutdown {

    private static final Logger log = LoggerFactory.getLogger("wharf.error");
    private static final long POLL_MILLIS = 10;

    private GracefulShutdown() {}

    /**
     * @param timeout  how long to wait, or {@code null} to wait as long as it takes
     * @param forced   becomes true when the user insists (a second CTRL+C)
     */
    static void drain(ServerState state, Duration timeout, BooleanSupplier forced) throws InterruptedException {
        long deadline = timeout == null ? Long.MAX_VALUE : System.nanoTime() + timeout.toNanos();
        boolean announced = false;
        long announceAt = System.nanoTime() + Duration.ofMillis(100).toNanos();
        while (state.activeConnections() > 0) {
            long now = System.nanoTime();
            if (forced.getAsBoolean() || now - deadline >= 0) {
                cut(state, forced.getAsBoolean());
                return;
            }
            if (!announced && now - announceAt >= 0) {
                announced = true;
                log.info(
                        timeout == null
                                ? "Waiting for connections to close. (CTRL+C to force quit)"
                                : "Waiting for connections to close, at most " + timeout.toMillis() / 1000.0
                                        + " s. (CTRL+C to force quit)");
            }
            Thread.sleep(POLL_MILLIS);
        }
    }

    private static void cut(ServerState state, boolean forced) {
        int tasks = state.activeRequests();
        int connections = state.activeConnections();
        if (forced) {
            log.info("Forced shutdown: cancelling {} running task(s) on {} connection(s).", tasks, connections);
        } else {
            log.error("Cancel {} running task(s), timeout graceful shutdown exceeded", tasks);
        }
        state.connections().forEach(ServerConnection::abort);
    }
}
