package dev.wharf.plugins.livereload;

import dev.wharf.asgi.plugin.AppCode;
import java.util.Set;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The worker's open event streams, and the news each should pass to its page: a swap to reload
 * for, or the drain, after which every stream ends and no new one stays open.
 *
 * <p>Threads: news comes on the worker's own thread, streams join and leave on theirs; each stream
 * reads its own queue.
 */
final class ReloadChannel implements AppCode.Listener {

    /** What a stream is told. */
    sealed interface News {
        /** The code was hot-swapped: the page should reload. */
        record Swapped(String version) implements News {}

        /** The worker drains: end the stream, the browser reconnects to another worker. */
        record Ending() implements News {}

        /** The client went away. */
        record Gone() implements News {}
    }

    private final Set<BlockingQueue<News>> streams = ConcurrentHashMap.newKeySet();
    private volatile boolean draining;

    /** Adds a stream; false when the worker drains already, and the stream should end at once. */
    boolean join(BlockingQueue<News> stream) {
        streams.add(stream);
        if (draining) {
            streams.remove(stream);
            return false;
        }
        return true;
    }

    void leave(BlockingQueue<News> stream) {
        streams.remove(stream);
    }

    int open() {
        return streams.size();
    }

    @Override
    public void swapped(String version) {
        streams.forEach(stream -> stream.offer(new News.Swapped(version)));
    }

    @Override
    public void draining() {
        draining = true;
        streams.forEach(stream -> stream.offer(new News.Ending()));
    }
}
