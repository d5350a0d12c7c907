package dev.wharf.config.sources;

import dev.wharf.config.Settings;
import dev.wharf.config.SettingsModel;
import dev.wharf.config.setting.Setting;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * Settings as the arguments of {@code wharf run}: the app first, then a flag for each setting that
 * differs from its default, in the model's order, so an exported unit or container (or a command
 * line copied from the window) runs exactly what the profile says without the profile file beside
 * it. It is the command-line source read backwards: the flags it writes resolve to the same settings.
 */
public final class RunFlags {

    private RunFlags() {}

    /**
     * @param leaveOut settings the export sets itself (where the socket comes from) or that mean
     *                 nothing where it runs
     */
    public static List<String> of(Settings settings, Set<Setting<?>> leaveOut) {
        List<String> args = new ArrayList<>();
        for (Setting<?> setting : SettingsModel.all()) {
            if (setting.positional() && settings.get(setting) != null) {
                args.add(format(settings, setting));
            }
        }
        for (Setting<?> setting : SettingsModel.all()) {
            if (setting.positional() || leaveOut.contains(setting)) {
                continue;
            }
            Object value = settings.get(setting);
            if (Objects.equals(value, setting.defaultValue())) {
                continue;
            }
            if (value instanceof Boolean on) {
                args.add(on ? setting.flag() : setting.negatedFlag());
            } else if (value instanceof List<?> items) {
                for (Object item : items) {
                    args.add(setting.flag());
                    args.add(String.valueOf(item));
                }
            } else {
                // "none" where the default is a value: the type reads an empty text as none.
                args.add(setting.flag());
                args.add(value == null ? "" : format(settings, setting));
            }
        }
        return args;
    }

    /** The whole {@code wharf run …} command, each word quoted for a POSIX shell where it needs it. */
    public static String shellCommand(Settings settings) {
        List<String> words = new ArrayList<>(List.of("wharf", "run"));
        words.addAll(of(settings, Set.of()));
        return ShellWords.join(words);
    }

    private static <T> String format(Settings settings, Setting<T> setting) {
        return setting.type().format(settings.get(setting));
    }
}
