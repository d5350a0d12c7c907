package dev.wharf.gui.settings;

import com.fasterxml.jackson.databind.JsonNode;
import dev.wharf.asgi.option.InvalidValue;
import dev.wharf.asgi.option.OptionHelp;
import dev.wharf.asgi.option.OptionKind;
import dev.wharf.config.Setting;
import dev.wharf.config.Settings;
import dev.wharf.config.sources.JsonValues;
import dev.wharf.gui.fx.HelpTopic;
import java.util.Objects;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * One setting as the form edits it: the text the user types, checked as it is typed by the
 * setting's own type, so the form refuses exactly what the CLI and the profile file refuse, with the
 * same words. It knows nothing of the other fields; the form puts them together.
 */
public final class SettingField {

    private final Setting<?> setting;
    private final StringProperty text = new SimpleStringProperty(this, "text", "");
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper(this, "error");
    private final ReadOnlyStringWrapper lint = new ReadOnlyStringWrapper(this, "lint");
    private final ReadOnlyBooleanWrapper pending = new ReadOnlyBooleanWrapper(this, "pending");
    private Object value;
    private String parseError;
    private String refusal;
    private Settings running;

    SettingField(Setting<?> setting) {
        this.setting = setting;
        text.addListener((observable, before, now) -> validate());
        text.set(display(setting, setting.defaultValue()));
        validate();
    }

    public Setting<?> setting() {
        return setting;
    }

    public OptionHelp help() {
        return setting.help();
    }

    public OptionKind kind() {
        return setting.type().kind();
    }

    /** The text in the field; setting it validates it. */
    public StringProperty textProperty() {
        return text;
    }

    /** The model's message for the text, or {@code null} while it is valid. */
    public ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }

    /** The lint warnings that concern this setting, one per line, or {@code null}. */
    public ReadOnlyStringProperty lintProperty() {
        return lint.getReadOnlyProperty();
    }

    /** Whether the field holds a value the running server does not have yet. */
    public ReadOnlyBooleanProperty pendingProperty() {
        return pending.getReadOnlyProperty();
    }

    public boolean valid() {
        return error.get() == null;
    }

    /** The setting's help as the help pane shows it. */
    public HelpTopic helpTopic() {
        return new HelpTopic(
                setting.flag(),
                "default " + setting.defaultText() + " · " + applyLabel() + " · "
                        + String.join(", ", setting.environment()) + " · \"" + setting.key() + "\" in a profile",
                setting.help().what(),
                setting.help().when(),
                setting.help().mistake());
    }

    /** "applies live" or "needs a restart", as the model says it. */
    public String applyLabel() {
        return setting.apply().label();
    }

    public boolean live() {
        return setting.apply().live();
    }

    /** What a field shows for "none": an empty field with this as its prompt. */
    public String prompt() {
        return setting.defaultText();
    }

    void show(Object shown) {
        text.set(display(setting, shown));
    }

    /** Shows a profile's raw value; one the model refuses is shown as written, with the model's message. */
    void showRaw(JsonNode raw) {
        if (raw == null) {
            show(setting.defaultValue());
            return;
        }
        try {
            show(setting.type().fromJson(JsonValues.toPlain(raw)));
        } catch (InvalidValue e) {
            text.set(raw.isTextual() ? raw.textValue() : raw.toString());
        }
    }

    /** {@code settings} with this field's value, which must be valid. */
    @SuppressWarnings("unchecked")
    <T> Settings applyTo(Settings settings) {
        return settings.with((Setting<T>) setting, (T) value);
    }

    void running(Settings settings) {
        this.running = settings;
        updatePending();
    }

    void lint(String warnings) {
        lint.set(warnings);
    }

    /**
     * Refuses a value its type accepts, for a reason of the form's own (a plugin that rejects its
     * options); {@code null} accepts it again. The type's own message, when there is one, comes first.
     */
    void refuse(String message) {
        refusal = message;
        publishError();
        updatePending();
    }

    private void validate() {
        try {
            value = setting.type().parse(text.get());
            parseError = null;
        } catch (InvalidValue e) {
            parseError = e.getMessage();
        }
        publishError();
        updatePending();
    }

    private void publishError() {
        error.set(parseError != null ? parseError : refusal);
    }

    private void updatePending() {
        pending.set(running != null && valid() && !Objects.equals(value, running.get(setting)));
    }

    @SuppressWarnings("unchecked")
    private static <T> String display(Setting<T> setting, Object value) {
        // "none" shows as an empty field whose prompt says what none means.
        return value == null ? "" : setting.type().format((T) value);
    }
}
