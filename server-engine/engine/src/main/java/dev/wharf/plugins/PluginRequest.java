package dev.wharf.plugins;

import java.util.List;
import java.util.Objects;

/**
 * One plugin the user enabled, with the option values given for it as text. A list of requests
 * is ordered: the first one wraps all the others (it sees the request first and the response last).
 *
 * @param id      the plugin's id
 * @param options {@code NAME=VALUE} entries, as the plugin's options parse them
 */
public record PluginRequest(String id, List<String> options) {

    public PluginRequest {
        Objects.requireNonNull(id, "id");
        options = List.copyOf(options);
    }

    public static PluginRequest of(String id, String... options) {
        return new PluginRequest(id, List.of(options));
    }
}
