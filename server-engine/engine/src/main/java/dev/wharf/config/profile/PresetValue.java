package dev.wharf.config.profile;

import dev.wharf.config.Settings;
import dev.wharf.config.setting.Setting;

/**
 * One value a preset sets, with the short reason the seed's chapter gives for it: shown beside the
 * value by {@code wharf profile new} and the window's New profile.
 *
 * @param setting the setting
 * @param value   its value in the preset
 * @param why     why this environment wants it, in a line
 */
public record PresetValue<T>(Setting<T> setting, T value, String why) {

    Settings applyTo(Settings settings) {
        return settings.with(setting, value);
    }

    /** The value as the CLI and the docs write it. */
    public String shown() {
        return value == null ? "none" : setting.type().format(value);
    }
}
