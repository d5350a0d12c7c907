package dev.wharf.asgi.plugin;

/**
 * The inclusive bounds of a numeric option, kept as data so a form can offer a spinner with the
 * same limits the parser enforces. An open end is infinite.
 *
 * @param min the smallest value allowed
 * @param max the largest value allowed
 */
public record OptionRange(double min, double max) {

    public OptionRange {
        if (Double.isNaN(min) || Double.isNaN(max) || min > max) {
            throw new IllegalArgumentException("not a range: " + min + " to " + max);
        }
    }

    public boolean contains(double value) {
        return value >= min && value <= max;
    }

    /** "from 1 to 9", "of at least 0" or "of at most 10", to follow a type's description. */
    public String describe() {
        if (Double.isInfinite(max)) {
            return "of at least " + OptionNumbers.format(min);
        }
        if (Double.isInfinite(min)) {
            return "of at most " + OptionNumbers.format(max);
        }
        return "from " + OptionNumbers.format(min) + " to " + OptionNumbers.format(max);
    }
}
