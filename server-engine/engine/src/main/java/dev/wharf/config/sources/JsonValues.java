package dev.wharf.config.sources;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Jackson's tree as the plain Java values option types read ({@code String}, {@code Number},
 * {@code Boolean}, {@code List}, {@code Map}, {@code null}): the edge where a profile file's or the
 * control channel's JSON meets the option system, which knows no Jackson.
 */
public final class JsonValues {

    private JsonValues() {}

    /** The value {@code node} holds; JSON null and a missing node are {@code null}. */
    public static Object toPlain(JsonNode node) {
        if (node == null || node.isNull() || node.isMissingNode()) {
            return null;
        }
        if (node.isTextual()) {
            return node.textValue();
        }
        if (node.isBoolean()) {
            return node.booleanValue();
        }
        if (node.isNumber()) {
            // numberValue keeps the kind the parser read: a fraction is never taken for a whole number
            return node.numberValue();
        }
        if (node.isArray()) {
            List<Object> items = new ArrayList<>(node.size());
            node.forEach(item -> items.add(toPlain(item)));
            return Collections.unmodifiableList(items);
        }
        if (node.isObject()) {
            Map<String, Object> fields = new LinkedHashMap<>();
            node.properties().forEach(field -> fields.put(field.getKey(), toPlain(field.getValue())));
            return Collections.unmodifiableMap(fields);
        }
        return node.asText();
    }
}
