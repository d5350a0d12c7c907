package dev.wharf.config.types;

import java.time.Duration;
import java.util.function.Function;

/** The value types settings are made of. */
public final class Types {

    private Types() {}

    public static TextType text(String label, String allowed) {
        return new TextType(label, allowed, false, value -> null);
    }

    /** Text checked by {@code rule}, which returns what is wrong with a value or {@code null}. */
    public static TextType text(String label, String allowed, Function<String, String> rule) {
        return new TextType(label, allowed, false, rule);
    }

    public static TextType optionalText(String label, String allowed, Function<String, String> rule) {
        return new TextType(label, allowed, true, rule);
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

    /** Seconds of at least {@code min}. */
    public static SecondsType seconds(Duration min) {
        return new SecondsType(min, false, false);
    }

    /** Seconds of more than {@code min}. */
    public static SecondsType secondsAbove(Duration min) {
        return new SecondsType(min, true, false);
    }

    public static SecondsType optionalSeconds(Duration min) {
        return new SecondsType(min, false, true);
    }

    public static SecondsType optionalSecondsAbove(Duration min) {
        return new SecondsType(min, true, true);
    }

    public static BooleanType bool() {
        return BooleanType.INSTANCE;
    }

    public static <E extends Enum<E>> ChoiceType<E> choice(Class<E> type) {
        return new ChoiceType<>(type);
    }

    public static ListType list(TextType item, String separator) {
        return new ListType(item, separator);
    }

    public static PathType path() {
        return new PathType(false);
    }

    public static PathType optionalPath() {
        return new PathType(true);
    }
}
