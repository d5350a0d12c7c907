package dev.wharf.gui.settings;

import dev.wharf.config.setting.Section;
import dev.wharf.config.setting.Setting;
import dev.wharf.gui.options.OptionField;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * The settings form's search box: which fields match what is typed. A field matches when every word
 * typed is in its flag, its profile key, its environment variables or what it does, in any case;
 * an empty box matches everything. Sections without a match hide, and clearing the box shows them
 * all again.
 */
public final class SettingsSearch {

    private final StringProperty query = new SimpleStringProperty(this, "query", "");
    private final SettingsFormViewModel form;
    private final Map<Setting<?>, BooleanBinding> shown = new LinkedHashMap<>();
    private final Map<Section, BooleanBinding> sectionShown = new LinkedHashMap<>();

    SettingsSearch(SettingsFormViewModel form) {
        this.form = form;
    }

    /** What is typed in the search box. */
    public StringProperty queryProperty() {
        return query;
    }

    /** Whether anything is typed: the form then opens every section that has a match. */
    public boolean active() {
        return !words().isEmpty();
    }

    /** Whether {@code setting}'s row is shown. */
    public BooleanBinding shownProperty(Setting<?> setting) {
        return shown.computeIfAbsent(setting, s -> Bindings.createBooleanBinding(() -> matches(s), query));
    }

    /**
     * Whether any of {@code settings} is shown: a panel that edits them in its own way (the plugins)
     * shows with them; a panel that stands for none shows only while nothing is typed.
     */
    public BooleanBinding anyShownProperty(Collection<Setting<?>> settings) {
        return Bindings.createBooleanBinding(
                () -> words().isEmpty() || settings.stream().anyMatch(this::matches), query);
    }

    /** Whether {@code section} has a shown field. */
    public BooleanBinding sectionShownProperty(Section section) {
        return sectionShown.computeIfAbsent(
                section,
                s -> Bindings.createBooleanBinding(
                        () -> form.in(s).stream()
                                .map(field -> (Setting<?>) field.option())
                                .anyMatch(this::matches),
                        query));
    }

    /** The names of the settings shown, in the form's order, as {@code --flag}s. */
    public List<String> shownFlags() {
        return form.sections().stream()
                .flatMap(section -> form.in(section).stream())
                .filter(field -> matches((Setting<?>) field.option()))
                .map(OptionField::title)
                .toList();
    }

    private boolean matches(Setting<?> setting) {
        List<String> words = words();
        if (words.isEmpty()) {
            return true;
        }
        String text = String.join(
                        " ",
                        setting.flag(),
                        setting.key(),
                        setting.key().replace('_', ' '),
                        String.join(" ", setting.environment()),
                        setting.help().what())
                .toLowerCase(Locale.ROOT);
        return words.stream().allMatch(text::contains);
    }

    private List<String> words() {
        String typed = query.get();
        if (typed == null || typed.isBlank()) {
            return List.of();
        }
        return Arrays.stream(typed.strip().toLowerCase(Locale.ROOT).split("\\s+"))
                .toList();
    }
}
