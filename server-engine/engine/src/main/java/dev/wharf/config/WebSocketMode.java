package dev.wharf.config;

/** Uvicorn's {@code --ws} choices that apply to Wharf: serve WebSockets, or refuse every upgrade. */
public enum WebSocketMode {
    AUTO,
    NONE
}
