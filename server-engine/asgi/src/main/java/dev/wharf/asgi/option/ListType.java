package dev.wharf.asgi.option;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import java.util.regex.Pattern;

/**
 * A list of text items: a repeatable option on the command line, a JSON array in a profile file, and
 * {@code separator}-separated items (one per line, or comma-separated) in an environment variable,
 * a form field or a plugin's {@code NAME=VALUE}. Each item is checked by the item type.
 */
public final class ListType implements OptionType<List<String>> {

    private final TextType item;
    private final String separator;

    ListType(TextType item, String separator) {
        this.item = item;
        this.separator = separator;
    }

    @Override
    public OptionKind kind() {
        return OptionKind.LIST;
    }

    @Override
    public boolean optional() {
        return false;
    }

    /** What separates items in one piece of text (environment variable, form field). */
    public String separator() {
        return separator;
    }

    /** The same list whose items must also pass {@code test}; see {@link TextType#and}. */
    public ListType eachItem(Predicate<String> test, String allowed) {
        return new ListType(item.and(test, allowed), separator);
    }

    /** Several items in one piece of text, as an environment variable holds them; blank items are dropped. */
    @Override
    public List<String> parse(String text) {
        List<String> items = new ArrayList<>();
        if (text == null) {
            return items;
        }
        for (String part : text.split(Pattern.quote(separator))) {
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
    public List<String> fromJson(Object json) {
        if (json == null) {
            return List.of();
        }
        if (json instanceof String text) {
            return parse(text);
        }
        if (!(json instanceof List<?> elements)) {
            throw new InvalidValue(JsonText.of(json) + " is not a list; use a JSON array of " + item.allowed());
        }
        List<String> items = new ArrayList<>();
        for (Object element : elements) {
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
