package dev.wharf.supervisor.process;

/**
 * Where one worker process is in its life, as the supervisor sees it: what the supervisor has
 * asked of it and what it has said back, apart from the lifespan phase it reports. Every change of
 * state is one of the transition methods below, which answer the next state or throw {@link
 * IllegalStateException} when the worker cannot be where the transition starts. Only {@link
 * WorkerHandle} moves a worker from one state to the next.
 *
 * <pre>
 *   SPARE ──greeted──► SPARE_READY            a spare not wanted: dropped ──► SPARE_DROPPED
 *     │ adopted          │ adopted
 *     ▼                  ▼
 *   STARTING ─greeted─► RUNNING ──reports its shutdown untold──► STOPPING_ITSELF
 *     └──────────────────┴──────────────────┬──────────────────────────┘
 *                                  drained  │  forced
 *                                           ▼
 *                               DRAINING ──forced──► FORCED
 *
 *   every state but EXITED ──exited──► EXITED
 * </pre>
 */
enum WorkerState {
    /** Started ahead of need for reload; no hello yet. None of the server's workers until adopted. */
    SPARE,
    /** A spare that has greeted and warms up while it waits: adopted, it is handed its socket at once. */
    SPARE_READY,
    /** A spare no generation will adopt (reload turned off, the server stopping, other JVM options): stopped. */
    SPARE_DROPPED,
    /** One of a generation's workers whose hello has not arrived yet. */
    STARTING,
    /** Greeted and handed its socket: runs lifespan and serves, as its reported phase says. */
    RUNNING,
    /** Began shutting down without being told (its request limit, a TERM from outside): a clean exit, replaced without backoff. */
    STOPPING_ITSELF,
    /** Told to finish its requests and exit (drain, scale down, stop, an older generation): its exit is no crash. */
    DRAINING,
    /** Told to shut down at once (a failed generation, a second stop) and killed if it has not soon after. */
    FORCED,
    /** Its process has ended, or never started. */
    EXITED;

    /** Its hello arrived. One told to stop before it greeted, or gone already, stays as it is. */
    WorkerState greeted() {
        return switch (this) {
            case SPARE -> SPARE_READY;
            case STARTING -> RUNNING;
            case SPARE_DROPPED, DRAINING, FORCED, EXITED -> this;
            case SPARE_READY, RUNNING, STOPPING_ITSELF -> throw impossible("greet");
        };
    }

    /** A generation takes the spare on as one of its workers. */
    WorkerState adopted() {
        return switch (this) {
            case SPARE -> STARTING;
            case SPARE_READY -> RUNNING;
            default -> throw impossible("be adopted");
        };
    }

    /** The spare will not be adopted: it is stopped. */
    WorkerState dropped() {
        return switch (this) {
            case SPARE, SPARE_READY -> SPARE_DROPPED;
            default -> throw impossible("be dropped as a spare");
        };
    }

    /** It reported lifespan shutdown without being told to stop. */
    WorkerState stoppedItself() {
        if (this != RUNNING) {
            throw impossible("stop by itself");
        }
        return STOPPING_ITSELF;
    }

    /** Told to drain. Draining again changes nothing, and a drain does not soften an order to stop at once. */
    WorkerState drained() {
        return switch (this) {
            case STARTING, RUNNING, STOPPING_ITSELF, DRAINING -> DRAINING;
            case FORCED -> FORCED;
            case SPARE, SPARE_READY, SPARE_DROPPED, EXITED -> throw impossible("be drained");
        };
    }

    /** Told to shut down at once. */
    WorkerState forced() {
        return switch (this) {
            case STARTING, RUNNING, STOPPING_ITSELF, DRAINING, FORCED -> FORCED;
            case SPARE, SPARE_READY, SPARE_DROPPED, EXITED -> throw impossible("be forced to stop");
        };
    }

    /** Its process ended (or could not be started). A process ends once. */
    WorkerState exited() {
        if (this == EXITED) {
            throw impossible("exit");
        }
        return EXITED;
    }

    boolean alive() {
        return this != EXITED;
    }

    /** A spare, dropped or not: none of the server's workers. */
    boolean spare() {
        return this == SPARE || this == SPARE_READY || this == SPARE_DROPPED;
    }

    /** The supervisor asked it to end, so its exit is expected. */
    boolean toldToStop() {
        return this == DRAINING || this == FORCED || this == SPARE_DROPPED;
    }

    private IllegalStateException impossible(String what) {
        return new IllegalStateException("a worker that is " + name() + " cannot " + what);
    }
}
