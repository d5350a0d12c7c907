package dev.wharf.protocols;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.LongAdder;

/**
 * What one worker knows about its own traffic, as Uvicorn's {@code ServerState}: the open
 * connections (for graceful shutdown) and the counters that telemetry reads. Written by event
 * loops and request threads at once, so every field is a concurrent type.
 */
public final class ServerState {

    private final Set<ServerConnection> connections = ConcurrentHashMap.newKeySet();
    private volatile boolean draining;
    private final LongAdder totalConnections = new LongAdder();
    private final AtomicLong totalRequests = new AtomicLong();
    private final AtomicInteger activeRequests = new AtomicInteger();
    private final AtomicInteger unansweredRequests = new AtomicInteger();
    private final LongAdder badRequests = new LongAdder();
    private final LongAdder rejectedRequests = new LongAdder();
    private final LongAdder bytesIn = new LongAdder();
    private final LongAdder bytesOut = new LongAdder();
    private volatile long requestLimit = Long.MAX_VALUE;
    private volatile Runnable whenRequestLimitReached = () -> {};
    private final AtomicInteger activeWebSockets = new AtomicInteger();
    private final LongAdder totalWebSockets = new LongAdder();
    private final ResponseTimes responses = new ResponseTimes();
    private final AtomicInteger activeHttp2Connections = new AtomicInteger();
    private final AtomicInteger activeHttp2Streams = new AtomicInteger();
    private final LongAdder totalHttp2Streams = new LongAdder();

    /** A response ended after {@code nanos} since its request's head arrived. */
    public void responded(int status, long nanos) {
        responses.record(status, nanos);
    }

    public ResponseTimes responses() {
        return responses;
    }

    public void connectionOpened(ServerConnection connection) {
        connections.add(connection);
        totalConnections.increment();
    }

    /**
     * A connection whose protocol is not known yet (its first bytes, or TLS and ALPN, decide): open,
     * so a graceful shutdown waits for it, but counted once its protocol's connection opens.
     */
    public void connectionPending(ServerConnection connection) {
        connections.add(connection);
    }

    /** Graceful shutdown has begun: a connection whose protocol is chosen from now on serves one request at most. */
    public void drain() {
        draining = true;
    }

    public boolean draining() {
        return draining;
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

    /**
     * A request has arrived and is now in progress until {@link #requestFinished(boolean)}: Uvicorn's task.
     * The request that reaches the limit of {@link #limitRequests} runs its callback, once.
     */
    public void requestStarted() {
        activeRequests.incrementAndGet();
        unansweredRequests.incrementAndGet();
        if (totalRequests.incrementAndGet() == requestLimit) {
            whenRequestLimitReached.run();
        }
    }

    /**
     * A request's response is complete (its last byte handed to the connection), though its app may
     * still be running. The concurrency limit counts requests until then: a keep-alive client that
     * has its answer may send the next request before the app's thread has returned.
     * Called at most once per request, before {@link #requestFinished(boolean)}.
     */
    public void requestAnswered() {
        unansweredRequests.decrementAndGet();
    }

    /** The app has returned for a request (or was never called for it); {@code answered}: {@link #requestAnswered()} was called for it. */
    public void requestFinished(boolean answered) {
        activeRequests.decrementAndGet();
        if (!answered) {
            unansweredRequests.decrementAndGet();
        }
    }

    /** Requests in progress whose response is not complete yet: what {@code --limit-concurrency} counts. */
    public int unansweredRequests() {
        return unansweredRequests.get();
    }

    /** Calls {@code whenReached} when the {@code limit}th request arrives, for {@code --limit-max-requests}. */
    public void limitRequests(long limit, Runnable whenReached) {
        this.whenRequestLimitReached = whenReached;
        this.requestLimit = limit;
    }

    public void badRequest() {
        badRequests.increment();
    }

    /** A request answered 503 because the worker was at {@code --limit-concurrency}. */
    public void rejected() {
        rejectedRequests.increment();
    }

    public void bytesRead(long bytes) {
        bytesIn.add(bytes);
    }

    public void bytesWritten(long bytes) {
        bytesOut.add(bytes);
    }

    public long bytesIn() {
        return bytesIn.sum();
    }

    public long bytesOut() {
        return bytesOut.sum();
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
        return totalRequests.get();
    }

    /** Requests whose app has not returned yet. */
    public int activeRequests() {
        return activeRequests.get();
    }

    public long badRequests() {
        return badRequests.sum();
    }

    /** Requests answered 503 at the concurrency limit. */
    public long rejectedRequests() {
        return rejectedRequests.sum();
    }

    public int activeWebSockets() {
        return activeWebSockets.get();
    }

    public long totalWebSockets() {
        return totalWebSockets.sum();
    }

    /** A connection now speaks HTTP/2 (by ALPN or prior knowledge); it is counted as a connection too. */
    public void http2ConnectionOpened() {
        activeHttp2Connections.incrementAndGet();
    }

    public void http2ConnectionClosed() {
        activeHttp2Connections.decrementAndGet();
    }

    /** An HTTP/2 stream has opened: one request, multiplexed with the others on its connection. */
    public void http2StreamOpened() {
        activeHttp2Streams.incrementAndGet();
        totalHttp2Streams.increment();
    }

    public void http2StreamClosed() {
        activeHttp2Streams.decrementAndGet();
    }

    /** HTTP/2 connections open now, of {@link #activeConnections()}. */
    public int activeHttp2Connections() {
        return activeHttp2Connections.get();
    }

    /** HTTP/2 streams open now, across every HTTP/2 connection. */
    public int activeHttp2Streams() {
        return activeHttp2Streams.get();
    }

    /** HTTP/2 streams opened since the worker started. */
    public long totalHttp2Streams() {
        return totalHttp2Streams.sum();
    }
}
