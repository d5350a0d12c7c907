package dev.wharf.asgi;

/** ASGI {@code lifespan.startup.complete} (app to server): the application finished its startup. */
public record LifespanStartupComplete() implements LifespanMessage {

    public static final String TYPE = "lifespan.startup.complete";

    @Override
    public String type() {
        return TYPE;
    }
}
