package dev.wharf.gui.fx;

import java.util.Locale;
import java.util.Objects;
import javafx.scene.control.Label;

/**
 * A small coloured label for a state (a worker's lifespan phase, the server's state, a setting's
 * live/restart mark). The colour comes from a style class named after the state, in {@code wharf.css}.
 */
public final class Badge extends Label {

    private String stateClass;

    public Badge() {
        getStyleClass().add("badge");
    }

    /** Shows a state: {@code SHUTTING_DOWN} reads "shutting down" and takes the class {@code shutting-down}. */
    public void show(Enum<?> state) {
        show(
                state == null ? "" : state.name().toLowerCase(Locale.ROOT).replace('_', ' '),
                state == null ? null : state.name().toLowerCase(Locale.ROOT).replace('_', '-'));
    }

    public void show(String text, String styleClass) {
        // Telemetry shows the same state again and again: a style class taken off and put back
        // would restyle the badge each time.
        if (text.equals(getText()) && Objects.equals(styleClass, stateClass)) {
            return;
        }
        setText(text);
        if (stateClass != null) {
            getStyleClass().remove(stateClass);
        }
        stateClass = styleClass;
        if (styleClass != null) {
            getStyleClass().add(styleClass);
        }
        setVisible(!text.isEmpty());
    }
}
