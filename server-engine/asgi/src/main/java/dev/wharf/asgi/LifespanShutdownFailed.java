package dev.wharf.asgi;

/**
 * ASGI {@code lifespan.shutdown.failed} (app to server): the application's shutdown failed.
 *
 * @param message ASGI {@code message}: what went wrong, shown to the user
 */
public record LifespanShutdownFailed(String message) implements LifespanMessage {

    public static final String TYPE = "lifespan.shutdown.failed";

    public LifespanShutdownFailed {
        message = message == null ? "" : message;
    }

    @Override
    public String type() {
        return TYPE;
    }
}
