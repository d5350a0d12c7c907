package dev.wharf.asgi.option;

import java.util.regex.Pattern;

/** A number with a fraction allowed ({@code 2.5}), in a range that may be open at either end. */
public final class NumberType extends BaseType<Double> {

    /** Plain decimal notation only, so no NaN, infinity or hexadecimal. */
    private static final Pattern DECIMAL = Pattern.compile("[-+]?(\\d+\\.?\\d*|\\.\\d+)([eE][-+]?\\d+)?");

    private final double min;
    private final double max;

    NumberType(double min, double max, boolean optional) {
        super(optional);
        checkRange(min, max);
        this.min = min;
        this.max = max;
    }

    @Override
    public OptionKind kind() {
        return OptionKind.NUMBER;
    }

    public double min() {
        return min;
    }

    public double max() {
        return max;
    }

    @Override
    public NumberType range(double min, double max) {
        return new NumberType(min, max, optional());
    }

    @Override
    Double parsePresent(String text) {
        if (!DECIMAL.matcher(text).matches()) {
            throw new InvalidValue("'" + text + "' is not a number; use " + allowed());
        }
        return Double.parseDouble(text);
    }

    @Override
    Double fromJsonPresent(Object json) {
        if (!(json instanceof Number number) || !Double.isFinite(number.doubleValue())) {
            throw new InvalidValue(JsonText.of(json) + " is not a number; use " + allowed());
        }
        return number.doubleValue();
    }

    @Override
    void checkPresent(Double value) {
        if (!(value >= min && value <= max)) {
            throw new InvalidValue(formatPresent(value) + " is out of range; use " + allowed());
        }
    }

    @Override
    String formatPresent(Double value) {
        return format(value.doubleValue());
    }

    /** Whole numbers without a fraction ({@code 5}, not {@code 5.0}), others as Java prints them. */
    private static String format(double value) {
        return value == Math.rint(value) && Math.abs(value) < 1e15
                ? Long.toString((long) value)
                : Double.toString(value);
    }

    @Override
    public Object toJson(Double value) {
        return value;
    }

    @Override
    public String allowed() {
        String range = "a number" + describe(min, max);
        return optional() ? range + ", or none" : range;
    }

    /** " from 1 to 9", " of at least 0", " of at most 10", or nothing for an open range, to follow a noun. */
    private static String describe(double min, double max) {
        boolean openBelow = min == Double.NEGATIVE_INFINITY;
        boolean openAbove = max == Double.POSITIVE_INFINITY;
        if (openBelow && openAbove) {
            return "";
        }
        if (openAbove) {
            return " of at least " + format(min);
        }
        if (openBelow) {
            return " of at most " + format(max);
        }
        return " from " + format(min) + " to " + format(max);
    }

    @Override
    public String label() {
        return "NUMBER";
    }
}
