package dev.wharf.gui.prefs;

import java.util.Comparator;
import java.util.List;
import javafx.geometry.Rectangle2D;

/**
 * Where the window opens on the screens there are now: its remembered size, or the first start's,
 * no larger than the screen it goes on, and its remembered place moved onto that screen. A first
 * start's 1280×800 would otherwise run off a 1366×768 laptop's or a 1024×700 screen's edges, with
 * the toolbar above the top; and a place remembered on a monitor since unplugged would open the
 * window where no screen shows it.
 *
 * @param x         the left edge
 * @param y         the top edge
 * @param width     the width
 * @param height    the height
 * @param minWidth  the least width the window may be made: its layout's, or the screen's when smaller
 * @param minHeight the least height, likewise
 */
public record WindowPlacement(double x, double y, double width, double height, double minWidth, double minHeight) {

    /** The least size the window's layout holds at, where the screen has room for it. */
    public static final double MIN_WIDTH = 900;

    public static final double MIN_HEIGHT = 560;

    /**
     * @param state   what the window remembers (its place {@code NaN} when it has none)
     * @param screens the screens' visual bounds (without task bars), the primary one first
     */
    public static WindowPlacement of(WindowState state, List<Rectangle2D> screens) {
        if (screens.isEmpty()) {
            throw new IllegalArgumentException("no screen to place the window on");
        }
        boolean placed = !Double.isNaN(state.x()) && !Double.isNaN(state.y());
        Rectangle2D screen = placed ? mostOf(state, screens) : screens.getFirst();
        double width = Math.min(state.width(), screen.getWidth());
        double height = Math.min(state.height(), screen.getHeight());
        double x = placed
                ? clamp(state.x(), screen.getMinX(), screen.getMaxX() - width)
                : screen.getMinX() + (screen.getWidth() - width) / 2;
        double y = placed
                ? clamp(state.y(), screen.getMinY(), screen.getMaxY() - height)
                : screen.getMinY() + (screen.getHeight() - height) / 2;
        return new WindowPlacement(
                x, y, width, height, Math.min(MIN_WIDTH, screen.getWidth()), Math.min(MIN_HEIGHT, screen.getHeight()));
    }

    /** The screen that shows most of the remembered window; the primary one when none shows any. */
    private static Rectangle2D mostOf(WindowState state, List<Rectangle2D> screens) {
        Rectangle2D window = new Rectangle2D(state.x(), state.y(), state.width(), state.height());
        Rectangle2D best = screens.stream()
                .max(Comparator.comparingDouble(screen -> shared(screen, window)))
                .orElseThrow();
        return shared(best, window) > 0 ? best : screens.getFirst();
    }

    private static double shared(Rectangle2D a, Rectangle2D b) {
        double w = Math.min(a.getMaxX(), b.getMaxX()) - Math.max(a.getMinX(), b.getMinX());
        double h = Math.min(a.getMaxY(), b.getMaxY()) - Math.max(a.getMinY(), b.getMinY());
        return w > 0 && h > 0 ? w * h : 0;
    }

    private static double clamp(double value, double least, double most) {
        return Math.max(least, Math.min(value, most));
    }
}
