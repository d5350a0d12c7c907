package dev.wharf.asgi;

/**
 * ASGI {@code asgi} scope key.
 *
 * @param version     ASGI {@code asgi.version}: the interface version, {@code "3.0"}
 * @param specVersion ASGI {@code asgi.spec_version}: the version of the protocol spec implemented
 */
public record AsgiVersion(String version, String specVersion) {

    /** What Wharf implements for HTTP and WebSocket. */
    public static final AsgiVersion HTTP = new AsgiVersion("3.0", "2.4");

    /** What Wharf implements for lifespan. */
    public static final AsgiVersion LIFESPAN = new AsgiVersion("3.0", "2.0");
}
