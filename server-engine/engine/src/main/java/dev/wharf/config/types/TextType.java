package dev.wharf.config.types;

import com.fasterxml.jackson.databind.JsonNode;
import dev.wharf.config.InvalidValue;
import java.util.function.Function;

/** Free text, optionally checked by a rule that explains what it wants. */
public final class TextType extends BaseType<String> {

    private final String label;
    private final String allowed;
    /** Returns what is wrong with a value, or {@code null} when it is fine. */
    private final Function<String, String> rule;

    TextType(String label, String allowed, boolean optional, Function<String, String> rule) {
        super(optional);
        this.label = label;
        this.allowed = allowed;
        this.rule = rule;
    }

    @Override
    public Kind kind() {
        return Kind.TEXT;
    }

    /** Empty text is a value of its own (an empty root path), not "none", unless the type is optional. */
    @Override
    String empty() {
        if (optional()) {
            return null;
        }
        checkPresent("");
        return "";
    }

    @Override
    String parsePresent(String text) {
        return text;
    }

    @Override
    String fromJsonPresent(JsonNode node) {
        throw new InvalidValue(node + " is not text; use " + allowed);
    }

    @Override
    void checkPresent(String value) {
        String problem = rule.apply(value);
        if (problem != null) {
            throw new InvalidValue("'" + value + "' " + problem + "; use " + allowed);
        }
    }

    @Override
    String formatPresent(String value) {
        return value;
    }

    @Override
    public Object toJson(String value) {
        return value;
    }

    @Override
    public String allowed() {
        return allowed;
    }

    @Override
    public String label() {
        return label;
    }
}
