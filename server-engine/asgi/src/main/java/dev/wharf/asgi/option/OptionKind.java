package dev.wharf.asgi.option;

/** What kind of value an option holds, which decides the input a form shows for it. */
public enum OptionKind {
    TEXT("string"),
    INTEGER("int"),
    NUMBER("double"),
    SECONDS("seconds"),
    BOOLEAN("boolean"),
    CHOICE("choice"),
    LIST("list"),
    PATH("path");

    private final String typeName;

    OptionKind(String typeName) {
        this.typeName = typeName;
    }

    /** The type's name as a plugin's help and declarations say it: {@code int}, {@code seconds}. */
    public String typeName() {
        return typeName;
    }

    /** Whether a range may be declared on it. */
    public boolean numeric() {
        return this == INTEGER || this == NUMBER || this == SECONDS;
    }
}
