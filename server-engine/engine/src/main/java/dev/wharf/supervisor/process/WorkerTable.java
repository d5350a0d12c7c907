package dev.wharf.supervisor.process;

import dev.wharf.control.LifespanPhase;
import dev.wharf.supervisor.WorkerInfo;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

/**
 * The server's workers by id, of every generation still alive and the dead ones still worth
 * showing (the last to have held each slot, until it is replaced). Spares are not in it until a
 * generation adopts them. Owned by the supervisor's thread.
 */
final class WorkerTable {

    private final Map<Integer, WorkerHandle> workers = new LinkedHashMap<>();

    /** Adds a worker; the dead worker it takes the slot of (of its generation or an older one) leaves. */
    void add(WorkerHandle handle) {
        workers.values()
                .removeIf(
                        old -> !old.alive() && old.slot() == handle.slot() && old.generation() <= handle.generation());
        workers.put(handle.id, handle);
    }

    WorkerHandle get(int id) {
        return workers.get(id);
    }

    void remove(int id) {
        workers.remove(id);
    }

    /** Forgets the dead workers that match. */
    void removeDead(Predicate<WorkerHandle> which) {
        workers.values().removeIf(w -> !w.alive() && which.test(w));
    }

    void clear() {
        workers.clear();
    }

    List<WorkerHandle> alive() {
        return workers.values().stream().filter(WorkerHandle::alive).toList();
    }

    List<WorkerHandle> aliveOf(int generation) {
        return workers.values().stream()
                .filter(w -> w.alive() && w.generation() == generation)
                .toList();
    }

    /** At least {@code count} workers of {@code generation} are alive, and all of them have started. */
    boolean started(int generation, int count) {
        List<WorkerHandle> alive = aliveOf(generation);
        return alive.size() >= count && alive.stream().allMatch(w -> w.phase() == LifespanPhase.STARTED);
    }

    boolean anyStarted() {
        return alive().stream().anyMatch(w -> w.phase() == LifespanPhase.STARTED);
    }

    /** What the snapshot shows: by slot, then by id. */
    List<WorkerInfo> infos() {
        return workers.values().stream()
                .sorted(Comparator.comparingInt(WorkerHandle::slot).thenComparingInt(w -> w.id))
                .map(WorkerHandle::info)
                .toList();
    }
}
