package dev.wharf.asgi;

/**
 * ASGI {@code lifespan.startup.failed} (app to server): the application's startup failed.
 *
 * @param message ASGI {@code message}: what went wrong, shown to the user
 */
public record LifespanStartupFailed(String message) implements LifespanMessage {

    public static final String TYPE = "lifespan.startup.failed";

    public LifespanStartupFailed {
        message = message == null ? "" : message;
    }

    @Override
    public String type() {
        return TYPE;
    }
}
