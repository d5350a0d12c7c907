package dev.wharf.asgi.plugin;

import dev.wharf.asgi.option.InvalidValue;
import dev.wharf.asgi.option.Option;
import dev.wharf.asgi.option.OptionCheck;
import dev.wharf.asgi.option.OptionHelp;
import dev.wharf.asgi.option.OptionType;
import dev.wharf.asgi.option.OptionTypes;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.function.Predicate;
import java.util.function.Supplier;
import java.util.regex.Pattern;

/**
 * One option a plugin declares: its name, type, default and help, on the same {@linkplain
 * dev.wharf.asgi.option option system} as Wharf's settings, so the command line, the profile file
 * and the settings form treat both alike and refuse a value with the same words.
 *
 * <p>Immutable: {@link #range}, {@link #check} and the other refinements return a new option whose
 * type is narrowed. A plugin usually keeps its options in constants and reads the values with
 * {@link OptionValues#get(PluginOption)}. A declaration that contradicts itself (a default out of
 * its own range, a range on a text option) fails at once, when the plugin class loads.
 *
 * @param <T> the Java type of a value
 */
public final class PluginOption<T> implements Option<T> {

    private static final Pattern NAME = Pattern.compile("[a-z][a-z0-9_]*");

    private final String name;
    private final OptionType<T> type;
    private final T defaultValue;
    private final OptionHelp help;

    private PluginOption(String name, OptionType<T> type, T defaultValue, OptionHelp help) {
        if (name == null || !NAME.matcher(name).matches()) {
            throw new IllegalArgumentException(
                    "option name '" + name + "': use lower-case letters, digits and '_', starting with a letter");
        }
        this.name = name;
        this.type = Objects.requireNonNull(type, "type");
        this.defaultValue = defaultValue;
        this.help = Objects.requireNonNull(help, "help");
        if (defaultValue != null) {
            try {
                type.check(defaultValue);
            } catch (InvalidValue e) {
                throw new IllegalArgumentException("option '" + name + "': its default " + e.getMessage(), e);
            }
        }
    }

    public static <T> PluginOption<T> of(String name, OptionType<T> type, T defaultValue, OptionHelp help) {
        return new PluginOption<>(name, type, Objects.requireNonNull(defaultValue, "defaultValue"), help);
    }

    public static PluginOption<String> string(String name, String defaultValue, OptionHelp help) {
        return of(name, OptionTypes.text(), defaultValue, help);
    }

    public static PluginOption<Integer> integer(String name, int defaultValue, OptionHelp help) {
        return of(name, OptionTypes.integer(), defaultValue, help);
    }

    public static PluginOption<Double> decimal(String name, double defaultValue, OptionHelp help) {
        return of(name, OptionTypes.number(), defaultValue, help);
    }

    public static PluginOption<Duration> seconds(String name, Duration defaultValue, OptionHelp help) {
        return of(name, OptionTypes.seconds(), defaultValue, help);
    }

    public static PluginOption<Boolean> bool(String name, boolean defaultValue, OptionHelp help) {
        return of(name, OptionTypes.bool(), defaultValue, help);
    }

    /** Items separated by commas; blanks around items are dropped, and so are empty items. */
    public static PluginOption<List<String>> list(String name, List<String> defaultValue, OptionHelp help) {
        return of(name, OptionTypes.list(), List.copyOf(defaultValue), help);
    }

    /** One of {@code choices}, matched ignoring case. */
    public static PluginOption<String> choice(String name, String defaultValue, List<String> choices, OptionHelp help) {
        return of(name, OptionTypes.choice(choices), defaultValue, help);
    }

    /** The same option with no default: a user must give a value. */
    public PluginOption<T> required() {
        return new PluginOption<>(name, type, null, help);
    }

    /** Values from {@code min} to {@code max}, both included. */
    public PluginOption<T> range(double min, double max) {
        return narrowed(() -> type.range(min, max));
    }

    public PluginOption<T> atLeast(double min) {
        return range(min, Double.POSITIVE_INFINITY);
    }

    /** Adds a rule on a text value; {@code allowed} completes "use …" in the message. */
    public PluginOption<T> check(Predicate<? super T> test, String allowed) {
        return check(OptionCheck.of(test, allowed));
    }

    /** Adds a rule, such as {@link OptionCheck#eachItem} on a list's items. */
    public PluginOption<T> check(OptionCheck<T> check) {
        return narrowed(() -> check.applyTo(type));
    }

    private PluginOption<T> narrowed(Supplier<OptionType<T>> narrowing) {
        OptionType<T> narrower;
        try {
            narrower = narrowing.get();
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("option '" + name + "': " + e.getMessage(), e);
        }
        return new PluginOption<>(name, narrower, defaultValue, help);
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public OptionType<T> type() {
        return type;
    }

    /** The default value, or {@code null} when the option is {@linkplain #isRequired() required}. */
    @Override
    public T defaultValue() {
        return defaultValue;
    }

    public boolean isRequired() {
        return defaultValue == null;
    }

    @Override
    public OptionHelp help() {
        return help;
    }

    /** What a valid value is, in words that complete "use …": "a whole number from 1 to 9". */
    public String allowed() {
        return type.allowed();
    }

    /**
     * Parses and validates one value given as text.
     *
     * @throws InvalidValue saying what is wrong with the text and what is allowed, such as
     *                      {@code 12 is out of range; use a whole number from 1 to 9}
     */
    public T parse(String text) {
        return type.parse(Objects.requireNonNull(text, "text"));
    }

    /** The value's text as {@link #parse} reads it. */
    public String format(T value) {
        return type.format(value);
    }

    @Override
    public String toString() {
        return name + " (" + type.kind().typeName()
                + (isRequired() ? ", required" : ", default " + format(defaultValue)) + ")";
    }
}
