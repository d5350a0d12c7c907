package dev.wharf.asgi.option;

import java.time.Duration;
import java.util.List;
import java.util.function.Function;

/**
 * The option types values are made of. Wharf's settings name a range and a label for each; a
 * plugin's options start from the open types and narrow them ({@link OptionType#range}, {@link
 * TextType#and}, {@link ListType#eachItem}).
 */
public final class OptionTypes {

    private static final Function<String, String> ANY = value -> null;

    private OptionTypes() {}

    /** Any text; the first rule added to it says what the text must be. */
    public static TextType text() {
        return new TextType("VALUE", "text", true, false, ANY);
    }

    public static TextType text(String label, String allowed) {
        return new TextType(label, allowed, false, false, ANY);
    }

    /** Text checked by {@code rule}, which returns what is wrong with a value or {@code null}. */
    public static TextType text(String label, String allowed, Function<String, String> rule) {
        return new TextType(label, allowed, false, false, rule);
    }

    public static TextType optionalText(String label, String allowed, Function<String, String> rule) {
        return new TextType(label, allowed, false, true, rule);
    }

    /** Any whole number an {@code int} holds. */
    public static IntegerType integer() {
        return new IntegerType(Integer.MIN_VALUE, Integer.MAX_VALUE, false, "N");
    }

    public static IntegerType integer(int min, int max) {
        return new IntegerType(min, max, false, "N");
    }

    public static IntegerType integer(int min, int max, String label) {
        return new IntegerType(min, max, false, label);
    }

    public static IntegerType optionalInteger(int min, int max) {
        return new IntegerType(min, max, true, "N");
    }

    /** Any finite number, fractions allowed. */
    public static NumberType number() {
        return new NumberType(Double.NEGATIVE_INFINITY, Double.POSITIVE_INFINITY, false);
    }

    /** Any number of seconds, negative ones too. */
    public static SecondsType seconds() {
        return new SecondsType(null, false, null, false);
    }

    /** Seconds of at least {@code min}. */
    public static SecondsType seconds(Duration min) {
        return new SecondsType(min, false, null, false);
    }

    /** Seconds of more than {@code min}. */
    public static SecondsType secondsAbove(Duration min) {
        return new SecondsType(min, true, null, false);
    }

    public static SecondsType optionalSeconds(Duration min) {
        return new SecondsType(min, false, null, true);
    }

    public static SecondsType optionalSecondsAbove(Duration min) {
        return new SecondsType(min, true, null, true);
    }

    public static BooleanType bool() {
        return BooleanType.INSTANCE;
    }

    /** One of an enum's constants, typed in lower case. */
    public static <E extends Enum<E>> ChoiceType<E> choice(Class<E> type) {
        return ChoiceType.of(type);
    }

    /** One of {@code words}, matched ignoring case and given back as listed. */
    public static ChoiceType<String> choice(List<String> words) {
        return ChoiceType.of(words);
    }

    public static ListType list(TextType item, String separator) {
        return new ListType(item, separator);
    }

    /** Comma-separated text items, as a plugin's list options are typed. */
    public static ListType list() {
        return new ListType(text(), ",");
    }

    public static PathType path() {
        return new PathType(false);
    }

    public static PathType optionalPath() {
        return new PathType(true);
    }
}
