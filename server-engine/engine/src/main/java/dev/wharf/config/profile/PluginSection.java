package dev.wharf.config.profile;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A profile's {@code plugins} section, the readable form of the {@code plugins} and
 * {@code plugin_options} settings: {@code [{"id": "gzip", "options": {"level": 6}}, "cors"]}, in
 * wrapping order. Option values may be JSON numbers, booleans or arrays (joined with commas, as a
 * plugin's list options are typed); they reach the plugin as text, which the plugin checks.
 */
final class PluginSection {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private PluginSection() {}

    /**
     * Reads the section into the two settings' raw values.
     *
     * @throws IllegalArgumentException naming the entry that is neither an id nor {@code {"id": …}}
     */
    static Map<String, JsonNode> read(JsonNode section) {
        if (!section.isArray()) {
            throw new IllegalArgumentException(
                    "\"plugins\" must be a list, like [{\"id\": \"gzip\", \"options\": {\"level\": 6}}]");
        }
        ArrayNode ids = NODES.arrayNode();
        ArrayNode options = NODES.arrayNode();
        int index = 0;
        for (JsonNode entry : section) {
            if (entry.isTextual()) {
                ids.add(entry.textValue());
            } else if (entry.isObject() && entry.path("id").isTextual()) {
                String id = entry.get("id").textValue();
                ids.add(id);
                Iterator<Map.Entry<String, JsonNode>> fields =
                        entry.path("options").fields();
                while (fields.hasNext()) {
                    Map.Entry<String, JsonNode> option = fields.next();
                    options.add(id + "." + option.getKey() + "=" + text(option.getValue()));
                }
            } else {
                throw new IllegalArgumentException("\"plugins\" entry " + index + " (" + entry
                        + ") is neither a plugin id nor {\"id\": ..., \"options\": {...}}");
            }
            index++;
        }
        Map<String, JsonNode> values = new LinkedHashMap<>();
        values.put("plugins", ids);
        values.put("plugin_options", options);
        return values;
    }

    private static String text(JsonNode value) {
        if (value.isArray()) {
            List<String> items = new ArrayList<>();
            value.forEach(item -> items.add(item.asText()));
            return String.join(",", items);
        }
        return value.asText();
    }

    /** The section for the two settings' values, or {@code null} when no plugin is enabled. */
    static JsonNode write(List<String> ids, List<String> options) {
        if (ids.isEmpty()) {
            return null;
        }
        ArrayNode section = NODES.arrayNode();
        for (String id : ids) {
            ObjectNode entry = NODES.objectNode().put("id", id);
            ObjectNode values = NODES.objectNode();
            for (String option : options) {
                if (option.startsWith(id + ".")) {
                    int equals = option.indexOf('=');
                    values.put(option.substring(id.length() + 1, equals), option.substring(equals + 1));
                }
            }
            if (!values.isEmpty()) {
                entry.set("options", values);
            }
            section.add(values.isEmpty() ? NODES.textNode(id) : entry);
        }
        return section;
    }
}
