package dev.wharf.plugins;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
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

    /**
     * A request from a profile file's {@code plugins} section, where JSON gives option values typed:
     * numbers and booleans become their text, a list its items joined by commas, as the option
     * types parse them. Order is kept as the map gives it.
     *
     * @throws IllegalArgumentException naming the plugin and option whose value is {@code null}
     *                                  or an object, which no option type reads
     */
    public static PluginRequest fromValues(String id, Map<String, ?> options) {
        List<String> entries = new ArrayList<>();
        options.forEach((name, value) -> entries.add(name + "=" + text(id, name, value)));
        return new PluginRequest(id, entries);
    }

    private static String text(String id, String name, Object value) {
        if (value instanceof List<?> items) {
            List<String> texts = new ArrayList<>();
            items.forEach(item -> texts.add(text(id, name, item)));
            return String.join(",", texts);
        }
        if (value instanceof String || value instanceof Number || value instanceof Boolean) {
            return value.toString();
        }
        throw new IllegalArgumentException(
                "plugin '" + id + "', option '" + name + "': " + (value == null ? "null" : "an object")
                        + " is not a value; give text, a number, true/false or a list");
    }
}
