package dev.wharf.asgi;

import java.util.Map;

/**
 * ASGI {@code lifespan} scope: one per worker, for the whole time it serves.
 *
 * @param asgi  ASGI {@code asgi}
 * @param state ASGI {@code state}: the worker's own map; what startup puts here is copied
 *              (shallowly) into every request scope's {@code state}
 */
public record LifespanScope(AsgiVersion asgi, Map<String, Object> state) implements Scope {

    /** ASGI {@code type} of this scope. */
    public static final String TYPE = "lifespan";

    @Override
    public String type() {
        return TYPE;
    }
}
