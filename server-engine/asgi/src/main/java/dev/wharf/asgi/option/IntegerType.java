package dev.wharf.asgi.option;

import java.math.BigInteger;

/** A whole number in a range (open at an end that is {@code Integer.MIN_VALUE} or {@code MAX_VALUE}), optionally "none". */
public final class IntegerType extends BaseType<Integer> {

    private final int min;
    private final int max;
    private final String label;

    IntegerType(int min, int max, boolean optional, String label) {
        super(optional);
        if (min > max) {
            throw new IllegalArgumentException("not a range: " + min + " to " + max);
        }
        this.min = min;
        this.max = max;
        this.label = label;
    }

    @Override
    public OptionKind kind() {
        return OptionKind.INTEGER;
    }

    public int min() {
        return min;
    }

    public int max() {
        return max;
    }

    @Override
    public IntegerType range(double min, double max) {
        checkRange(min, max);
        return new IntegerType(
                min == Double.NEGATIVE_INFINITY ? Integer.MIN_VALUE : (int) Math.max(Integer.MIN_VALUE, Math.ceil(min)),
                max == Double.POSITIVE_INFINITY
                        ? Integer.MAX_VALUE
                        : (int) Math.min(Integer.MAX_VALUE, Math.floor(max)),
                optional(),
                label);
    }

    @Override
    Integer parsePresent(String text) {
        try {
            return Integer.parseInt(text.replace("_", ""));
        } catch (NumberFormatException e) {
            throw new InvalidValue("'" + text + "' is not a whole number; use " + allowed());
        }
    }

    @Override
    Integer fromJsonPresent(Object json) {
        if (json instanceof Integer || json instanceof Short || json instanceof Byte) {
            return ((Number) json).intValue();
        }
        if (json instanceof Long number && number == number.intValue()) {
            return number.intValue();
        }
        if (json instanceof BigInteger number && number.bitLength() < Integer.SIZE) {
            return number.intValue();
        }
        throw new InvalidValue(JsonText.of(json) + " is not a whole number; use " + allowed());
    }

    @Override
    void checkPresent(Integer value) {
        if (value < min || value > max) {
            throw new InvalidValue(value + " is out of range; use " + allowed());
        }
    }

    @Override
    String formatPresent(Integer value) {
        return Integer.toString(value);
    }

    @Override
    public Object toJson(Integer value) {
        return value;
    }

    @Override
    public String allowed() {
        String range;
        if (min == Integer.MIN_VALUE && max == Integer.MAX_VALUE) {
            range = "a whole number";
        } else if (max == Integer.MAX_VALUE) {
            range = "a whole number of at least " + min;
        } else if (min == Integer.MIN_VALUE) {
            range = "a whole number of at most " + max;
        } else {
            range = "a whole number from " + min + " to " + max;
        }
        return optional() ? range + ", or none" : range;
    }

    @Override
    public String label() {
        return label;
    }
}
