package dev.wharf.supervisor.process;

import dev.wharf.control.ControlMessage;
import dev.wharf.control.LifespanPhase;
import java.time.Duration;
import java.util.List;
import java.util.function.BiConsumer;

/**
 * Uvicorn's {@code --timeout-worker-healthcheck}: each round pings every started worker over its
 * control channel, and one that has not answered its previous ping within the timeout is hung (its
 * event loop or control thread stuck) and is killed, so the supervisor replaces it. Owned by the
 * supervisor's thread, which runs a round each second.
 */
final class HealthCheck {

    static final Duration PERIOD = Duration.ofSeconds(1);

    private long sequence;

    /** @param kill called with a hung worker and the line that says why it is killed */
    void round(List<WorkerHandle> alive, Duration timeout, BiConsumer<WorkerHandle, String> kill) {
        long now = System.nanoTime();
        for (WorkerHandle handle : alive) {
            if (handle.phase() != LifespanPhase.STARTED || handle.control() == null) {
                continue;
            }
            if (handle.pendingPing() == 0) {
                handle.pingSent(++sequence, now);
                handle.send(new ControlMessage.Ping(sequence));
            } else if (now - handle.pendingPingSentNanos() > timeout.toNanos()) {
                handle.pingAbandoned();
                kill.accept(
                        handle,
                        "Worker " + handle.id + " [" + handle.pid() + "] did not answer its health check within "
                                + timeout.toMillis() / 1000.0 + " s; killing it");
            }
        }
    }
}
