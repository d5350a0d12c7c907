package dev.wharf.asgi;

/** The messages of the ASGI WebSocket protocol, including the denial-response extension. */
public sealed interface WebSocketMessage extends Message
        permits WebSocketConnect,
                WebSocketAccept,
                WebSocketReceive,
                WebSocketSend,
                WebSocketDisconnect,
                WebSocketClose,
                WebSocketHttpResponseStart,
                WebSocketHttpResponseBody {}
