package dev.wharf.importer;

import java.util.Locale;

/**
 * Uvicorn's {@code --interface}: which contract the app is written for. {@link #AUTO} serves a
 * {@code jakarta.servlet.Servlet} through the servlet adapter and anything else as ASGI.
 */
public enum AppInterface {
    AUTO,
    ASGI,
    SERVLET;

    @Override
    public String toString() {
        return name().toLowerCase(Locale.ROOT);
    }
}
