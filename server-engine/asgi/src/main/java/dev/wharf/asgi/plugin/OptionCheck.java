package dev.wharf.asgi.plugin;

import java.util.List;
import java.util.Objects;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * A plugin's own rule for an option's value, beyond its type and range: a path that must start
 * with {@code /}, a regular expression that must compile.
 *
 * @param offending finds what breaks the rule: the offending text (the value, or the one list item
 *                  at fault), or {@code null} when the value is fine
 * @param allowed   what is allowed, in words that complete "use …"
 * @param <T>       the option's Java type
 */
public record OptionCheck<T>(Function<? super T, String> offending, String allowed) {

    public OptionCheck {
        Objects.requireNonNull(offending, "offending");
        Objects.requireNonNull(allowed, "allowed");
    }

    /** A rule on the whole value; a value that breaks it is quoted whole. */
    public static <T> OptionCheck<T> of(Predicate<? super T> test, OptionType<T> type, String allowed) {
        return new OptionCheck<>(value -> test.test(value) ? null : type.format(value), allowed);
    }

    /** A rule on each item of a list; the first item that breaks it is quoted. */
    public static OptionCheck<List<String>> eachItem(Predicate<String> test, String allowed) {
        return new OptionCheck<>(
                items -> items.stream().filter(test.negate()).findFirst().orElse(null), allowed);
    }
}
