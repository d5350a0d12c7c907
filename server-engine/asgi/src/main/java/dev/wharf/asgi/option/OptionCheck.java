package dev.wharf.asgi.option;

import java.util.List;
import java.util.Objects;
import java.util.function.Predicate;

/**
 * A rule of an option's own, beyond its type and range (a path that must start with {@code /}, a
 * regular expression that must compile), as a narrowing of its type: a value the rule refuses "is
 * not allowed", and the rule's words join what the type allows.
 *
 * @param <T> the option's Java type
 */
public final class OptionCheck<T> {

    /** The rule on a whole text value, or {@code null} for a rule on each item. */
    private final Predicate<? super T> value;
    /** The rule on each item of a list, or {@code null} for a rule on the whole value. */
    private final Predicate<String> item;

    private final String allowed;

    private OptionCheck(Predicate<? super T> value, Predicate<String> item, String allowed) {
        this.value = value;
        this.item = item;
        this.allowed = Objects.requireNonNull(allowed, "allowed");
    }

    /** A rule on a text value; {@code allowed} completes "use …". */
    public static <T> OptionCheck<T> of(Predicate<? super T> test, String allowed) {
        return new OptionCheck<>(Objects.requireNonNull(test, "test"), null, allowed);
    }

    /** A rule on each item of a list; an item that breaks it is quoted. */
    public static OptionCheck<List<String>> eachItem(Predicate<String> test, String allowed) {
        return new OptionCheck<>(null, Objects.requireNonNull(test, "test"), allowed);
    }

    /**
     * {@code type} narrowed by this rule.
     *
     * @throws IllegalArgumentException when the rule does not fit the type: a rule on a whole value
     *                                  needs a text type, a rule on each item a list
     */
    @SuppressWarnings("unchecked") // the type's class says which Java type T stands for
    public OptionType<T> applyTo(OptionType<T> type) {
        if (item != null && type instanceof ListType list) {
            return (OptionType<T>) list.eachItem(item, allowed);
        }
        if (value != null && type instanceof TextType text) {
            Predicate<? super String> test = (Predicate<? super String>) value;
            return (OptionType<T>) text.and(test::test, allowed);
        }
        throw new IllegalArgumentException(
                (item != null ? "a rule on each item needs a list" : "a rule of its own needs a text type") + ", not "
                        + type.kind().typeName());
    }
}
