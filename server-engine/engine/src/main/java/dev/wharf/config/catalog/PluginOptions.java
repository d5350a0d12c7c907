package dev.wharf.config.catalog;

import dev.wharf.asgi.option.OptionTypes;
import dev.wharf.config.setting.Section;
import dev.wharf.config.setting.Setting;
import java.nio.file.Path;
import java.util.List;

/** Which middleware plugins wrap the app, in which order, and with which options. */
public final class PluginOptions {

    private PluginOptions() {}

    public static final Setting<List<String>> PLUGINS = Setting.define(
                    "plugins",
                    Section.PLUGINS,
                    OptionTypes.list(
                            OptionTypes.text(
                                    "ID",
                                    "a plugin id such as gzip",
                                    id -> id.isBlank()
                                                    || id.chars()
                                                            .anyMatch(c ->
                                                                    Character.isWhitespace(c) || c == '.' || c == '=')
                                            ? "is not a plugin id"
                                            : null),
                            ","))
            .flag("--plugin")
            .defaultValue(List.of())
            .help(
                    "A plugin to wrap the app with, by id (gzip, cors, static-files, request-inspector, live-reload, or one from --plugins-dir). "
                            + "Repeatable; the first given is the outermost.",
                    "To add compression, CORS, static files or request inspection without changing the app.",
                    "Getting the order wrong: gzip given after static-files does not compress the static files.")
            .build();

    public static final Setting<List<String>> PLUGIN_OPTIONS = Setting.define(
                    "plugin_options",
                    Section.PLUGINS,
                    OptionTypes.list(
                            OptionTypes.text(
                                    "ID.NAME=VALUE",
                                    "ID.NAME=VALUE, e.g. gzip.minimum_size=1024",
                                    option -> option.indexOf('.') > 0 && option.indexOf('=') > option.indexOf('.') + 1
                                            ? null
                                            : "is not ID.NAME=VALUE"),
                            "\n"))
            .flag("--plugin-option")
            .defaultValue(List.of())
            .help(
                    "An option of an enabled plugin, ID.NAME=VALUE. Repeatable (one per line in the environment and the form).",
                    "To change a plugin's defaults: the folder static-files serves, the origins cors allows.",
                    "Setting an option of a plugin that is not enabled with --plugin: Wharf refuses to start and says which.")
            .build();

    public static final Setting<Path> PLUGINS_DIR = Setting.define(
                    "plugins_dir", Section.PLUGINS, OptionTypes.optionalPath())
            .help(
                    "A folder of plugin jars, searched alongside the plugins that come with Wharf.",
                    "To use a plugin of your own or a third party's.",
                    "Dropping a jar in without its dependencies: the plugin then fails to load, and Wharf says which jar.")
            .build();

    public static final Setting<Boolean> PLUGINS_LENIENT = Setting.define(
                    "plugins_lenient", Section.PLUGINS, OptionTypes.bool())
            .defaultValue(false)
            .help(
                    "Start without a plugin that is missing, fails to load or rejects its options, with a warning, instead of refusing to start.",
                    "While trying plugins out.",
                    "Leaving it on in production, where a missing security plugin (cors) then goes unnoticed.")
            .build();

    public static List<Setting<?>> all() {
        return List.of(PLUGINS, PLUGIN_OPTIONS, PLUGINS_DIR, PLUGINS_LENIENT);
    }
}
