package dev.wharf.asgi.plugin;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The type of a plugin option: how its text is parsed and shown. Every value arrives as text
 * ({@code NAME=VALUE} on the command line or in the profile file), so each type turns text into a
 * Java value and back.
 *
 * <p>{@link #parse} throws {@link IllegalArgumentException} whose message says what is wrong with
 * the text ("is not a whole number"); {@link PluginOption} adds what is allowed.
 *
 * @param <T> the Java type of a value
 */
public sealed interface OptionType<T> {

    OptionType<String> STRING = new Text();
    OptionType<Integer> INT = new Int();
    OptionType<Double> DOUBLE = new Decimal();
    OptionType<Duration> SECONDS = new Seconds();
    OptionType<Boolean> BOOLEAN = new Bool();
    OptionType<List<String>> STRING_LIST = new TextList();

    /** One of {@code choices}, matched ignoring case. */
    static OptionType<String> choice(List<String> choices) {
        return new Choice(List.copyOf(choices));
    }

    /** The type's name as a form or help page shows it: {@code int}, {@code seconds}, {@code choice}. */
    String name();

    /** What a valid value looks like, for messages: "a whole number". */
    String describe();

    T parse(String text);

    /** The text that {@link #parse} turns back into {@code value}. */
    String format(T value);

    /** Whether a range may be declared on it: the numeric types. */
    default boolean isNumeric() {
        return false;
    }

    /** A numeric value as a double, to compare with a range. */
    default double numericValue(T value) {
        throw new UnsupportedOperationException(name() + " is not a numeric type");
    }

    record Text() implements OptionType<String> {
        public String name() {
            return "string";
        }

        public String describe() {
            return "text";
        }

        public String parse(String text) {
            return text;
        }

        public String format(String value) {
            return value;
        }
    }

    record Int() implements OptionType<Integer> {
        public String name() {
            return "int";
        }

        public String describe() {
            return "a whole number";
        }

        public String format(Integer value) {
            return value.toString();
        }

        public boolean isNumeric() {
            return true;
        }

        public double numericValue(Integer value) {
            return value;
        }

        public Integer parse(String text) {
            try {
                return Integer.parseInt(text.strip());
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("is not a whole number");
            }
        }
    }

    record Decimal() implements OptionType<Double> {
        public String name() {
            return "double";
        }

        public String describe() {
            return "a number";
        }

        public Double parse(String text) {
            return OptionNumbers.decimal(text);
        }

        public String format(Double value) {
            return OptionNumbers.format(value);
        }

        public boolean isNumeric() {
            return true;
        }

        public double numericValue(Double value) {
            return value;
        }
    }

    record Seconds() implements OptionType<Duration> {
        public String name() {
            return "seconds";
        }

        public String describe() {
            return "a number of seconds";
        }

        public Duration parse(String text) {
            return Duration.ofNanos(Math.round(OptionNumbers.decimal(text) * 1e9));
        }

        public String format(Duration value) {
            return OptionNumbers.format(numericValue(value));
        }

        public boolean isNumeric() {
            return true;
        }

        public double numericValue(Duration value) {
            return value.toNanos() / 1e9;
        }
    }

    record Bool() implements OptionType<Boolean> {
        public String name() {
            return "boolean";
        }

        public String describe() {
            return "true or false";
        }

        public String format(Boolean value) {
            return value.toString();
        }

        public Boolean parse(String text) {
            return switch (text.strip().toLowerCase(Locale.ROOT)) {
                case "true", "yes", "on", "1" -> true;
                case "false", "no", "off", "0" -> false;
                default -> throw new IllegalArgumentException("is not true or false");
            };
        }
    }

    /** Items separated by commas; blanks around items are dropped, and so are empty items. */
    record TextList() implements OptionType<List<String>> {
        public String name() {
            return "list";
        }

        public String describe() {
            return "a comma-separated list";
        }

        public String format(List<String> value) {
            return String.join(",", value);
        }

        public List<String> parse(String text) {
            List<String> items = new ArrayList<>();
            for (String item : text.split(",")) {
                if (!item.isBlank()) {
                    items.add(item.strip());
                }
            }
            return List.copyOf(items);
        }
    }

    record Choice(List<String> choices) implements OptionType<String> {
        public Choice {
            if (choices.isEmpty()) {
                throw new IllegalArgumentException("a choice option needs at least one choice");
            }
            choices = List.copyOf(choices);
        }

        public String name() {
            return "choice";
        }

        public String describe() {
            return "one of " + String.join(", ", choices);
        }

        public String format(String value) {
            return value;
        }

        public String parse(String text) {
            for (String choice : choices) {
                if (choice.equalsIgnoreCase(text.strip())) {
                    return choice;
                }
            }
            throw new IllegalArgumentException("is not one of the choices");
        }
    }
}
