package dev.wharf.protocols;

/** A client connection as the server sees it when it shuts down. Implementations are thread-safe. */
public interface ServerConnection {

    /**
     * Graceful shutdown of this connection: close it now if it is idle, otherwise let the request in
     * flight finish and close afterwards.
     */
    void shutdown();

    /** Closes the connection now, cutting whatever is in flight. */
    void abort();

    /** The keep-alive timeout changed: an idle connection re-arms its timer with the new value. */
    default void keepAliveTimeoutChanged() {}
}
