package dev.wharf.server;

/** Where a worker's server gets its listening socket. */
public sealed interface ListenSocket {

    /** Bind the address the settings give (host and port, or the Unix socket): a server on its own. */
    record Bind() implements ListenSocket {}

    /**
     * Serve on a socket the supervisor bound and passed over, already listening: every worker
     * accepts from the same queue, so replacing one never refuses a connection.
     *
     * @param fd    the descriptor received
     * @param unix  whether it is a Unix domain socket
     */
    record Inherited(int fd, boolean unix) implements ListenSocket {}

    /** Bind the address with {@code SO_REUSEPORT}, beside the other workers, where sockets cannot be passed. */
    record ReusePort() implements ListenSocket {}
}
