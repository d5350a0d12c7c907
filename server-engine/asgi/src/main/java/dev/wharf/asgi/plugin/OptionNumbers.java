package dev.wharf.asgi.plugin;

import java.util.regex.Pattern;

/** Number text for the decimal option types: plain decimal notation only, so no NaN, infinity or hex. */
final class OptionNumbers {

    private static final Pattern DECIMAL = Pattern.compile("[-+]?(\\d+\\.?\\d*|\\.\\d+)([eE][-+]?\\d+)?");

    private OptionNumbers() {}

    static double decimal(String text) {
        String s = text.strip();
        if (!DECIMAL.matcher(s).matches()) {
            throw new IllegalArgumentException("is not a number");
        }
        return Double.parseDouble(s);
    }

    /** Whole numbers without a fraction ({@code 5}, not {@code 5.0}), others as Java prints them. */
    static String format(double value) {
        return value == Math.rint(value) && Math.abs(value) < 1e15
                ? Long.toString((long) value)
                : Double.toString(value);
    }
}
