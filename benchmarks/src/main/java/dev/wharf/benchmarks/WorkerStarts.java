package dev.wharf.benchmarks;

import dev.wharf.control.LifespanPhase;
import dev.wharf.supervisor.Supervisor;
import dev.wharf.supervisor.SupervisorEvent;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.IntConsumer;

/**
 * Each worker's start as its supervisor reports it, from the supervisor's events: spawned to lifespan
 * startup complete, in the order the workers started.
 */
final class WorkerStarts {

    private final Map<Integer, Instant> spawned = new ConcurrentHashMap<>();
    private final List<Duration> starts = new CopyOnWriteArrayList<>();

    private WorkerStarts() {}

    /** Records the starts of {@code supervisor}'s workers, telling {@code started} each one's id as it starts. */
    static WorkerStarts of(Supervisor supervisor, IntConsumer started) {
        WorkerStarts recorded = new WorkerStarts();
        supervisor.subscribe(event -> {
            if (event instanceof SupervisorEvent.WorkerSpawned s) {
                recorded.spawned.put(s.workerId(), s.at());
            } else if (event instanceof SupervisorEvent.WorkerPhaseChanged p && p.phase() == LifespanPhase.STARTED) {
                Instant at = recorded.spawned.get(p.workerId());
                if (at != null) {
                    recorded.starts.add(Duration.between(at, p.at()));
                    started.accept(p.workerId());
                }
            }
        });
        return recorded;
    }

    /** The starts recorded so far, oldest first; clearing it forgets them. */
    List<Duration> all() {
        return starts;
    }
}
