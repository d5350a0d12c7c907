package dev.wharf.gui.profiles;

import dev.wharf.config.Settings;
import dev.wharf.config.lint.LintWarning;
import dev.wharf.config.lint.SettingsLint;
import dev.wharf.config.profile.PresetValue;
import dev.wharf.config.profile.Presets;
import dev.wharf.config.setting.Preset;
import dev.wharf.config.setting.Setting;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javafx.beans.Observable;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The New profile dialog: a name, one of the seed's presets (or none), what a deployed preset asks
 * for (the proxy's addresses, the database's pool and budget) and, as they change, each value the
 * preset sets with its reason and the lint of the result.
 */
public final class NewProfileViewModel {

    private final int cores;
    private final StringProperty name = new SimpleStringProperty(this, "name", "my-app");
    private final ObjectProperty<Preset> preset = new SimpleObjectProperty<>(this, "preset", Preset.NONE);
    private final StringProperty forwardedAllowIps = new SimpleStringProperty(this, "forwardedAllowIps", "");
    private final StringProperty dbPoolSize = new SimpleStringProperty(this, "dbPoolSize", "");
    private final StringProperty dbBudget = new SimpleStringProperty(this, "dbBudget", "");
    private final ObservableList<String> preview = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper problem = new ReadOnlyStringWrapper(this, "problem", "");

    /** @param cores the processors the workers will run on: the container preset sizes workers by them */
    public NewProfileViewModel(int cores) {
        this.cores = cores;
        for (Observable input : List.of(name, preset, forwardedAllowIps, dbPoolSize, dbBudget)) {
            input.addListener(o -> refresh());
        }
        refresh();
    }

    /** The profile to create, when the inputs are valid: its name and settings. */
    public Optional<Request> request() {
        if (!problem.get().isEmpty()) {
            return Optional.empty();
        }
        Presets.Inputs inputs = inputs();
        return Optional.of(new Request(
                name.get().strip(), Presets.settings(preset.get(), inputs), Presets.stated(preset.get(), inputs)));
    }

    /**
     * What the dialog gives back: a name, the settings to start from, and those the preset set, which
     * the profile's file names even where they equal their defaults ({@code proxy_headers: true} beside
     * the proxy's addresses).
     */
    public record Request(String name, Settings settings, List<Setting<?>> stated) {

        public Request {
            stated = List.copyOf(stated);
        }
    }

    private void refresh() {
        List<String> lines = new ArrayList<>();
        try {
            if (name.get() == null || name.get().isBlank()) {
                throw new IllegalArgumentException("Give the profile a name.");
            }
            Presets.Inputs inputs = inputs();
            for (PresetValue<?> value : Presets.values(preset.get(), inputs)) {
                lines.add(value.setting().key() + " = " + value.shown() + " — " + value.why());
            }
            for (LintWarning warning : SettingsLint.check(Presets.settings(preset.get(), inputs), cores)) {
                lines.add("⚠ " + warning.message());
            }
            problem.set("");
        } catch (IllegalArgumentException e) {
            problem.set(e.getMessage());
        }
        preview.setAll(lines);
    }

    private Presets.Inputs inputs() {
        String ips = forwardedAllowIps.get().strip();
        return new Presets.Inputs(
                ips.isEmpty() ? null : ips,
                count(dbPoolSize.get(), "DB pool size"),
                count(dbBudget.get(), "DB connection budget"),
                cores);
    }

    private static Integer count(String text, String what) {
        String stripped = text == null ? "" : text.strip();
        if (stripped.isEmpty()) {
            return null;
        }
        try {
            int value = Integer.parseInt(stripped);
            if (value >= 1) {
                return value;
            }
        } catch (NumberFormatException e) {
            // said below
        }
        throw new IllegalArgumentException(what + " '" + stripped + "' is not a whole number of 1 or more.");
    }

    public StringProperty nameProperty() {
        return name;
    }

    public ObjectProperty<Preset> presetProperty() {
        return preset;
    }

    public StringProperty forwardedAllowIpsProperty() {
        return forwardedAllowIps;
    }

    public StringProperty dbPoolSizeProperty() {
        return dbPoolSize;
    }

    public StringProperty dbBudgetProperty() {
        return dbBudget;
    }

    /** Each value the preset sets with its reason, then the lint's warnings. */
    public ObservableList<String> preview() {
        return preview;
    }

    /** Why the inputs cannot make a profile, or empty. */
    public ReadOnlyStringProperty problemProperty() {
        return problem.getReadOnlyProperty();
    }
}
