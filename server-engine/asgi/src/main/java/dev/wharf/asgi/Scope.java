package dev.wharf.asgi;

import java.util.Map;

/**
 * An ASGI connection scope: the {@code scope} dictionary, one record type per ASGI {@code type}.
 */
public sealed interface Scope permits ConnectionScope, LifespanScope {

    /** ASGI {@code type}: {@code "http"}, {@code "websocket"} or {@code "lifespan"}. */
    String type();

    /** ASGI {@code asgi}: the version of the interface and of the protocol spec. */
    AsgiVersion asgi();

    /**
     * ASGI {@code state}: the lifespan state. In the lifespan scope it is the worker's own map that
     * startup fills in; in each request scope it is a shallow copy of it (the values are shared).
     */
    Map<String, Object> state();
}
