package dev.wharf.asgi;

import java.io.IOException;

/**
 * Raised by {@link Send#send(Message)} when the client has already gone away, the Java form of the
 * {@code OSError} subclass that ASGI 2.4 asks servers to raise. An application may catch it to stop
 * producing a long response; left uncaught it is not logged as an application error.
 */
public final class ClientDisconnected extends IOException {

    public ClientDisconnected(String message) {
        super(message);
    }
}
