package dev.wharf.asgi;

/** ASGI {@code lifespan.shutdown.complete} (app to server): the application finished its shutdown. */
public record LifespanShutdownComplete() implements LifespanMessage {

    public static final String TYPE = "lifespan.shutdown.complete";

    @Override
    public String type() {
        return TYPE;
    }
}
