package dev.wharf.config.setting;

/**
 * A value refused by the settings model, with what a user needs to fix it: which setting, the value
 * given, what is wrong and allowed, and where it came from.
 *
 * @param setting  the setting, or {@code null} for an unknown name (then {@code value} is the name)
 * @param value    the value as given
 * @param reason   what is wrong and what is allowed
 * @param source   where it came from ("environment variable WHARF_PORT", "wharf.json"), or {@code null}
 */
public record SettingProblem(Setting<?> setting, String value, String reason, String source) {

    /** One line: {@code --port (from environment variable WHARF_PORT): 'x' is not a whole number; use …}. */
    public String message() {
        String from = source == null ? "" : " (from " + source + ")";
        if (setting == null) {
            return "Unknown setting '" + value + "'" + from + ": " + reason;
        }
        return "Invalid value for " + setting.flag() + from + ": " + reason;
    }
}
