package dev.wharf.asgi.plugin;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Predicate;
import java.util.regex.Pattern;

/**
 * One option a plugin declares: its name, type, default, help and the rules a value must keep.
 * The same shape as a Wharf setting, so the command line, the profile file and the settings form
 * can treat both alike.
 *
 * <p>Immutable: {@link #range}, {@link #check} and the other refinements return a new option. A
 * plugin usually keeps its options in constants and reads the values with
 * {@link OptionValues#get(PluginOption)}. A declaration that contradicts itself (a default out of
 * its own range, a range on a text option) fails at once, when the plugin class loads.
 *
 * @param <T> the Java type of a value
 */
public final class PluginOption<T> {

    private static final Pattern NAME = Pattern.compile("[a-z][a-z0-9_]*");
    private static final OptionRange ANY = new OptionRange(Double.NEGATIVE_INFINITY, Double.POSITIVE_INFINITY);

    private final String name;
    private final OptionType<T> type;
    private final T defaultValue;
    private final OptionHelp help;
    private final OptionRange range;
    private final List<OptionCheck<T>> checks;

    private PluginOption(
            String name,
            OptionType<T> type,
            T defaultValue,
            OptionHelp help,
            OptionRange range,
            List<OptionCheck<T>> checks) {
        if (name == null || !NAME.matcher(name).matches()) {
            throw new IllegalArgumentException(
                    "option name '" + name + "': use lower-case letters, digits and '_', starting with a letter");
        }
        this.name = name;
        this.type = Objects.requireNonNull(type, "type");
        this.defaultValue = defaultValue;
        this.help = Objects.requireNonNull(help, "help");
        this.range = range;
        this.checks = List.copyOf(checks);
        if (range != ANY && !type.isNumeric()) {
            throw new IllegalArgumentException(
                    "option '" + name + "': a range needs a numeric type, not " + type.name());
        }
        if (defaultValue != null) {
            String problem = problemWith(defaultValue);
            if (problem != null) {
                throw new IllegalArgumentException("option '" + name + "': its default " + problem);
            }
        }
    }

    public static <T> PluginOption<T> of(String name, OptionType<T> type, T defaultValue, OptionHelp help) {
        return new PluginOption<>(
                name, type, Objects.requireNonNull(defaultValue, "defaultValue"), help, ANY, List.of());
    }

    public static PluginOption<String> string(String name, String defaultValue, OptionHelp help) {
        return of(name, OptionType.STRING, defaultValue, help);
    }

    public static PluginOption<Integer> integer(String name, int defaultValue, OptionHelp help) {
        return of(name, OptionType.INT, defaultValue, help);
    }

    public static PluginOption<Double> decimal(String name, double defaultValue, OptionHelp help) {
        return of(name, OptionType.DOUBLE, defaultValue, help);
    }

    public static PluginOption<Duration> seconds(String name, Duration defaultValue, OptionHelp help) {
        return of(name, OptionType.SECONDS, defaultValue, help);
    }

    public static PluginOption<Boolean> bool(String name, boolean defaultValue, OptionHelp help) {
        return of(name, OptionType.BOOLEAN, defaultValue, help);
    }

    public static PluginOption<List<String>> list(String name, List<String> defaultValue, OptionHelp help) {
        return of(name, OptionType.STRING_LIST, List.copyOf(defaultValue), help);
    }

    public static PluginOption<String> choice(String name, String defaultValue, List<String> choices, OptionHelp help) {
        return of(name, OptionType.choice(choices), defaultValue, help);
    }

    /** The same option with no default: a user must give a value. */
    public PluginOption<T> required() {
        return new PluginOption<>(name, type, null, help, range, checks);
    }

    /** Values from {@code min} to {@code max}, both included. */
    public PluginOption<T> range(double min, double max) {
        return new PluginOption<>(name, type, defaultValue, help, new OptionRange(min, max), checks);
    }

    public PluginOption<T> atLeast(double min) {
        return range(min, Double.POSITIVE_INFINITY);
    }

    /** Adds a rule on the whole value; {@code allowed} completes "use …" in the message. */
    public PluginOption<T> check(Predicate<? super T> test, String allowed) {
        return check(OptionCheck.of(test, type, allowed));
    }

    public PluginOption<T> check(OptionCheck<T> check) {
        List<OptionCheck<T>> more = new ArrayList<>(checks);
        more.add(check);
        return new PluginOption<>(name, type, defaultValue, help, range, more);
    }

    public String name() {
        return name;
    }

    public OptionType<T> type() {
        return type;
    }

    /** The default value, or {@code null} when the option is {@linkplain #isRequired() required}. */
    public T defaultValue() {
        return defaultValue;
    }

    public boolean isRequired() {
        return defaultValue == null;
    }

    public OptionHelp help() {
        return help;
    }

    /** The numeric bounds; infinite at both ends when the option declares none. */
    public OptionRange range() {
        return range;
    }

    public List<OptionCheck<T>> checks() {
        return checks;
    }

    /** What a valid value is, in words that complete "use …": "a whole number from 1 to 9". */
    public String allowed() {
        List<String> parts = new ArrayList<>();
        // "text" says nothing once a rule says what the text must be.
        if (!(type instanceof OptionType.Text) || checks.isEmpty()) {
            parts.add(range == ANY ? type.describe() : type.describe() + " " + range.describe());
        }
        checks.forEach(check -> parts.add(check.allowed()));
        return String.join("; ", parts);
    }

    /**
     * Parses and validates one value given as text.
     *
     * @throws IllegalArgumentException saying what is wrong with the text and what is allowed,
     *                                  such as {@code '12' is out of range; use a whole number from 1 to 9}
     */
    public T parse(String text) {
        Objects.requireNonNull(text, "text");
        T value;
        try {
            value = type.parse(text);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("'" + text + "' " + e.getMessage() + "; use " + allowed(), e);
        }
        String problem = problemWith(value);
        if (problem != null) {
            throw new IllegalArgumentException(problem + "; use " + allowed());
        }
        return value;
    }

    /** The default, or the value's text as {@link #parse} reads it. */
    public String format(T value) {
        return type.format(value);
    }

    private String problemWith(T value) {
        if (type.isNumeric() && !range.contains(type.numericValue(value))) {
            return "'" + type.format(value) + "' is out of range";
        }
        for (OptionCheck<T> check : checks) {
            String offending = check.offending().apply(value);
            if (offending != null) {
                String whole = type.format(value);
                return offending.equals(whole)
                        ? "'" + offending + "' is not allowed"
                        : "'" + offending + "' (in '" + whole + "') is not allowed";
            }
        }
        return null;
    }

    @Override
    public String toString() {
        return name + " (" + type.name() + (isRequired() ? ", required" : ", default " + type.format(defaultValue))
                + ")";
    }
}
