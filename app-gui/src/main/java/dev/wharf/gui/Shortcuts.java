package dev.wharf.gui;

import javafx.scene.input.KeyCombination;

/** The window's keyboard shortcuts, each with what it does; the toolbar's tooltips show them. */
enum Shortcuts {
    START("Start the server", "F5"),
    STOP("Stop the server gracefully", "Shift+F5"),
    RESTART("Restart: a new generation, then the old one drains", "Ctrl+Shift+F5"),
    RELOAD("Reload now: compile what changed and roll a new generation", "Ctrl+R"),
    MORE_WORKERS("One more worker", "Ctrl+Plus"),
    FEWER_WORKERS("One worker fewer", "Ctrl+Minus"),
    APPLY("Apply the settings to the running server", "Ctrl+Enter"),
    SAVE("Save the profile", "Ctrl+S"),
    FIND("Search the logs", "Ctrl+F");

    private final String what;
    private final KeyCombination keys;

    Shortcuts(String what, String keys) {
        this.what = what;
        this.keys = KeyCombination.keyCombination(keys.replace("Ctrl", "Shortcut"));
    }

    KeyCombination keys() {
        return keys;
    }

    String describe() {
        return what + " (" + keys.getDisplayText() + ")";
    }
}
