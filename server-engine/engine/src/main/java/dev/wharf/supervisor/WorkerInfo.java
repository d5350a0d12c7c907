package dev.wharf.supervisor;

import com.fasterxml.jackson.databind.JsonNode;
import dev.wharf.control.LifespanPhase;
import dev.wharf.control.WorkerStats;
import java.time.Instant;
import java.util.Map;

/**
 * One worker as the supervisor knows it, at one moment. Immutable: each change makes a new one.
 *
 * @param id            the worker's id, never reused within a supervisor's life
 * @param slot          the position it fills (0 .. workers-1); a replacement takes its slot
 * @param pid           the process id, or -1 before the process exists
 * @param generation    the generation it belongs to (each restart or reload starts a new one)
 * @param phase         where it is in its life
 * @param message       why it failed or exited, or {@code null}
 * @param stats         its latest counters
 * @param state         its latest {@code app.state}, as JSON, or {@code null} before the first snapshot
 * @param stateCut      whether the snapshot was cut to its size or depth limit
 * @param spawnedAt     when the process was started
 * @param startedAt     when startup completed, or {@code null}
 * @param restarts      how many times this slot's worker was replaced after dying
 * @param lastExitCode  the exit code of the worker it replaced (or its own, once exited), or {@code null}
 * @param jvm           the worker's Java version and VM
 * @param plugins       what its plugins last published, by key (the request inspector's requests)
 */
public record WorkerInfo(
        int id,
        int slot,
        long pid,
        int generation,
        LifespanPhase phase,
        String message,
        WorkerStats stats,
        JsonNode state,
        boolean stateCut,
        Instant spawnedAt,
        Instant startedAt,
        int restarts,
        Integer lastExitCode,
        String jvm,
        Map<String, JsonNode> plugins) {

    public WorkerInfo {
        plugins = plugins == null ? Map.of() : Map.copyOf(plugins);
    }
}
