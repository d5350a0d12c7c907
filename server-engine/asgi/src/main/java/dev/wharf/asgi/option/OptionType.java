package dev.wharf.asgi.option;

import java.util.List;

/**
 * The type of an option's value: how it is typed on a command line, in an environment variable or
 * a form, how a JSON file holds it, how it is shown, and what it allows. One instance per kind of
 * value, shared by every place that reads it, so all of them accept and refuse exactly the same
 * values with the same words. {@link OptionTypes} makes them.
 *
 * @param <T> the Java type of the value; {@code null} stands for "none" where {@link #optional()}
 */
public sealed interface OptionType<T> permits BaseType, BooleanType, ChoiceType, ListType {

    /** What a form shows for this type. */
    OptionKind kind();

    /** Whether "none" (no value, {@code null}) is allowed. */
    boolean optional();

    /**
     * The value typed as text, as on a command line.
     *
     * @throws InvalidValue saying what is wrong and what is allowed
     */
    T parse(String text);

    /**
     * The value as a JSON file holds it, in plain Java: a {@code String}, {@code Number}, {@code
     * Boolean}, {@code List}, {@code Map} or {@code null}.
     *
     * @throws InvalidValue saying what is wrong and what is allowed
     */
    T fromJson(Object json);

    /** The value as a JSON file holds it: a String, Number, Boolean, List or {@code null}. */
    Object toJson(T value);

    /** The value as a user types it (the inverse of {@link #parse}); "none" for {@code null}. */
    String format(T value);

    /** What is allowed, in words that complete "use …": "a whole number from 0 to 65535". */
    String allowed();

    /**
     * Checks a value already of the right Java type (from code or a form) against the type's rules.
     *
     * @throws InvalidValue saying what is wrong and what is allowed
     */
    void check(T value);

    /** The choices of a {@link OptionKind#CHOICE} type, as typed; empty otherwise. */
    default List<String> choices() {
        return List.of();
    }

    /** The label of the value in help: {@code SECONDS}, {@code N}, {@code auto|on|off}. */
    String label();

    /**
     * The same type allowing only values from {@code min} to {@code max}, both included; an infinite
     * end is open.
     *
     * @throws IllegalArgumentException for a type that is not {@linkplain OptionKind#numeric() numeric},
     *                                  or when {@code min} is above {@code max}
     */
    default OptionType<T> range(double min, double max) {
        throw new IllegalArgumentException("a range needs a numeric type, not " + kind().typeName());
    }
}
