package dev.wharf.config.sources;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Map;

/**
 * The setting values a profile file holds, by key, before they are checked, and where they came
 * from for messages.
 *
 * @param source  how messages name the file ("wharf.json")
 * @param values  the raw JSON value of each known key
 */
public record ProfileValues(String source, Map<String, JsonNode> values) {

    public static final ProfileValues NONE = new ProfileValues("no profile", Map.of());

    public ProfileValues {
        values = Map.copyOf(values);
    }
}
