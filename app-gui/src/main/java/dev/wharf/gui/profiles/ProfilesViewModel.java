package dev.wharf.gui.profiles;

import dev.wharf.config.Settings;
import dev.wharf.config.setting.Setting;
import dev.wharf.gui.fx.UiThreads;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The profiles list: loads the profiles folder (offering the bundled samples on a first start),
 * project files the user opened, and creates, saves, duplicates, renames and deletes profiles.
 * File work runs on the background executor; the list changes on the FX thread. Files that could
 * not be read are listed in {@link #problems()} with what to do.
 */
public final class ProfilesViewModel {

    private final ProfileStore store;
    private final List<BundledSample> samples;
    private final UiThreads threads;
    private final Supplier<Optional<Settings>> form;
    private final ObservableList<Profile> profiles = FXCollections.observableArrayList();
    private final ObjectProperty<Profile> selected = new SimpleObjectProperty<>(this, "selected");
    private final ObservableList<String> problems = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper(this, "message", "");
    private Leaving leaving = Runnable::run;
    private BiConsumer<Profile, Profile> renamed = (before, after) -> {};
    private Consumer<Profile> deleted = profile -> {};

    /** What happens before the form's profile is left for another: it may ask, save, or not go at all. */
    @FunctionalInterface
    public interface Leaving {
        /** Runs {@code proceed} when the profile may be left (at once, after a save, or never when cancelled). */
        void leave(Runnable proceed);
    }

    /** @param form the settings the form holds, when valid: what save, duplicate and rename write */
    public ProfilesViewModel(
            ProfileStore store, List<BundledSample> samples, UiThreads threads, Supplier<Optional<Settings>> form) {
        this.store = store;
        this.samples = samples;
        this.threads = threads;
        this.form = form;
    }

    /**
     * Loads every profile, then selects the one whose file is {@code preferred} (else the first).
     *
     * @param openedFiles project profile files opened in earlier runs
     */
    public void load(List<String> openedFiles, String preferred) {
        threads.background().execute(() -> {
            List<String> found = new ArrayList<>();
            List<Profile> loaded = new ArrayList<>();
            try {
                store.seed(samples);
                ProfileStore.Loaded all = store.loadAll();
                loaded.addAll(all.profiles());
                found.addAll(all.problems());
            } catch (IOException e) {
                found.add("The profiles folder " + store.folder() + " cannot be read: " + e.getMessage());
            }
            for (String file : openedFiles) {
                try {
                    loaded.add(store.open(Path.of(file)));
                } catch (IOException e) {
                    found.add(e.getMessage() + ". It is left as it is; open it again once fixed.");
                }
            }
            threads.fx().execute(() -> {
                profiles.setAll(loaded);
                problems.setAll(found);
                selected.set(loaded.stream()
                        .filter(p -> p.file().toString().equals(preferred))
                        .findFirst()
                        .orElse(loaded.isEmpty() ? null : loaded.get(0)));
            });
        });
    }

    /** Sets what leaving the selected profile does first (asking about unsaved edits). */
    public void guardLeaving(Leaving leaving) {
        this.leaving = leaving;
    }

    /**
     * What else follows a profile's rename ({@code before} → {@code after}, maybe in another file) and
     * deletion: the window's sessions, keyed by file. Told on the FX thread, before the list changes.
     */
    public void followRenamesAndDeletes(BiConsumer<Profile, Profile> renamed, Consumer<Profile> deleted) {
        this.renamed = renamed;
        this.deleted = deleted;
    }

    /** Selects {@code profile} once the selected one may be left; the selection stays when the user cancels. */
    public void select(Profile profile) {
        if (profile != null && profile != selected.get()) {
            leaving.leave(() -> selected.set(profile));
        }
    }

    /** Selects the profile {@code delta} rows below the selected one (above, when negative), if there is one. */
    public void selectNext(int delta) {
        int next = profiles.indexOf(selected.get()) + delta;
        if (selected.get() != null && next >= 0 && next < profiles.size()) {
            select(profiles.get(next));
        }
    }

    /** A new profile with {@code settings}: a preset's, from the New profile dialog. */
    public void create(String name, Settings settings) {
        create(name, settings, List.of());
    }

    /** A new profile with {@code settings}, whose file names the {@code stated} ones even at their defaults. */
    public void create(String name, Settings settings, List<Setting<?>> stated) {
        if (!validName(name)) {
            return;
        }
        leaving.leave(
                () -> run(() -> store.create(name.strip(), settings, stated), created -> add(created, null), "create"));
    }

    /** Opens a project's {@code wharf.json} (or any profile file) where it is. */
    public void open(Path file) {
        run(
                () -> store.open(file),
                opened -> {
                    profiles.removeIf(p -> p.file().equals(opened.file()));
                    add(opened, null);
                },
                "open");
    }

    /** Writes the form's settings to the selected profile. */
    public void save(Runnable saved) {
        Profile profile = selected.get();
        withForm(settings -> run(
                () -> store.save(profile, profile.name(), settings),
                written -> {
                    add(written, profile);
                    saved.run();
                },
                "save"));
    }

    public void duplicate() {
        Profile profile = selected.get();
        withForm(settings -> run(
                () -> store.duplicate(profile, profile.name() + " copy", settings),
                copy -> add(copy, null),
                "duplicate"));
    }

    public void rename(String name) {
        Profile profile = selected.get();
        if (!validName(name)) {
            return;
        }
        withForm(settings -> run(
                () -> store.rename(profile, name.strip(), settings),
                after -> {
                    renamed.accept(profile, after);
                    add(after, profile);
                },
                "rename"));
    }

    /** Deletes the selected profile's file; a project's {@code wharf.json} is only removed from the list. */
    public void delete() {
        delete(selected.get());
    }

    /** Deletes {@code profile}'s file (a project's {@code wharf.json} is only removed from the list). */
    public void delete(Profile profile) {
        if (profile == null) {
            return;
        }
        run(
                () -> {
                    store.delete(profile);
                    return profile;
                },
                gone -> {
                    deleted.accept(gone);
                    int index = profiles.indexOf(gone);
                    profiles.remove(gone);
                    if (selected.get() == gone) {
                        selected.set(profiles.isEmpty() ? null : profiles.get(Math.min(index, profiles.size() - 1)));
                    }
                    message.set(
                            gone.external()
                                    ? "Removed " + gone.name() + " from the list; " + gone.file() + " is kept."
                                    : "Deleted " + gone.name() + ".");
                },
                "delete");
    }

    /** The project files opened from elsewhere, to open again next time. */
    public List<String> openedFiles() {
        return profiles.stream()
                .filter(Profile::external)
                .map(p -> p.file().toString())
                .toList();
    }

    private void withForm(Consumer<Settings> action) {
        if (selected.get() == null) {
            message.set("Select a profile first.");
            return;
        }
        Optional<Settings> settings = form.get();
        if (settings.isEmpty()) {
            message.set("Fix the settings marked in red first: a profile is only written with valid values.");
            return;
        }
        action.accept(settings.get());
    }

    private boolean validName(String name) {
        if (name == null || name.isBlank()) {
            message.set("A profile needs a name.");
            return false;
        }
        return true;
    }

    private void add(Profile profile, Profile replacing) {
        if (replacing != null) {
            profiles.remove(replacing);
        }
        profiles.removeIf(p -> p.file().equals(profile.file()));
        profiles.add(profile);
        profiles.sort(Comparator.comparing(p -> p.name().toLowerCase(Locale.ROOT)));
        selected.set(profile);
        message.set("");
    }

    private interface FileWork<T> {
        T run() throws IOException;
    }

    private <T> void run(FileWork<T> work, Consumer<T> done, String what) {
        threads.background().execute(() -> {
            try {
                T result = work.run();
                threads.fx().execute(() -> done.accept(result));
            } catch (IOException | RuntimeException e) {
                threads.fx().execute(() -> message.set("Could not " + what + " the profile: " + e.getMessage()));
            }
        });
    }

    public ObservableList<Profile> profiles() {
        return profiles;
    }

    public ObjectProperty<Profile> selectedProperty() {
        return selected;
    }
    /** Profile files that could not be read, each with what happened to it and what to do. */
    public ObservableList<String> problems() {
        return problems;
    }

    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }
}
