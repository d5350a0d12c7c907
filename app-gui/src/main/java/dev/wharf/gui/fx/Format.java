package dev.wharf.gui.fx;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** How the window writes times, durations, sizes and rates: short, the same everywhere. */
public final class Format {

    private static final DateTimeFormatter CLOCK =
            DateTimeFormatter.ofPattern("HH:mm:ss").withZone(ZoneId.systemDefault());
    private static final DateTimeFormatter CLOCK_MILLIS =
            DateTimeFormatter.ofPattern("HH:mm:ss.SSS").withZone(ZoneId.systemDefault());

    private Format() {}

    /** {@code 14:03:27}. */
    public static String clock(Instant at) {
        return at == null ? "" : CLOCK.format(at);
    }

    /** {@code 14:03:27.120}, for log lines and the timeline. */
    public static String clockMillis(Instant at) {
        return at == null ? "" : CLOCK_MILLIS.format(at);
    }

    /** {@code 0.84 s}, {@code 12 ms}. */
    public static String seconds(Duration duration) {
        if (duration == null) {
            return "";
        }
        long millis = duration.toMillis();
        return millis < 1000 ? millis + " ms" : String.format(Locale.ROOT, "%.2f s", millis / 1000.0);
    }

    /** {@code 3h 02m}, {@code 4m 09s}, {@code 12s}. */
    public static String uptime(Duration duration) {
        if (duration == null || duration.isNegative()) {
            return "";
        }
        long s = duration.toSeconds();
        if (s >= 3600) {
            return String.format(Locale.ROOT, "%dh %02dm", s / 3600, (s % 3600) / 60);
        }
        if (s >= 60) {
            return String.format(Locale.ROOT, "%dm %02ds", s / 60, s % 60);
        }
        return s + "s";
    }

    /** {@code 182 MB}, {@code 640 KB}; "–" where unknown. */
    public static String bytes(long bytes) {
        if (bytes < 0) {
            return "–";
        }
        if (bytes >= 1L << 30) {
            return String.format(Locale.ROOT, "%.1f GB", bytes / (double) (1L << 30));
        }
        if (bytes >= 1L << 20) {
            return (bytes >> 20) + " MB";
        }
        return (bytes >> 10) + " KB";
    }

    /** {@code 1,234.5}-style rates, one decimal under 100. */
    public static String rate(double perSecond) {
        return perSecond < 100
                ? String.format(Locale.ROOT, "%.1f", perSecond)
                : String.format(Locale.ROOT, "%,.0f", perSecond);
    }
}
