package dev.wharf.asgi.option;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * One of a fixed set of values, each typed as a word matched ignoring case: an enum's constants in
 * lower case ({@code auto}, {@code on}, {@code off}), or the words themselves ({@code pass}, {@code 404}).
 */
public final class ChoiceType<T> implements OptionType<T> {

    private final List<T> values;
    /** How a user types each of {@link #values}, in the same order. */
    private final List<String> typed;

    private ChoiceType(List<T> values, List<String> typed) {
        if (values.isEmpty()) {
            throw new IllegalArgumentException("a choice needs at least one value to choose");
        }
        this.values = List.copyOf(values);
        this.typed = List.copyOf(typed);
    }

    static <E extends Enum<E>> ChoiceType<E> of(Class<E> type) {
        List<E> constants = Arrays.asList(type.getEnumConstants());
        return new ChoiceType<>(
                constants,
                constants.stream().map(c -> c.name().toLowerCase(Locale.ROOT)).toList());
    }

    static ChoiceType<String> of(List<String> words) {
        return new ChoiceType<>(words, words);
    }

    @Override
    public OptionKind kind() {
        return OptionKind.CHOICE;
    }

    @Override
    public boolean optional() {
        return false;
    }

    @Override
    public T parse(String text) {
        String t = text == null ? "" : text.strip();
        for (int i = 0; i < typed.size(); i++) {
            if (typed.get(i).equalsIgnoreCase(t)) {
                return values.get(i);
            }
        }
        throw new InvalidValue("'" + text + "' is not one of the choices; use " + allowed());
    }

    @Override
    public T fromJson(Object json) {
        if (!(json instanceof String text)) {
            throw new InvalidValue(JsonText.of(json) + " is not one of the choices; use " + allowed());
        }
        return parse(text);
    }

    @Override
    public Object toJson(T value) {
        return format(value);
    }

    @Override
    public String format(T value) {
        int at = values.indexOf(value);
        return at < 0 ? String.valueOf(value) : typed.get(at);
    }

    @Override
    public String allowed() {
        return "one of " + String.join(", ", typed);
    }

    @Override
    public void check(T value) {
        if (value == null) {
            throw new InvalidValue("a value is required; use " + allowed());
        }
        if (!values.contains(value)) {
            throw new InvalidValue("'" + value + "' is not one of the choices; use " + allowed());
        }
    }

    @Override
    public List<String> choices() {
        return typed;
    }

    @Override
    public String label() {
        return String.join("|", typed);
    }
}
