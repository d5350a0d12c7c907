package dev.wharf.asgi.plugin;

import java.util.Objects;

/**
 * The app's code as the worker a plugin runs in serves it: a version that names it, and news when
 * it changes in place (a hot swap redefined some of its classes) or stops being served here (the
 * worker drains, as when a new generation takes over after a reload).
 *
 * <p>Workers of one generation that took the same swaps report the same version, so a client that
 * sees another version has met newer (or older) code. What a version looks like is not specified:
 * compare versions for equality only.
 */
public interface AppCode {

    /** The version of the code served now. */
    String version();

    /**
     * Registers {@code listener} for the rest of the worker's life. Listeners are called on the
     * worker's own thread, one event at a time: they must return quickly and must not throw.
     */
    void listen(Listener listener);

    /** What a plugin hears about the code it serves. */
    interface Listener {

        /** Classes of the app were redefined in this worker; new calls run the new code. */
        default void swapped(String version) {}

        /** This worker stops accepting and waits for what is in flight: end long-lived responses now. */
        default void draining() {}
    }

    /** Code that never changes in place, as an app served without reload or a test sees it. */
    static AppCode unchanging(String version) {
        Objects.requireNonNull(version, "version");
        return new AppCode() {
            @Override
            public String version() {
                return version;
            }

            @Override
            public void listen(Listener listener) {
                Objects.requireNonNull(listener, "listener");
            }
        };
    }
}
