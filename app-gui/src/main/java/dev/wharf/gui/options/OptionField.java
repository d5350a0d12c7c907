package dev.wharf.gui.options;

import com.fasterxml.jackson.databind.JsonNode;
import dev.wharf.asgi.option.InvalidValue;
import dev.wharf.asgi.option.ListType;
import dev.wharf.asgi.option.Option;
import dev.wharf.asgi.option.OptionHelp;
import dev.wharf.asgi.option.OptionKind;
import dev.wharf.asgi.option.OptionType;
import dev.wharf.asgi.plugin.PluginOption;
import dev.wharf.config.setting.Apply;
import dev.wharf.config.setting.Setting;
import dev.wharf.config.sources.JsonValues;
import dev.wharf.gui.fx.HelpTopic;
import java.util.List;
import java.util.Objects;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * One option as a form edits it, a Wharf setting or a plugin's option: the text the user types,
 * checked as it is typed by the option's own type, so the form refuses exactly what the CLI, the
 * profile file and the worker refuse, with the same words. It knows nothing of the other fields;
 * the settings form and the Plugins panel put them together.
 *
 * <p>The two differ in what an empty field means. A setting's field always shows its value, and
 * empty text is the type's own "none". A plugin option's field is blank until the user gives a
 * value: blank leaves the plugin's default, and is refused only for an option that must be given.
 */
public final class OptionField {

    private final Option<?> option;
    private final String title;
    private final String facts;
    private final String prompt;
    private final Apply apply;
    private final boolean blankIsDefault;
    private final StringProperty text = new SimpleStringProperty(this, "text", "");
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper(this, "error");
    private final ReadOnlyStringWrapper lint = new ReadOnlyStringWrapper(this, "lint");
    private final ReadOnlyBooleanWrapper pending = new ReadOnlyBooleanWrapper(this, "pending");
    private final ReadOnlyObjectWrapper<Object> value = new ReadOnlyObjectWrapper<>(this, "value");
    private String parseError;
    private String refusal;
    private boolean running;
    private Object runningValue;

    private OptionField(
            Option<?> option,
            String title,
            String facts,
            String prompt,
            Apply apply,
            boolean blankIsDefault,
            String initialText) {
        this.option = option;
        this.title = title;
        this.facts = facts;
        this.prompt = prompt;
        this.apply = apply;
        this.blankIsDefault = blankIsDefault;
        text.addListener((observable, before, now) -> validate());
        text.set(initialText);
        validate();
    }

    /** A setting's field, showing its default. */
    public static OptionField of(Setting<?> setting) {
        String facts =
                "default " + setting.defaultText() + " · " + setting.apply().label() + " · "
                        + String.join(", ", setting.environment()) + " · \"" + setting.key() + "\" in a profile";
        return new OptionField(
                setting,
                setting.flag(),
                facts,
                setting.defaultText(),
                setting.apply(),
                false,
                display(setting.type(), setting.defaultValue()));
    }

    /** An option of the plugin {@code pluginId}, blank: the plugin's default. */
    public static OptionField of(String pluginId, PluginOption<?> option) {
        String prompt = option.isRequired() ? "required" : "default " + display(option.type(), option.defaultValue());
        String facts = "plugin option · " + option.type().kind().typeName() + " · " + prompt + " · "
                + Apply.RESTART.label() + " · --plugin-option " + pluginId + "." + option.name() + "=VALUE";
        return new OptionField(option, pluginId + "." + option.name(), facts, prompt, Apply.RESTART, true, "");
    }

    /** The setting or plugin option this field edits. */
    public Option<?> option() {
        return option;
    }

    /** The option's name: a setting's profile key, a plugin option's name. */
    public String name() {
        return option.name();
    }

    /** How a user names the option: {@code --port}, {@code gzip.level}. */
    public String title() {
        return title;
    }

    public OptionKind kind() {
        return option.type().kind();
    }

    /** The choices of a choice option, as typed; empty for other kinds. */
    public List<String> choices() {
        return option.type().choices();
    }

    /** Whether the value is typed one item per line. */
    public boolean multiline() {
        return option.type() instanceof ListType list && list.separator().equals("\n");
    }

    public OptionHelp help() {
        return option.help();
    }

    /** The text in the field; setting it validates it. */
    public StringProperty textProperty() {
        return text;
    }

    /** The option's message for the text, or a refusal of the form's own; {@code null} while it is valid. */
    public ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }

    /** The lint warnings that concern this option, one per line, or {@code null}. */
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

    /** The option's help as the help pane shows it. */
    public HelpTopic helpTopic() {
        OptionHelp help = option.help();
        return new HelpTopic(title, facts, help.what(), help.when(), help.mistake());
    }

    /** "applies live" or "needs a restart", as the settings model says it. */
    public String applyLabel() {
        return apply.label();
    }

    public boolean live() {
        return apply.live();
    }

    /** What an empty field means: the setting's default in words, {@code default 6}, or {@code required}. */
    public String prompt() {
        return prompt;
    }

    /** What a valid value is, in the type's words: "a whole number from 1 to 9". */
    public String allowed() {
        return option.type().allowed();
    }

    /** Whether the user gave a value: for a plugin option, rather than leaving the default. */
    public boolean given() {
        return text.get() != null && !text.get().isBlank();
    }

    /** The text of the value the option gets: the typed text, else a plugin option's default ("" if it has none). */
    public String effectiveText() {
        return effectiveText(text.get());
    }

    /** The text a choice or a switch writes for {@code picked}: a plugin option's default leaves the field blank. */
    public String textFor(String picked) {
        if (picked == null) {
            return "";
        }
        return blankIsDefault && !isRequired() && picked.equals(display(option.type(), option.defaultValue()))
                ? ""
                : picked;
    }

    String effectiveText(String typed) {
        if (!blankIsDefault || (typed != null && !typed.isBlank())) {
            return typed == null ? "" : typed.strip();
        }
        return isRequired() ? "" : display(option.type(), option.defaultValue());
    }

    /** The valid value the field holds; {@code null} while it is refused, or for "none". */
    public Object value() {
        return value.get();
    }

    /**
     * The value, observable: it changes before {@link #errorProperty()} does, so an observer that
     * needs a valid value watches both and reads {@link #valid()}.
     */
    public ReadOnlyObjectProperty<Object> valueProperty() {
        return value.getReadOnlyProperty();
    }

    /** Shows {@code shown}, a value of the option's type. */
    public void show(Object shown) {
        text.set(display(option.type(), shown));
    }

    /** Shows a profile's raw value, {@code null} for none given; one the type refuses is shown as written, with its message. */
    public void showRaw(JsonNode raw) {
        if (raw == null) {
            show(option.defaultValue());
            return;
        }
        try {
            show(option.type().fromJson(JsonValues.toPlain(raw)));
        } catch (InvalidValue e) {
            text.set(raw.isTextual() ? raw.textValue() : raw.toString());
        }
    }

    /** The value the running server has, which the field compares with its own. */
    public void running(Object value) {
        running = true;
        runningValue = value;
        updatePending();
    }

    /** No server runs: nothing is pending. */
    public void notRunning() {
        running = false;
        runningValue = null;
        updatePending();
    }

    public void lint(String warnings) {
        lint.set(warnings);
    }

    /**
     * Refuses a value its type accepts, for a reason of the form's own (a plugin that rejects its
     * options); {@code null} accepts it again. The type's own message, when there is one, comes first.
     */
    public void refuse(String message) {
        refusal = message;
        publishError();
        updatePending();
    }

    private boolean isRequired() {
        return option.defaultValue() == null;
    }

    private void validate() {
        String typed = text.get();
        if (blankIsDefault && (typed == null || typed.isBlank())) {
            value.set(option.defaultValue());
            parseError = isRequired() ? "a value is required (" + allowed() + ")" : null;
        } else {
            try {
                value.set(option.type().parse(blankIsDefault ? typed.strip() : typed));
                parseError = null;
            } catch (InvalidValue e) {
                parseError = e.getMessage();
            }
        }
        publishError();
        updatePending();
    }

    private void publishError() {
        error.set(parseError != null ? parseError : refusal);
    }

    private void updatePending() {
        pending.set(running && valid() && !Objects.equals(value.get(), runningValue));
    }

    @SuppressWarnings("unchecked")
    private static <T> String display(OptionType<T> type, Object value) {
        // "none" shows as an empty field whose prompt says what none means.
        return value == null ? "" : type.format((T) value);
    }
}
