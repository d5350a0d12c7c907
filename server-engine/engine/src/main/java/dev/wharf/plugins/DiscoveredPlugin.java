package dev.wharf.plugins;

import dev.wharf.asgi.plugin.Plugin;

/**
 * A plugin found at start: the instance and where it came from.
 *
 * @param plugin the plugin
 * @param source {@code classpath}, or the name of its jar in the plugins folder
 */
public record DiscoveredPlugin(Plugin plugin, String source) {

    public String id() {
        return plugin.id();
    }

    /** {@code gzip 0.1.0 (classpath)}, as logs and problems name it. */
    @Override
    public String toString() {
        return plugin.id() + " " + plugin.version() + " (" + source + ")";
    }
}
