package dev.wharf.gui.logs;

/**
 * Which lines the logs view shows by where they come from.
 *
 * @param workerId  a worker's id, 0 for the supervisor, or {@code -1} for all
 */
public record WorkerFilter(int workerId) {

    public static final WorkerFilter ALL = new WorkerFilter(-1);
    public static final WorkerFilter SUPERVISOR = new WorkerFilter(0);

    boolean keeps(LogEntry entry) {
        return workerId < 0 || entry.line().workerId() == workerId;
    }

    @Override
    public String toString() {
        return workerId < 0 ? "All workers" : workerId == 0 ? "Supervisor" : "Worker " + workerId;
    }
}
