package dev.wharf.gui.plugins;

import dev.wharf.gui.options.OptionField;
import dev.wharf.plugins.DiscoveredPlugin;
import java.util.ArrayList;
import java.util.List;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;

/**
 * One plugin in the Plugins panel: one that was found (with its version, description, where it
 * came from and a field per declared option), or one the settings enable but nobody found (or that
 * the plugins folder, not read yet, may hold). Whether
 * it is enabled and where it stands in the wrapping order are the panel's to change.
 */
public final class PluginEntry {

    private final String id;
    private final DiscoveredPlugin plugin;
    private final boolean awaitingScan;
    private final BooleanProperty enabled = new SimpleBooleanProperty(this, "enabled");
    private final ReadOnlyIntegerWrapper position = new ReadOnlyIntegerWrapper(this, "position");
    private final ReadOnlyStringWrapper problems = new ReadOnlyStringWrapper(this, "problems");
    private final List<OptionField> options = new ArrayList<>();
    private final List<String> unknown = new ArrayList<>();

    /**
     * @param plugin       the plugin found under {@code id}, or {@code null}
     * @param awaitingScan whether the plugins folder, which may hold it, has not been read yet
     */
    PluginEntry(String id, DiscoveredPlugin plugin, boolean awaitingScan) {
        this.id = id;
        this.plugin = plugin;
        this.awaitingScan = plugin == null && awaitingScan;
        if (plugin != null) {
            plugin.plugin().options().forEach(option -> options.add(OptionField.of(id, option)));
        }
    }

    public String id() {
        return id;
    }

    public boolean found() {
        return plugin != null;
    }

    /** Not found among Wharf's own plugins, and the plugins folder that may hold it not read yet. */
    public boolean awaitingScan() {
        return awaitingScan;
    }

    public String version() {
        return plugin == null ? "" : plugin.plugin().version();
    }

    public String description() {
        if (awaitingScan) {
            return "Not one of Wharf's own plugins: the plugins folder may hold it once it is read (Scan folder, or Start).";
        }
        return plugin == null
                ? "Not found on the class path or in the plugins folder."
                : plugin.plugin().description();
    }

    /** {@code bundled} for a plugin on Wharf's class path, else the jar it came from; {@code not found}, {@code not read yet}. */
    public String source() {
        if (plugin == null) {
            return awaitingScan ? "not read yet" : "not found";
        }
        return plugin.source().equals("classpath") ? "bundled" : plugin.source();
    }

    /** Whether the plugin wraps the app; the panel moves it in or out of the order. */
    public BooleanProperty enabledProperty() {
        return enabled;
    }

    /** 1 for the outermost enabled plugin, 2 for the next …; 0 when not enabled. */
    public ReadOnlyIntegerProperty positionProperty() {
        return position.getReadOnlyProperty();
    }

    /** What a start would say of this plugin beyond its fields' own messages, one per line, or {@code null}. */
    public ReadOnlyStringProperty problemsProperty() {
        return problems.getReadOnlyProperty();
    }

    public List<OptionField> options() {
        return options;
    }

    /** {@code NAME=VALUE} entries the settings give it that none of its options takes, kept as written. */
    public List<String> unknown() {
        return List.copyOf(unknown);
    }

    /** Takes a {@code NAME=VALUE} entry from the settings: into its option's field, else kept as unknown. */
    void take(String nameValue) {
        int equals = nameValue.indexOf('=');
        String name = equals < 0 ? nameValue : nameValue.substring(0, equals).strip();
        for (OptionField field : options) {
            if (field.name().equals(name) && !field.given() && equals > 0) {
                field.textProperty().set(nameValue.substring(equals + 1).strip());
                return;
            }
        }
        unknown.add(nameValue);
    }

    void dropUnknown() {
        unknown.clear();
    }

    /** This plugin's {@code ID.NAME=VALUE} entries for {@code plugin_options}: the values given, then the unknown ones. */
    List<String> entries() {
        List<String> entries = new ArrayList<>();
        options.stream()
                .filter(OptionField::given)
                .forEach(field -> entries.add(id + "." + field.name() + "="
                        + field.textProperty().get().strip()));
        unknown.forEach(entry -> entries.add(id + "." + entry));
        return entries;
    }

    void position(int at) {
        position.set(at);
    }

    void problems(String text) {
        problems.set(text);
    }
}
