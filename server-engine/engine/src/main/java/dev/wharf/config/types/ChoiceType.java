package dev.wharf.config.types;

import com.fasterxml.jackson.databind.JsonNode;
import dev.wharf.config.InvalidValue;
import dev.wharf.config.SettingType;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/** One of an enum's constants, typed in lower case ({@code auto}, {@code on}, {@code off}). */
public final class ChoiceType<E extends Enum<E>> implements SettingType<E> {

    private final Class<E> type;
    private final List<String> choices;

    ChoiceType(Class<E> type) {
        this.type = type;
        this.choices =
                Arrays.stream(type.getEnumConstants()).map(ChoiceType::typed).toList();
    }

    /** How a user types a constant. */
    public static String typed(Enum<?> constant) {
        return constant.name().toLowerCase(Locale.ROOT);
    }

    @Override
    public Kind kind() {
        return Kind.CHOICE;
    }

    @Override
    public boolean optional() {
        return false;
    }

    @Override
    public E parse(String text) {
        String t = text == null ? "" : text.strip().toLowerCase(Locale.ROOT);
        for (E constant : type.getEnumConstants()) {
            if (typed(constant).equals(t)) {
                return constant;
            }
        }
        throw new InvalidValue("'" + text + "' is not one of the choices; use " + allowed());
    }

    @Override
    public E fromJson(JsonNode node) {
        if (node == null || !node.isTextual()) {
            throw new InvalidValue(
                    (node == null ? "nothing" : node.toString()) + " is not one of the choices; use " + allowed());
        }
        return parse(node.textValue());
    }

    @Override
    public Object toJson(E value) {
        return typed(value);
    }

    @Override
    public String format(E value) {
        return typed(value);
    }

    @Override
    public String allowed() {
        return "one of " + String.join(", ", choices);
    }

    @Override
    public void check(E value) {
        if (value == null) {
            throw new InvalidValue("a value is required; use " + allowed());
        }
    }

    @Override
    public List<String> choices() {
        return choices;
    }

    @Override
    public String label() {
        return String.join("|", choices);
    }
}
