package dev.wharf.plugins;

/**
 * Something wrong with a plugin, reported instead of thrown so that every problem reaches the user
 * at once and lenient mode can go on without the plugin.
 *
 * @param pluginId the plugin it concerns, or {@code null} when its id is not known (a jar that
 *                 would not load)
 * @param message  what is wrong and what to do, naming the plugin or jar
 */
public record PluginProblem(String pluginId, String message) {

    @Override
    public String toString() {
        return message;
    }
}
