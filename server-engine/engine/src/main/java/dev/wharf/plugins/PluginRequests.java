package dev.wharf.plugins;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Turns the command line's plugin flags into {@link PluginRequest}s: {@code --plugin ID}, in order,
 * and {@code --plugin-option ID.NAME=VALUE} for each option of an enabled plugin.
 */
public final class PluginRequests {

    private PluginRequests() {}

    /**
     * @param ids          the {@code --plugin} values, outermost first
     * @param idNameValues the {@code --plugin-option} values, {@code ID.NAME=VALUE} each
     * @throws IllegalArgumentException naming the flag value that is malformed, enables a plugin
     *                                  twice, or sets an option of a plugin that is not enabled
     */
    public static List<PluginRequest> fromCommandLine(List<String> ids, List<String> idNameValues) {
        Map<String, List<String>> options = new LinkedHashMap<>();
        for (String id : ids) {
            if (id.isBlank()) {
                throw new IllegalArgumentException("--plugin: the plugin id is empty; write for example --plugin gzip");
            }
            if (options.put(id, new ArrayList<>()) != null) {
                throw new IllegalArgumentException("--plugin " + id
                        + " is given twice; enable each plugin once, in the order they should wrap the app");
            }
        }
        for (String entry : idNameValues) {
            int dot = entry.indexOf('.');
            int equals = entry.indexOf('=');
            if (dot <= 0 || equals < dot + 2) {
                throw new IllegalArgumentException("--plugin-option '" + entry
                        + "' is not ID.NAME=VALUE; write for example gzip.minimum_size=1024");
            }
            String id = entry.substring(0, dot);
            List<String> forPlugin = options.get(id);
            if (forPlugin == null) {
                throw new IllegalArgumentException("--plugin-option '" + entry + "' sets an option of plugin '" + id
                        + "', which is not enabled; add --plugin " + id);
            }
            forPlugin.add(entry.substring(dot + 1));
        }
        return options.entrySet().stream()
                .map(e -> new PluginRequest(e.getKey(), e.getValue()))
                .toList();
    }
}
