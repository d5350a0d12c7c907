package dev.wharf.config;

import java.util.Locale;

/** Uvicorn's {@code --ws} choices that apply to Wharf: serve WebSockets, or refuse every upgrade. */
public enum WebSocketMode {
    AUTO,
    NONE;

    /** The mode named {@code auto} or {@code none}, as on Uvicorn's command line. */
    public static WebSocketMode fromName(String name) {
        for (WebSocketMode mode : values()) {
            if (mode.name().equalsIgnoreCase(name.strip())) {
                return mode;
            }
        }
        throw new IllegalArgumentException("ws: '" + name + "' is not a WebSocket mode; use auto or none");
    }

    @Override
    public String toString() {
        return name().toLowerCase(Locale.ROOT);
    }
}
