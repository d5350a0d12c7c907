package dev.wharf.gui.settings;

import com.fasterxml.jackson.databind.JsonNode;
import dev.wharf.asgi.option.InvalidValue;
import dev.wharf.config.Settings;
import dev.wharf.config.SettingsModel;
import dev.wharf.config.lint.LintWarning;
import dev.wharf.config.lint.SettingsLint;
import dev.wharf.config.profile.ProfileFile;
import dev.wharf.config.setting.InvalidSettingsException;
import dev.wharf.config.setting.Section;
import dev.wharf.config.setting.Setting;
import dev.wharf.config.sources.JsonValues;
import dev.wharf.config.sources.RunFlags;
import dev.wharf.config.sources.SettingsResolver;
import dev.wharf.config.sources.ValueSource;
import dev.wharf.gui.options.OptionField;
import dev.wharf.gui.profiles.Profile;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;

/**
 * The settings form: one {@link OptionField} per setting of the model, grouped by the model's
 * sections, checked as typed and linted as a whole. It says whether the form is valid, whether it
 * differs from the saved profile, which of its values the running server does not have yet, and
 * where each value came from ({@link FieldSource}: the engine's precedence of flag, {@code WHARF_*}
 * variable, profile and default, then edits in the window); applying and saving are the caller's,
 * which asks it for {@link #settings()} and {@link #settingsForProfile()}.
 */
public final class SettingsFormViewModel {

    private final Map<Setting<?>, OptionField> fields = new LinkedHashMap<>();
    private final int cores;
    private final ReadOnlyBooleanWrapper valid = new ReadOnlyBooleanWrapper(this, "valid", true);
    private final ReadOnlyBooleanWrapper modified = new ReadOnlyBooleanWrapper(this, "modified");
    private final ReadOnlyBooleanWrapper pending = new ReadOnlyBooleanWrapper(this, "pending");
    private final ReadOnlyIntegerWrapper errorCount = new ReadOnlyIntegerWrapper(this, "errorCount");
    private final ReadOnlyObjectWrapper<List<LintWarning>> warnings =
            new ReadOnlyObjectWrapper<>(this, "warnings", List.of());
    private final ReadOnlyBooleanWrapper unsavedEdits = new ReadOnlyBooleanWrapper(this, "unsavedEdits");
    /** The fields the user typed in since the profile was loaded or saved, as opposed to values the form was shown. */
    private final Set<Setting<?>> edited = new HashSet<>();

    private final Map<Setting<?>, FieldSource> sources = new LinkedHashMap<>();
    private final SettingsSearch search = new SettingsSearch(this);

    /** The environment the window was started in: its {@code WHARF_*} variables beat the profile's values. */
    private Map<String, String> environment = Map.of();
    /** The flags of {@code wharf window}, which beat the environment; and their values, as typed. */
    private Map<Setting<?>, List<String>> commandLine = Map.of();

    private Settings fromCommandLine = Settings.defaults();

    private Profile profile;
    private Consumer<String> clipboard = text -> {};

    private Settings saved = Settings.defaults();
    private Settings runningNow;
    private boolean loading;

    public SettingsFormViewModel(int cores) {
        this.cores = cores;
        for (Setting<?> setting : SettingsModel.all()) {
            OptionField field = OptionField.of(setting);
            field.textProperty().addListener((observable, before, now) -> {
                if (!loading) {
                    edited.add(setting);
                    sources.get(setting).edited();
                    refresh();
                }
            });
            fields.put(setting, field);
            sources.put(setting, new FieldSource());
        }
        refresh();
    }

    /**
     * Reads {@code WHARF_*} variables from {@code variables}, as {@code wharf run} does (the window
     * passes its own environment; tests their own); the profile shown is loaded again with them.
     */
    public void useEnvironment(Map<String, String> variables) {
        environment = Map.copyOf(variables);
        if (profile != null) {
            load(profile);
        }
    }

    /**
     * Takes the flags {@code wharf window} was given, which beat the environment and the profile in
     * every profile shown, as {@code wharf run}'s do; the profile shown is loaded again with them.
     *
     * @throws dev.wharf.config.setting.InvalidSettingsException for a value its setting refuses (the
     *     command has checked them all before the window opens)
     */
    public void useCommandLine(Map<Setting<?>, List<String>> flags) {
        fromCommandLine = SettingsResolver.fromCommandLine(flags);
        commandLine = Map.copyOf(flags);
        if (profile != null) {
            load(profile);
        }
    }

    /** Where {@code setting}'s value came from. */
    public FieldSource source(Setting<?> setting) {
        FieldSource source = sources.get(setting);
        if (source == null) {
            throw new IllegalArgumentException("the form has no field for " + setting);
        }
        return source;
    }

    /** Which fields the search box leaves shown. */
    public SettingsSearch search() {
        return search;
    }

    /** The sections that have settings, in the model's order. */
    public List<Section> sections() {
        return Arrays.stream(Section.values())
                .filter(section -> !in(section).isEmpty())
                .toList();
    }

    public List<OptionField> in(Section section) {
        return fields.entrySet().stream()
                .filter(entry -> entry.getKey().section() == section)
                .map(Map.Entry::getValue)
                .toList();
    }

    public OptionField field(Setting<?> setting) {
        OptionField field = fields.get(setting);
        if (field == null) {
            throw new IllegalArgumentException("the form has no field for " + setting);
        }
        return field;
    }

    /**
     * Shows a profile's values (defaults for what it does not set), each beaten by its {@code WHARF_*}
     * variable where the environment has one; refused values show their messages.
     */
    public void load(Profile profile) {
        this.profile = profile;
        loading = true;
        try {
            fields.forEach((setting, field) -> {
                ValueSource source = SettingsResolver.sourceOf(
                        setting,
                        commandLine.get(setting),
                        environment,
                        profile.document().toValues());
                if (source.kind() == ValueSource.Kind.COMMAND_LINE) {
                    field.show(fromCommandLine.get(setting));
                } else if (source.kind() == ValueSource.Kind.ENVIRONMENT) {
                    // As typed, so the field refuses exactly what `wharf run` refuses from the variable.
                    field.textProperty().set(environment.get(source.where()));
                } else {
                    field.showRaw(profile.values().get(setting.key()));
                }
                sources.get(setting).loaded(source);
            });
        } finally {
            loading = false;
        }
        edited.clear();
        saved = settings().orElse(null);
        refresh();
    }

    /** Shows {@code settings}, as when a running server's settings change under the form. */
    public void show(Settings settings) {
        loading = true;
        try {
            fields.forEach((setting, field) -> field.show(settings.get(setting)));
        } finally {
            loading = false;
        }
        refresh();
    }

    /** The form's values, when every field is valid. */
    public Optional<Settings> settings() {
        if (fields.values().stream().anyMatch(field -> !field.valid())) {
            return Optional.empty();
        }
        Settings settings = Settings.defaults();
        try {
            for (Map.Entry<Setting<?>, OptionField> entry : fields.entrySet()) {
                settings = with(settings, entry.getKey(), entry.getValue().value());
            }
        } catch (InvalidSettingsException e) {
            return Optional.empty();
        }
        return Optional.of(settings);
    }

    /**
     * What a profile keeps of the form: its values, except those a flag of {@code wharf window} or a
     * {@code WHARF_*} variable gives and the user did not edit, which keep the profile's own (the
     * command line and the environment are the shell's, not the profile's); empty while a field is
     * refused.
     */
    public Optional<Settings> settingsForProfile() {
        Optional<Settings> form = settings();
        if (form.isEmpty() || profile == null) {
            return form;
        }
        Settings kept = form.get();
        for (Setting<?> setting : SettingsModel.all()) {
            if (fromOutside(sources.get(setting).loadedFrom()) && !edited.contains(setting)) {
                kept = withProfilesOwn(kept, setting);
            }
        }
        return Optional.of(kept);
    }

    /** A value the shell gave the window, a flag or a variable, not the profile. */
    private static boolean fromOutside(ValueSource source) {
        return source.kind() == ValueSource.Kind.COMMAND_LINE || source.kind() == ValueSource.Kind.ENVIRONMENT;
    }

    /** The form as saved: what {@link #modifiedProperty()} compares against. */
    public void markSaved() {
        saved = settings().orElse(saved);
        String file = profile == null ? "" : profile.file().getFileName().toString();
        for (Setting<?> setting : edited) {
            boolean inTheFile = saved != null && saved.isSet(setting);
            sources.get(setting).loaded(inTheFile ? ValueSource.profile(file) : ValueSource.DEFAULT);
        }
        edited.clear();
        refresh();
    }

    /** Puts copies of the effective configuration on {@code clipboard}. */
    public void copyWith(Consumer<String> clipboard) {
        this.clipboard = clipboard;
    }

    /**
     * Copies the form as the {@code wharf run …} command that runs it: the app, then a flag for each
     * value that is not the default, quoted for a POSIX shell. False while a field is refused.
     */
    public boolean copyAsCommandLine() {
        return copy(settings().map(RunFlags::shellCommand));
    }

    /** Copies the form as a profile file ({@code wharf.json}) holds it. False while a field is refused. */
    public boolean copyAsProfile() {
        String name = profile == null ? null : profile.name();
        return copy(settings().map(settings -> ProfileFile.text(name, settings, null)));
    }

    private boolean copy(Optional<String> text) {
        text.ifPresent(clipboard);
        return text.isPresent();
    }

    /**
     * Refuses {@code setting}'s value for a reason its type cannot see (a plugin rejecting its
     * options), with {@code message}; {@code null} lifts it. A refused value counts as invalid
     * everywhere: start, apply and save wait for it.
     */
    public void refuse(Setting<?> setting, String message) {
        field(setting).refuse(message);
        refresh();
    }

    /**
     * The settings the running server has, or {@code null} when none runs: fields then say what is not
     * applied. The form follows the server: a field shows the running value unless it holds an edit of
     * the user's not applied yet, so Apply never sends back a value the server has since moved from
     * (a worker count scaled from the toolbar).
     */
    public void running(Settings running) {
        Settings before = runningNow;
        runningNow = running;
        loading = true;
        try {
            fields.forEach((setting, field) -> {
                if (running == null) {
                    field.notRunning();
                    return;
                }
                boolean ownEdit = edited.contains(setting)
                        && before != null
                        && !Objects.equals(field.value(), before.get(setting));
                if (before != null && !ownEdit && !Objects.equals(before.get(setting), running.get(setting))) {
                    field.show(running.get(setting));
                    sources.get(setting).running();
                }
                field.running(running.get(setting));
            });
        } finally {
            loading = false;
        }
        refresh();
    }

    /**
     * What Apply sends: the running settings with only the values the user changed in the form, so a
     * value the server has that the form never touched stays as it is; empty while a field is refused.
     */
    public Optional<Settings> changesOver(Settings running) {
        Optional<Settings> form = settings();
        if (form.isEmpty() || running == null) {
            return form;
        }
        Settings next = running;
        for (Setting<?> setting : running.differences(form.get())) {
            if (edited.contains(setting)) {
                next = with(next, setting, form.get().get(setting));
            }
        }
        return Optional.of(next);
    }

    /** Whether the user typed values that are not saved to the profile: leaving it then asks first. */
    public ReadOnlyBooleanProperty unsavedEditsProperty() {
        return unsavedEdits.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty validProperty() {
        return valid.getReadOnlyProperty();
    }

    public ReadOnlyIntegerProperty errorCountProperty() {
        return errorCount.getReadOnlyProperty();
    }

    /** Whether the form differs from the saved profile. */
    public ReadOnlyBooleanProperty modifiedProperty() {
        return modified.getReadOnlyProperty();
    }

    /** Whether some valid value is not yet in the running server. */
    public ReadOnlyBooleanProperty pendingProperty() {
        return pending.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<List<LintWarning>> warningsProperty() {
        return warnings.getReadOnlyProperty();
    }

    private void refresh() {
        int errors =
                (int) fields.values().stream().filter(field -> !field.valid()).count();
        errorCount.set(errors);
        valid.set(errors == 0);
        Optional<Settings> current = settings();
        List<LintWarning> found = current.map(s -> SettingsLint.check(s, cores)).orElse(List.of());
        warnings.set(found);
        // The development JIT's note shows beside the environment but counts as no warning: it is
        // the default's nature, not a mistake. The window's workers are always worker processes.
        List<LintWarning> shown = new ArrayList<>(found);
        current.flatMap(SettingsLint::developmentJit).ifPresent(shown::add);
        fields.forEach((setting, field) -> field.lint(lintFor(setting, shown)));
        modified.set(current.map(s -> !s.equals(saved)).orElse(true));
        unsavedEdits.set(modified.get() && !edited.isEmpty());
        pending.set(fields.values().stream()
                .anyMatch(field -> field.pendingProperty().get()));
    }

    /** {@code settings} with the profile's own value of {@code setting}: the default where it has none or a refused one. */
    private <T> Settings withProfilesOwn(Settings settings, Setting<T> setting) {
        T own = setting.defaultValue();
        JsonNode raw = profile.values().get(setting.key());
        if (raw != null) {
            try {
                own = setting.type().fromJson(JsonValues.toPlain(raw));
            } catch (InvalidValue e) {
                // A refused value cannot be kept in a valid profile: the default stands for it.
            }
        }
        return settings.with(setting, own);
    }

    /** {@code settings} with a field's value, which must be valid. */
    @SuppressWarnings("unchecked") // the field holds a value its setting's type parsed
    private static <T> Settings with(Settings settings, Setting<T> setting, Object value) {
        return settings.with(setting, (T) value);
    }

    private static String lintFor(Setting<?> setting, List<LintWarning> found) {
        List<String> messages = new ArrayList<>();
        for (LintWarning warning : found) {
            if (warning.concerns().contains(setting)) {
                messages.add(warning.message());
            }
        }
        return messages.isEmpty() ? null : messages.stream().collect(Collectors.joining("\n"));
    }
}
