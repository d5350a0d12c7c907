package dev.wharf.control;

import com.fasterxml.jackson.databind.JsonNode;
import dev.wharf.config.Settings;
import dev.wharf.config.sources.ProfileValues;
import dev.wharf.config.sources.SettingsResolver;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Settings on the control channel: every value, keyed as in a profile file, and read back through
 * the model so a worker checks what it is given exactly as the CLI does.
 */
public final class SettingsJson {

    private SettingsJson() {}

    public static JsonNode encode(Settings settings) {
        return JsonTrees.valueOf(settings.toMap(false));
    }

    /**
     * @throws dev.wharf.config.setting.InvalidSettingsException naming what the model refused
     */
    public static Settings decode(JsonNode json) {
        Map<String, JsonNode> values = new LinkedHashMap<>();
        json.fields().forEachRemaining(field -> values.put(field.getKey(), field.getValue()));
        return SettingsResolver.resolve(Map.of(), Map.of(), new ProfileValues("the supervisor", values));
    }
}
