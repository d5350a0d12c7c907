package dev.wharf.asgi.option;

/**
 * What the single-value types do the same way: text is stripped, and "none" (empty text, {@code
 * none}, JSON null) is {@code null} where the type is optional and refused where it is not.
 * Subclasses only see values.
 */
abstract sealed class BaseType<T> implements OptionType<T>
        permits TextType, IntegerType, NumberType, SecondsType, PathType {

    private final boolean optional;

    BaseType(boolean optional) {
        this.optional = optional;
    }

    @Override
    public final boolean optional() {
        return optional;
    }

    @Override
    public final T parse(String text) {
        String t = text == null ? "" : text.strip();
        if (t.isEmpty()) {
            return empty();
        }
        if (optional && t.equals("none")) {
            return none();
        }
        T value = parsePresent(t);
        check(value);
        return value;
    }

    @Override
    public final T fromJson(Object json) {
        if (json == null) {
            return none();
        }
        if (json instanceof String text) {
            return parse(text);
        }
        T value = fromJsonPresent(json);
        check(value);
        return value;
    }

    @Override
    public final void check(T value) {
        if (value == null) {
            none();
        } else {
            checkPresent(value);
        }
    }

    @Override
    public final String format(T value) {
        return value == null ? "none" : formatPresent(value);
    }

    /** What empty text means: "none" unless the type has an empty value of its own. */
    T empty() {
        return none();
    }

    /** What "no value" means for this type: {@code null}, or an error. */
    T none() {
        if (!optional) {
            throw new InvalidValue("a value is required; use " + allowed());
        }
        return null;
    }

    /** Text that is not "none", already stripped. */
    abstract T parsePresent(String text);

    /** A JSON value that is neither null nor text. */
    abstract T fromJsonPresent(Object json);

    abstract void checkPresent(T value);

    abstract String formatPresent(T value);

    /** Refuses a declared range that is none: an end that is NaN, or a minimum above the maximum. */
    static void checkRange(double min, double max) {
        if (Double.isNaN(min) || Double.isNaN(max) || min > max) {
            throw new IllegalArgumentException("not a range: " + min + " to " + max);
        }
    }
}
