package dev.wharf.control;

/** Where a worker is in its life, as its lifespan reports it; the GUI shows it as a coloured badge. */
public enum LifespanPhase {
    /** The process is starting and the app loading; startup has not completed. */
    STARTING,
    /** Lifespan startup completed: the worker serves. */
    STARTED,
    /** Startup failed (the app's message says why) or the app could not be loaded. */
    FAILED,
    /** Draining: no new connections, requests in flight finishing, then lifespan shutdown. */
    SHUTTING_DOWN,
    /** The process has exited. */
    STOPPED;

    public boolean alive() {
        return this == STARTING || this == STARTED || this == SHUTTING_DOWN;
    }
}
