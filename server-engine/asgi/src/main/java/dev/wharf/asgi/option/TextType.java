package dev.wharf.asgi.option;

import java.util.function.Function;
import java.util.function.Predicate;

/** Free text, optionally checked by rules that explain what they want. */
public final class TextType extends BaseType<String> {

    private final String label;
    private final String allowed;
    /** Whether {@link #allowed} only says "text", to be replaced by what the first rule wants. */
    private final boolean anyText;
    /** Returns what is wrong with a value ("ends with '/'"), or {@code null} when it is fine. */
    private final Function<String, String> rule;

    TextType(String label, String allowed, boolean anyText, boolean optional, Function<String, String> rule) {
        super(optional);
        this.label = label;
        this.allowed = allowed;
        this.anyText = anyText;
        this.rule = rule;
    }

    @Override
    public OptionKind kind() {
        return OptionKind.TEXT;
    }

    /**
     * The same type with one more rule: a value {@code test} refuses "is not allowed", and {@code
     * allowed} (words that complete "use …") joins what the type already allows.
     */
    public TextType and(Predicate<String> test, String allowed) {
        Function<String, String> before = rule;
        return new TextType(label, anyText ? allowed : this.allowed + "; " + allowed, false, optional(), value -> {
            String problem = before.apply(value);
            return problem != null || test.test(value) ? problem : "is not allowed";
        });
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
    String fromJsonPresent(Object json) {
        throw new InvalidValue(JsonText.of(json) + " is not text; use " + allowed);
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
