package dev.wharf.gui.prefs;

import java.util.Arrays;
import java.util.List;
import java.util.prefs.BackingStoreException;
import java.util.prefs.Preferences;

/**
 * Keeps {@link WindowState} in the platform's preferences store (Java's {@link Preferences}: the
 * registry on Windows, a plist on macOS, a file under the home folder on Linux), which writes safely
 * by itself. The window's memory is a convenience: what cannot be read counts as a first start.
 */
public final class WindowStateStore {

    private static final String SEPARATOR = "\n";
    private static final String ASK_BEFORE_KILL = "askBeforeKill";

    private final Preferences node;

    public WindowStateStore(Preferences node) {
        this.node = node;
    }

    /** This user's store. */
    public static WindowStateStore forThisUser() {
        return new WindowStateStore(Preferences.userRoot().node("dev/wharf/window"));
    }

    public WindowState load() {
        WindowState first = WindowState.FIRST_START;
        String opened = node.get("openedFiles", "");
        return new WindowState(
                positive(node.getDouble("width", first.width()), first.width()),
                positive(node.getDouble("height", first.height()), first.height()),
                node.getDouble("x", Double.NaN),
                node.getDouble("y", Double.NaN),
                node.getBoolean("maximized", false),
                node.getBoolean("dark", false),
                node.get("lastProfile", null),
                opened.isEmpty() ? List.of() : Arrays.asList(opened.split(SEPARATOR)));
    }

    public void save(WindowState state) throws BackingStoreException {
        node.putDouble("width", state.width());
        node.putDouble("height", state.height());
        node.putDouble("x", state.x());
        node.putDouble("y", state.y());
        node.putBoolean("maximized", state.maximized());
        node.putBoolean("dark", state.dark());
        if (state.lastProfile() == null) {
            node.remove("lastProfile");
        } else {
            node.put("lastProfile", state.lastProfile());
        }
        node.put("openedFiles", String.join(SEPARATOR, state.openedFiles()));
        node.flush();
    }

    /** Whether Kill asks before killing a worker: yes until the user ticks "Do not ask again". */
    public boolean asksBeforeKill() {
        return node.getBoolean(ASK_BEFORE_KILL, true);
    }

    /**
     * Remembers at once whether Kill asks first, not only when the window closes: a window that ends
     * any other way keeps the choice too. Like the rest, a store that cannot write forgets it.
     */
    public void askBeforeKill(boolean ask) {
        node.putBoolean(ASK_BEFORE_KILL, ask);
        try {
            node.flush();
        } catch (BackingStoreException e) {
            // A convenience: the next window asks again.
        }
    }

    private static double positive(double value, double otherwise) {
        return value > 0 ? value : otherwise;
    }
}
