package dev.wharf.gui;

import javafx.scene.input.KeyCombination;

/** The window's keyboard shortcuts, each with what it does; the toolbar's tooltips show them. */
enum Shortcuts {
    START("Start the server", "F5"),
    STOP("Stop the server gracefully", "Shift+F5"),
    RESTART("Restart: a new generation, then the old one drains", "Ctrl+Shift+F5"),
    RELOAD("Reload now: compile what changed and roll a new generation", "Ctrl+R"),
    MORE_WORKERS("One more worker", "Ctrl+Plus", "Ctrl+= or Ctrl++"),
    FEWER_WORKERS("One worker fewer", "Ctrl+Minus", "Ctrl+−"),
    APPLY("Apply the settings to the running server", "Ctrl+Enter"),
    SAVE("Save the profile", "Ctrl+S"),
    FIND("Search the logs", "Ctrl+F"),
    NEXT_PROFILE("The next profile in the list", "Alt+Down", "Alt+↓"),
    PREVIOUS_PROFILE("The previous profile in the list", "Alt+Up", "Alt+↑");

    private final String what;
    private final KeyCombination keys;
    /** How the README and the tooltip write the keys, where the combination's own text would not match. */
    private final String written;

    Shortcuts(String what, String keys) {
        this(what, keys, null);
    }

    Shortcuts(String what, String keys, String written) {
        this.what = what;
        this.keys = KeyCombination.keyCombination(keys.replace("Ctrl", "Shortcut"));
        this.written = written;
    }

    KeyCombination keys() {
        return keys;
    }

    String describe() {
        return what + " (" + (written != null ? written : keys.getDisplayText()) + ")";
    }
}
