package dev.wharf.asgi;

/** ASGI {@code lifespan.shutdown} (server to app): the worker has stopped serving; run your cleanup. */
public record LifespanShutdown() implements LifespanMessage {

    public static final String TYPE = "lifespan.shutdown";

    @Override
    public String type() {
        return TYPE;
    }
}
