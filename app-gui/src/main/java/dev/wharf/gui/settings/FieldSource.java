package dev.wharf.gui.settings;

import dev.wharf.config.sources.ValueSource;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/**
 * Where one field's value came from, as its mark says it: one of the engine's sources ({@link
 * ValueSource}: the default, the profile file, a {@code WHARF_*} variable, a flag), or what happened
 * to it in the window since: typed by the user, or taken from the running server (a worker count
 * scaled from the toolbar). The form sets it; the row shows {@link #markProperty()} with {@link
 * #descriptionProperty()} as its tooltip.
 */
public final class FieldSource {

    /** What the mark names, beyond the engine's sources. */
    public enum Origin {
        LOADED,
        EDITED,
        RUNNING
    }

    private final ReadOnlyObjectWrapper<ValueSource> loadedFrom =
            new ReadOnlyObjectWrapper<>(this, "loadedFrom", ValueSource.DEFAULT);
    private final ReadOnlyObjectWrapper<Origin> origin = new ReadOnlyObjectWrapper<>(this, "origin", Origin.LOADED);
    private final ReadOnlyStringWrapper mark = new ReadOnlyStringWrapper(this, "mark");
    private final ReadOnlyStringWrapper description = new ReadOnlyStringWrapper(this, "description");

    FieldSource() {
        update();
    }

    /** The value is the one {@code source} gives, as loaded (or saved) from it. */
    void loaded(ValueSource source) {
        loadedFrom.set(source);
        origin.set(Origin.LOADED);
        update();
    }

    void edited() {
        origin.set(Origin.EDITED);
        update();
    }

    void running() {
        origin.set(Origin.RUNNING);
        update();
    }

    /** The source the value was loaded from, whatever happened to it since. */
    public ValueSource loadedFrom() {
        return loadedFrom.get();
    }

    public ReadOnlyObjectProperty<Origin> originProperty() {
        return origin.getReadOnlyProperty();
    }

    /** One word: default, profile, env, flag, edited, running. */
    public ReadOnlyStringProperty markProperty() {
        return mark.getReadOnlyProperty();
    }

    /** The mark in a sentence: "from WHARF_WORKERS", "typed here, not saved (was from the profile dev.json)". */
    public ReadOnlyStringProperty descriptionProperty() {
        return description.getReadOnlyProperty();
    }

    private void update() {
        ValueSource source = loadedFrom.get();
        switch (origin.get()) {
            case LOADED -> {
                mark.set(source.kind().label());
                description.set(
                        source.kind() == ValueSource.Kind.DEFAULT
                                ? "The default: no profile, variable or flag sets it"
                                : capitalised(source.describe()));
            }
            case EDITED -> {
                mark.set("edited");
                description.set("Typed here, not saved to the profile (was " + source.describe() + ")");
            }
            case RUNNING -> {
                mark.set("running");
                description.set("The running server's value, changed in the window (was " + source.describe() + ")");
            }
        }
    }

    private static String capitalised(String text) {
        return Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }
}
