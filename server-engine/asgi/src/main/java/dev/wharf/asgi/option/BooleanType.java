package dev.wharf.asgi.option;

import java.util.Locale;

/** On or off: a pair of flags on the command line ({@code --x} / {@code --no-x}), {@code true}/{@code false} elsewhere. */
public final class BooleanType implements OptionType<Boolean> {

    static final BooleanType INSTANCE = new BooleanType();

    private BooleanType() {}

    @Override
    public OptionKind kind() {
        return OptionKind.BOOLEAN;
    }

    @Override
    public boolean optional() {
        return false;
    }

    @Override
    public Boolean parse(String text) {
        String t = text == null ? "" : text.strip().toLowerCase(Locale.ROOT);
        return switch (t) {
            case "true", "1", "yes", "on" -> true;
            case "false", "0", "no", "off" -> false;
            default -> throw new InvalidValue("'" + text + "' is not on or off; use " + allowed());
        };
    }

    @Override
    public Boolean fromJson(Object json) {
        if (json instanceof Boolean value) {
            return value;
        }
        if (json instanceof String text) {
            return parse(text);
        }
        throw new InvalidValue(JsonText.of(json) + " is not on or off; use " + allowed());
    }

    @Override
    public Object toJson(Boolean value) {
        return value;
    }

    @Override
    public String format(Boolean value) {
        return String.valueOf(value);
    }

    @Override
    public String allowed() {
        return "true or false";
    }

    @Override
    public void check(Boolean value) {
        if (value == null) {
            throw new InvalidValue("a value is required; use " + allowed());
        }
    }

    @Override
    public String label() {
        return "true|false";
    }
}
