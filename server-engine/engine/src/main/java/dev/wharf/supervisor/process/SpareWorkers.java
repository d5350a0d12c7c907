package dev.wharf.supervisor.process;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Spare workers, for reload: worker JVMs started ahead of need that greet the supervisor, warm up
 * and wait. A reload's new generation adopts them instead of starting JVMs, so it only waits for the
 * app's own classes to load. They are none of the server's workers until adopted: no slot, no
 * generation, no socket, no app. Owned by the supervisor's thread.
 */
final class SpareWorkers {

    /** Starts a spare worker's process. */
    @FunctionalInterface
    interface Starter {
        WorkerHandle start(List<String> jvmOptions) throws IOException, InterruptedException;
    }

    private static final Logger log = LoggerFactory.getLogger("wharf.error");

    private final Starter starter;
    private final List<WorkerHandle> spares = new ArrayList<>();

    SpareWorkers(Starter starter) {
        this.starter = starter;
    }

    /** Starts spares until {@code count} are alive. */
    void fill(int count, List<String> jvmOptions) {
        spares.removeIf(spare -> !spare.alive());
        while (spares.size() < count) {
            try {
                spares.add(starter.start(jvmOptions));
            } catch (IOException | InterruptedException | RuntimeException e) {
                log.debug("Could not start a spare worker: {}", e.toString());
                return;
            }
        }
    }

    /** A live spare started with these JVM options, or {@code null}; spares started with others are stopped. */
    WorkerHandle take(List<String> jvmOptions) {
        while (!spares.isEmpty()) {
            WorkerHandle spare = spares.remove(0);
            if (spare.alive() && spare.jvmOptions().equals(jvmOptions)) {
                return spare;
            }
            stop(spare);
        }
        return null;
    }

    void exited(WorkerHandle spare) {
        spares.remove(spare);
    }

    int alive() {
        return (int) spares.stream().filter(WorkerHandle::alive).count();
    }

    /** Stops every spare (reload turned off, the server stopping). */
    void drop() {
        spares.forEach(SpareWorkers::stop);
        spares.clear();
    }

    private static void stop(WorkerHandle spare) {
        if (!spare.alive()) {
            return;
        }
        spare.dropped();
        if (spare.process() != null) {
            spare.process().destroy();
        }
    }
}
