package dev.wharf.server;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.LongAdder;

/**
 * What one worker knows about its own traffic, as Uvicorn's {@code ServerState}: the open
 * connections (for graceful shutdown) and the counters that telemetry reads. Written by event
 * loops and request threads at once, so every field is a concurrent type.
 */
public final class ServerState {

    private final Set<ServerConnection> connections = ConcurrentHashMap.newKeySet();
    private final LongAdder totalConnections = new LongAdder();
    private final LongAdder totalRequests = new LongAdder();
    private final AtomicInteger activeRequests = new AtomicInteger();
    private final LongAdder badRequests = new LongAdder();
    // WebSocket (issue 3): open WebSockets are those accepted and not yet closed.
    private final AtomicInteger activeWebSockets = new AtomicInteger();
    private final LongAdder totalWebSockets = new LongAdder();

    public void connectionOpened(ServerConnection connection) {
        connections.add(connection);
        totalConnections.increment();
    }

    public void connectionClosed(ServerConnection connection) {
        connections.remove(connection);
    }

    /**
     * The same client connection is now served by {@code replacement} (a WebSocket upgrade): it is
     * not a new connection, so the total does not change.
     */
    public void connectionReplaced(ServerConnection previous, ServerConnection replacement) {
        connections.add(replacement);
        connections.remove(previous);
    }

    public void requestReceived() {
        totalRequests.increment();
    }

    /** The app is now running for a request. */
    public void appCallStarted() {
        activeRequests.incrementAndGet();
    }

    public void appCallFinished() {
        activeRequests.decrementAndGet();
    }

    public void badRequest() {
        badRequests.increment();
    }

    /** A WebSocket was accepted (the 101 is on its way). */
    public void webSocketOpened() {
        activeWebSockets.incrementAndGet();
        totalWebSockets.increment();
    }

    /** An accepted WebSocket's connection has closed. */
    public void webSocketClosed() {
        activeWebSockets.decrementAndGet();
    }

    /** A snapshot of the open connections, safe to iterate while they close. */
    public Set<ServerConnection> connections() {
        return Set.copyOf(connections);
    }

    public int activeConnections() {
        return connections.size();
    }

    public long totalConnections() {
        return totalConnections.sum();
    }

    public long totalRequests() {
        return totalRequests.sum();
    }

    public int activeRequests() {
        return activeRequests.get();
    }

    public long badRequests() {
        return badRequests.sum();
    }

    public int activeWebSockets() {
        return activeWebSockets.get();
    }

    public long totalWebSockets() {
        return totalWebSockets.sum();
    }
}
