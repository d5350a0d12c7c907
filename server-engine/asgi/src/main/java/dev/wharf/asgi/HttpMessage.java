package dev.wharf.asgi;

/** The messages of the ASGI HTTP protocol. */
public sealed interface HttpMessage extends Message
        permits HttpRequest, HttpDisconnect, HttpResponseStart, HttpResponseBody {}
