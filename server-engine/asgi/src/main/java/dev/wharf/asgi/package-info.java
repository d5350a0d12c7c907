/**
 * The ASGI 3 contract in Java: the http, websocket and lifespan scopes and messages as records in
 * sealed hierarchies, and {@link dev.wharf.asgi.App}, {@link dev.wharf.asgi.Receive} and {@link
 * dev.wharf.asgi.Send}, which block a virtual thread as {@code await} suspends a coroutine.
 *
 * <p>What an application depends on, and nothing else: no third-party dependency, no I/O.
 */
package dev.wharf.asgi;
