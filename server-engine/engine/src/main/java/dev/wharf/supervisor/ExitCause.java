package dev.wharf.supervisor;

/** Why a worker's process ended, as the supervisor knows it: what the window's timeline tells apart. */
public enum ExitCause {
    /** It died untold: an exception out of the app, the OS's OOM killer, a kill from outside. */
    CRASHED,
    /** The API's {@link Supervisor#kill}: the user asked for SIGKILL. */
    KILLED,
    /** It stopped answering its health check and was killed. */
    HEALTH_CHECK,
    /** It stopped by itself after its request limit ({@code --limit-max-requests}) or a TERM from outside. */
    RECYCLED,
    /** The API's {@link Supervisor#restartWorker}: drained, and a new worker took its slot. */
    RESTARTED,
    /** Drained or stopped by the supervisor: scaled down, an older generation, the server stopping. */
    STOPPED
}
