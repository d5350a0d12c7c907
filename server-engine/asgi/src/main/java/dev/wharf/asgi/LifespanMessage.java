package dev.wharf.asgi;

/** The messages of the ASGI lifespan protocol. */
public sealed interface LifespanMessage extends Message
        permits LifespanStartup,
                LifespanStartupComplete,
                LifespanStartupFailed,
                LifespanShutdown,
                LifespanShutdownComplete,
                LifespanShutdownFailed {}
