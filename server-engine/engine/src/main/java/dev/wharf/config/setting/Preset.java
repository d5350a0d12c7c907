package dev.wharf.config.setting;

/**
 * The environment profiles the seed's chapter ends with: what a profile was started from, so the
 * lint can hold it to what that environment needs.
 */
public enum Preset {
    /** Made by hand, or before presets existed: no preset rule applies. */
    NONE,
    /** Local development: reload, one worker, fast iteration; performance numbers here mean little. */
    LOCAL,
    /** A simple container deployment: no reload, workers sized with the DB budget, proxy trust explicit. */
    CONTAINER,
    /** WebSocket- and streaming-heavy services: connection lifetime first, longer timeouts and drain. */
    STREAMING
}
