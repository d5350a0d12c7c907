package dev.wharf.gui.prefs;

import java.util.List;

/**
 * What the window remembers between runs: its size and place, the theme, the profile last open,
 * and project profile files ({@code wharf.json}) the user opened from elsewhere.
 *
 * @param width        the window's width, or 0 for the default
 * @param height       the window's height, or 0 for the default
 * @param x            the window's left edge, or {@code NaN} to centre it
 * @param y            the window's top edge, or {@code NaN} to centre it
 * @param maximized    whether it was maximised
 * @param dark         the dark theme rather than the light one
 * @param lastProfile  the file of the profile last selected, or {@code null}
 * @param openedFiles  profile files outside the profiles folder, as absolute paths
 */
public record WindowState(
        double width,
        double height,
        double x,
        double y,
        boolean maximized,
        boolean dark,
        String lastProfile,
        List<String> openedFiles) {

    public static final WindowState FIRST_START =
            new WindowState(1280, 800, Double.NaN, Double.NaN, false, false, null, List.of());

    public WindowState {
        openedFiles = openedFiles == null ? List.of() : List.copyOf(openedFiles);
    }

    public WindowState withDark(boolean value) {
        return new WindowState(width, height, x, y, maximized, value, lastProfile, openedFiles);
    }

    public WindowState withLastProfile(String value) {
        return new WindowState(width, height, x, y, maximized, dark, value, openedFiles);
    }

    public WindowState withOpenedFiles(List<String> value) {
        return new WindowState(width, height, x, y, maximized, dark, lastProfile, value);
    }

    public WindowState withBounds(double w, double h, double left, double top, boolean max) {
        return new WindowState(w, h, left, top, max, dark, lastProfile, openedFiles);
    }
}
