package dev.wharf.config.types;

import com.fasterxml.jackson.databind.JsonNode;
import dev.wharf.config.InvalidValue;

/** A whole number in a range, optionally "none". */
public final class IntegerType extends BaseType<Integer> {

    private final int min;
    private final int max;
    private final String label;

    IntegerType(int min, int max, boolean optional, String label) {
        super(optional);
        this.min = min;
        this.max = max;
        this.label = label;
    }

    @Override
    public Kind kind() {
        return Kind.INTEGER;
    }

    public int min() {
        return min;
    }

    public int max() {
        return max;
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
    Integer fromJsonPresent(JsonNode node) {
        if (!node.isIntegralNumber() || !node.canConvertToInt()) {
            throw new InvalidValue(node + " is not a whole number; use " + allowed());
        }
        return node.intValue();
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
        String range = max == Integer.MAX_VALUE
                ? "a whole number of at least " + min
                : "a whole number from " + min + " to " + max;
        return optional() ? range + ", or none" : range;
    }

    @Override
    public String label() {
        return label;
    }
}
