package dev.wharf.supervisor;

import java.time.Duration;
import java.util.List;

/**
 * What a reload did with the code it compiled, and why: hot-swapped classes into the running
 * workers (their {@code app.state}, sessions and connections kept), or rolled a new generation.
 *
 * @param kind             swapped, rolled, or nothing to decide (the reload failed before)
 * @param reason           why it rolled rather than swapped, in plain words; null when it swapped or
 *                         for a roll nobody asked to avoid
 * @param compiledClasses  how many classes the reload compiled (zero when a build wrote them)
 * @param changedClasses   the classes whose bytes changed, by binary name
 * @param workers          for a swap, how long each worker took
 * @param swapTime         for a swap, from sending the classes to the last worker's answer
 */
public record ReloadDecision(
        Kind kind,
        String reason,
        int compiledClasses,
        List<String> changedClasses,
        List<WorkerSwap> workers,
        Duration swapTime) {

    public enum Kind {
        /** The reload ended before deciding: the sources did not compile, or nothing could be done. */
        NONE,
        /** The changed classes were redefined inside every worker of the serving generation. */
        SWAPPED,
        /** A new generation of workers was started. */
        ROLLED
    }

    /** One worker's part in a swap. */
    public record WorkerSwap(int workerId, long pid, Duration time, int redefined) {}

    public static final ReloadDecision NONE =
            new ReloadDecision(Kind.NONE, null, 0, List.of(), List.of(), Duration.ZERO);

    public ReloadDecision {
        changedClasses = List.copyOf(changedClasses);
        workers = List.copyOf(workers);
    }

    public static ReloadDecision rolled(String reason, int compiledClasses, List<String> changedClasses) {
        return new ReloadDecision(Kind.ROLLED, reason, compiledClasses, changedClasses, List.of(), Duration.ZERO);
    }

    /** Whether the workers' {@code app.state} (and sessions, connections) lived through the reload. */
    public boolean stateKept() {
        return kind == Kind.SWAPPED;
    }
}
