package dev.wharf.config.types;

import com.fasterxml.jackson.databind.JsonNode;
import dev.wharf.config.InvalidValue;
import dev.wharf.config.SettingType;
import java.util.ArrayList;
import java.util.List;

/**
 * A list of text items: a repeatable option on the command line, a JSON array in a profile file, and
 * one item per line (or {@code separator}-separated) in an environment variable or a form field.
 */
public final class ListType implements SettingType<List<String>> {

    private final TextType item;
    private final String separator;

    ListType(TextType item, String separator) {
        this.item = item;
        this.separator = separator;
    }

    @Override
    public Kind kind() {
        return Kind.LIST;
    }

    @Override
    public boolean optional() {
        return false;
    }

    /** What separates items in one piece of text (environment variable, form field). */
    public String separator() {
        return separator;
    }

    /** Several items in one piece of text, as an environment variable holds them. */
    @Override
    public List<String> parse(String text) {
        List<String> items = new ArrayList<>();
        if (text == null) {
            return items;
        }
        for (String part : text.split(java.util.regex.Pattern.quote(separator))) {
            if (!part.isBlank()) {
                items.add(item.parse(part.strip()));
            }
        }
        return List.copyOf(items);
    }

    /** The items given one by one, as a repeated option gives them. */
    public List<String> parseEach(List<String> texts) {
        List<String> items = new ArrayList<>();
        for (String text : texts) {
            items.add(item.parse(text));
        }
        return List.copyOf(items);
    }

    @Override
    public List<String> fromJson(JsonNode node) {
        if (node == null || node.isNull()) {
            return List.of();
        }
        if (node.isTextual()) {
            return parse(node.textValue());
        }
        if (!node.isArray()) {
            throw new InvalidValue(node + " is not a list; use a JSON array of " + item.allowed());
        }
        List<String> items = new ArrayList<>();
        for (JsonNode element : node) {
            items.add(item.fromJson(element));
        }
        return List.copyOf(items);
    }

    @Override
    public Object toJson(List<String> value) {
        return value;
    }

    @Override
    public String format(List<String> value) {
        return String.join(separator, value);
    }

    @Override
    public String allowed() {
        return "a list of " + item.allowed();
    }

    @Override
    public void check(List<String> value) {
        if (value == null) {
            throw new InvalidValue("a value is required; use " + allowed() + " (an empty list for none)");
        }
        value.forEach(item::check);
    }

    @Override
    public String label() {
        return item.label();
    }
}
