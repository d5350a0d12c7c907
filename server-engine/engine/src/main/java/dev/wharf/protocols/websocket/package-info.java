/**
 * WebSocket on Netty, as Uvicorn's {@code protocols/websockets}: the upgrade checks and handshake,
 * one connection handler with pings, and one {@code WebSocketCycle} per connection running the app.
 *
 * <p>Reached from {@code protocols.http} by an upgrade; it uses only the shared {@code protocols}.
 */
package dev.wharf.protocols.websocket;
