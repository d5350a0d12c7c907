package dev.wharf.lifespan;

import java.util.Map;

/**
 * The ASGI lifespan protocol as a worker runs it: once before serving, once after.
 * {@link LifespanOn} talks to the app; {@link LifespanOff} is {@code --lifespan off}.
 */
public interface Lifespan {

    /**
     * Runs the application's startup and waits for it.
     *
     * @return {@code true} if the worker may serve; {@code false} if startup failed (already logged)
     */
    boolean startup() throws InterruptedException;

    /**
     * Runs the application's shutdown and waits for it.
     *
     * @return {@code true} if shutdown completed cleanly
     */
    boolean shutdown() throws InterruptedException;

    /** Why startup failed, in the app's words (or the exception it raised), or {@code null}. */
    default String failureMessage() {
        return null;
    }

    /** The lifespan {@code state}: what startup put there, shared (shallowly) with every request. */
    Map<String, Object> state();
}
