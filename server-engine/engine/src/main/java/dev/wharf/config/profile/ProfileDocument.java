package dev.wharf.config.profile;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.wharf.config.Settings;
import dev.wharf.config.sources.ProfileValues;
import dev.wharf.config.sources.SettingsResolver;
import java.util.List;
import java.util.Map;

/**
 * A profile file as read: its name, the raw value of each known setting, and everything else it
 * holds, kept as it was so that writing the profile back loses nothing Wharf does not understand.
 *
 * @param source    how messages name the file
 * @param name      the profile's display name, or {@code null}
 * @param values    the known settings' raw values, by key
 * @param unknown   keys that are neither settings nor sections, with their values, kept for writing back
 * @param warnings  what a user should know: unknown keys, with the closest known one
 */
public record ProfileDocument(
        String source, String name, Map<String, JsonNode> values, ObjectNode unknown, List<String> warnings) {

    public ProfileValues toValues() {
        return new ProfileValues(source, values);
    }

    /**
     * The profile's settings on their own: its values over the defaults, no environment, no flags.
     *
     * @throws dev.wharf.config.setting.InvalidSettingsException naming each refused value and its key
     */
    public Settings settings() {
        return SettingsResolver.resolve(Map.of(), Map.of(), toValues());
    }
}
