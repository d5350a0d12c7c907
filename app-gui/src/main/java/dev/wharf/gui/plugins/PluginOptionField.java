package dev.wharf.gui.plugins;

import dev.wharf.asgi.option.OptionKind;
import dev.wharf.asgi.plugin.PluginOption;
import dev.wharf.gui.fx.HelpTopic;
import java.util.List;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * One option of an enabled plugin as the Plugins panel edits it: the text the user typed (blank
 * means the plugin's default), checked as it is typed by the option itself, so the panel refuses
 * exactly what the worker would refuse, in the plugin's words. It knows nothing of the settings;
 * the panel's view model writes the values it holds into {@code plugin_options}.
 */
public final class PluginOptionField {

    private final String pluginId;
    private final PluginOption<?> option;
    private final StringProperty text = new SimpleStringProperty(this, "text", "");
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper(this, "error");

    PluginOptionField(String pluginId, PluginOption<?> option) {
        this.pluginId = pluginId;
        this.option = option;
        text.addListener((observable, before, now) -> validate());
        validate();
    }

    public String name() {
        return option.name();
    }

    /** The text typed, blank for the default; setting it validates it. */
    public StringProperty textProperty() {
        return text;
    }

    /** The plugin's message for the text, or {@code null} while it is valid. */
    public ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }

    public boolean valid() {
        return error.get() == null;
    }

    /** Whether the user gave a value, rather than leaving the default. */
    public boolean given() {
        return text.get() != null && !text.get().isBlank();
    }

    /** The {@code NAME=VALUE} entry for {@code plugin_options}, without the plugin's id. */
    String entry() {
        return option.name() + "=" + text.get().strip();
    }

    /** What an empty field means: {@code default 6}, or that a value is required. */
    public String prompt() {
        return option.isRequired() ? "required" : "default " + formatDefault(option);
    }

    /** What a valid value is, as the plugin says it: "a whole number from 1 to 9". */
    public String allowed() {
        return option.allowed();
    }

    public boolean isBoolean() {
        return option.type().kind() == OptionKind.BOOLEAN;
    }

    /** The choices of a choice option, else empty. */
    public List<String> choices() {
        return option.type().choices();
    }

    /** The value the plugin gets: the typed text, else its default's; empty for a required option left blank. */
    public String effectiveText() {
        if (given()) {
            return text.get().strip();
        }
        return option.isRequired() ? "" : formatDefault(option);
    }

    /** Whether {@code value} is what the plugin gets anyway, so it need not be written. */
    public boolean isDefault(String value) {
        return !option.isRequired() && formatDefault(option).equals(value);
    }

    public String what() {
        return option.help().what();
    }

    public HelpTopic helpTopic() {
        return new HelpTopic(
                pluginId + "." + option.name(),
                "plugin option · " + option.type().kind().typeName() + " · " + prompt()
                        + " · needs a restart · --plugin-option " + pluginId + "." + option.name() + "=VALUE",
                option.help().what(),
                option.help().when(),
                option.help().mistake());
    }

    private void validate() {
        String typed = text.get();
        if (typed == null || typed.isBlank()) {
            error.set(option.isRequired() ? "a value is required (" + option.allowed() + ")" : null);
            return;
        }
        try {
            option.parse(typed.strip());
            error.set(null);
        } catch (IllegalArgumentException e) {
            error.set(e.getMessage());
        }
    }

    private static <T> String formatDefault(PluginOption<T> option) {
        return option.format(option.defaultValue());
    }
}
