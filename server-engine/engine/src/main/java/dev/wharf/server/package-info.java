/**
 * One worker's server, as Uvicorn's {@code server.py}: binds or adopts the listening socket,
 * runs the event loops and the lifespan, applies live settings and shuts down gracefully.
 */
package dev.wharf.server;
