package dev.wharf.asgi;

/** ASGI {@code lifespan.startup} (server to app): the worker is about to serve; run your startup. */
public record LifespanStartup() implements LifespanMessage {

    public static final String TYPE = "lifespan.startup";

    @Override
    public String type() {
        return TYPE;
    }
}
