package dev.wharf.asgi.plugin;

/**
 * Where a plugin publishes what it observed, for the window to show. Each key holds its latest
 * snapshot: publishing again under the same key replaces it.
 *
 * <p>Snapshots cross a process boundary as JSON, so they must be built only of maps with string
 * keys, lists, strings, numbers, booleans and {@code null}; a sink may refuse anything else. Publish
 * a fresh object each time and do not change it afterwards: the sink may read it later, on another
 * thread.
 */
@FunctionalInterface
public interface TelemetrySink {

    /**
     * Publishes the latest snapshot under {@code key}.
     *
     * @throws IllegalArgumentException if the snapshot holds a value that is not JSON-shaped
     */
    void publish(String key, Object snapshot);
}
