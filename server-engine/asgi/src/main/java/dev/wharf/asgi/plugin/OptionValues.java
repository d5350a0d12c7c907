package dev.wharf.asgi.plugin;

import dev.wharf.asgi.option.OptionKind;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The validated values of one plugin's options: what the user gave, defaults for the rest.
 * Built only by {@link #parse}, so a plugin holding one knows every value is valid.
 */
public final class OptionValues {

    private final String pluginId;
    private final Map<String, PluginOption<?>> declared;
    private final Map<String, Object> values;

    private OptionValues(String pluginId, Map<String, PluginOption<?>> declared, Map<String, Object> values) {
        this.pluginId = pluginId;
        this.declared = declared;
        this.values = Collections.unmodifiableMap(values);
    }

    /**
     * Parses {@code NAME=VALUE} entries against the plugin's declared options.
     *
     * @param plugin     whose options these are
     * @param nameValues entries such as {@code level=6}; the value is everything after the first {@code =}
     * @throws PluginOptionException listing every entry that is malformed, unknown, given twice or
     *                               invalid, and every required option left out
     */
    public static OptionValues parse(Plugin plugin, List<String> nameValues) throws PluginOptionException {
        String id = plugin.id();
        Map<String, PluginOption<?>> declared = new LinkedHashMap<>();
        plugin.options().forEach(option -> declared.put(option.name(), option));
        Map<String, String> given = new LinkedHashMap<>();
        List<String> problems = new ArrayList<>();
        for (String entry : nameValues) {
            int equals = entry.indexOf('=');
            String name =
                    equals < 0 ? entry.strip() : entry.substring(0, equals).strip();
            if (equals <= 0 || name.isEmpty()) {
                problems.add(prefix(id) + "'" + entry + "' is not NAME=VALUE; write for example " + example(plugin));
            } else if (!declared.containsKey(name)) {
                problems.add(prefix(id) + "there is no option '" + name + "'; "
                        + (declared.isEmpty()
                                ? "it takes no options"
                                : "its options are " + String.join(", ", declared.keySet())));
            } else if (given.containsKey(name)) {
                problems.add(prefix(id, name) + "given twice ('" + given.get(name) + "' and '"
                        + entry.substring(equals + 1) + "'); give it once"
                        + (declared.get(name).type().kind() == OptionKind.LIST
                                ? ", with the items separated by commas"
                                : ""));
            } else {
                given.put(name, entry.substring(equals + 1));
            }
        }
        Map<String, Object> values = new LinkedHashMap<>();
        for (PluginOption<?> option : declared.values()) {
            String text = given.get(option.name());
            if (text == null && option.isRequired()) {
                problems.add(prefix(id, option.name()) + "a value is required (" + option.allowed() + "); set it with "
                        + option.name() + "=VALUE");
            } else if (text == null) {
                values.put(option.name(), option.defaultValue());
            } else {
                try {
                    values.put(option.name(), option.parse(text));
                } catch (IllegalArgumentException e) {
                    problems.add(prefix(id, option.name()) + e.getMessage());
                }
            }
        }
        if (!problems.isEmpty()) {
            throw new PluginOptionException(problems);
        }
        return new OptionValues(id, declared, values);
    }

    /**
     * The value of one of this plugin's options.
     *
     * @throws IllegalArgumentException if the plugin does not declare {@code option}: a bug in the
     *                                  plugin, not a user's mistake
     */
    public <T> T get(PluginOption<T> option) {
        PluginOption<?> own = declared.get(option.name());
        if (own == null || own.type().kind() != option.type().kind()) {
            throw new IllegalArgumentException("plugin '" + pluginId + "' does not declare option '" + option.name()
                    + "'; add it to the list its options() returns");
        }
        @SuppressWarnings("unchecked") // parse() stored the value its option's type produced
        T typed = (T) values.get(option.name());
        return typed;
    }

    /** Every value by option name, in declaration order, for logs and forms. */
    public Map<String, Object> asMap() {
        return values;
    }

    private static String prefix(String id) {
        return "plugin '" + id + "': ";
    }

    private static String prefix(String id, String option) {
        return "plugin '" + id + "', option '" + option + "': ";
    }

    private static String example(Plugin plugin) {
        return plugin.options().isEmpty()
                ? "NAME=VALUE"
                : plugin.options().get(0).name() + "=VALUE";
    }
}
