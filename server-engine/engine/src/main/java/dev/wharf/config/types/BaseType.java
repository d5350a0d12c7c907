package dev.wharf.config.types;

import com.fasterxml.jackson.databind.JsonNode;
import dev.wharf.config.InvalidValue;
import dev.wharf.config.SettingType;

/**
 * What every value type does the same way: "none" (empty text, {@code none}, JSON null) is
 * {@code null} where the type is optional and refused where it is not. Subclasses only see values.
 */
abstract class BaseType<T> implements SettingType<T> {

    private final boolean optional;

    BaseType(boolean optional) {
        this.optional = optional;
    }

    @Override
    public final boolean optional() {
        return optional;
    }

    @Override
    public final T parse(String text) {
        String t = text == null ? "" : text.strip();
        if (t.isEmpty()) {
            return empty();
        }
        if (optional && t.equals("none")) {
            return none();
        }
        T value = parsePresent(t);
        check(value);
        return value;
    }

    @Override
    public final T fromJson(JsonNode node) {
        if (node == null || node.isNull()) {
            return none();
        }
        if (node.isTextual()) {
            return parse(node.textValue());
        }
        T value = fromJsonPresent(node);
        check(value);
        return value;
    }

    @Override
    public final void check(T value) {
        if (value == null) {
            none();
        } else {
            checkPresent(value);
        }
    }

    @Override
    public final String format(T value) {
        return value == null ? "none" : formatPresent(value);
    }

    /** What empty text means: "none" unless the type has an empty value of its own. */
    T empty() {
        return none();
    }

    /** What "no value" means for this type: {@code null}, or an error. */
    T none() {
        if (!optional) {
            throw new InvalidValue("a value is required; use " + allowed());
        }
        return null;
    }

    /** Text that is not "none", already stripped. */
    abstract T parsePresent(String text);

    /** A JSON value that is neither null nor text. */
    abstract T fromJsonPresent(JsonNode node);

    abstract void checkPresent(T value);

    abstract String formatPresent(T value);
}
