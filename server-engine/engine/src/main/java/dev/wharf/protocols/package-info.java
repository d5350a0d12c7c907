/**
 * What both protocols share, one connection at a time: the worker's protocol context and counters
 * ({@link dev.wharf.protocols.ServerState}), the live settings every connection reads, scopes built
 * from a request, response heads and error responses, and {@link dev.wharf.protocols.FlowControl}.
 *
 * <p>Below {@code protocols.websocket}, which is below {@code protocols.http}: HTTP hands an upgrade
 * to WebSocket, never the other way.
 */
package dev.wharf.protocols;
