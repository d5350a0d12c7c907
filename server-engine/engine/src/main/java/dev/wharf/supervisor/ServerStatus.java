package dev.wharf.supervisor;

/** The state of the whole server: the supervisor and its workers. */
public enum ServerStatus {
    STOPPED,
    STARTING,
    RUNNING,
    STOPPING,
    /** Nothing serves: the socket could not be bound, or every worker failed startup. */
    FAILED
}
