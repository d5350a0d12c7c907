package dev.wharf.config;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;

/**
 * The type of a setting's value: how it is typed on a command line or in an environment variable,
 * how it is stored in a profile file, how it is shown, and what it allows. One instance per kind of
 * value, shared by the CLI, the environment, the profile file and the GUI form, so all four accept
 * and refuse exactly the same values with the same words.
 *
 * @param <T> the Java type of the value; {@code null} stands for "none" where {@link #optional()}
 */
public interface SettingType<T> {

    /** What a form shows for this type. */
    enum Kind {
        TEXT,
        INTEGER,
        SECONDS,
        BOOLEAN,
        CHOICE,
        LIST,
        PATH
    }

    Kind kind();

    /** Whether "none" (no value, {@code null}) is allowed. */
    boolean optional();

    /**
     * The value typed as text, as on a command line.
     *
     * @throws InvalidValue saying what is wrong and what is allowed
     */
    T parse(String text);

    /**
     * The value as a profile file holds it.
     *
     * @throws InvalidValue saying what is wrong and what is allowed
     */
    T fromJson(JsonNode node);

    /** The value as a profile file holds it: a String, Number, Boolean, List or {@code null}. */
    Object toJson(T value);

    /** The value as a user types it (the inverse of {@link #parse}); "none" for {@code null}. */
    String format(T value);

    /** What is allowed, in words: "a whole number from 0 to 65535". */
    String allowed();

    /**
     * Checks a value already of the right Java type (from code or the GUI) against the type's rules.
     *
     * @throws InvalidValue saying what is wrong and what is allowed
     */
    void check(T value);

    /** The choices of a {@link Kind#CHOICE} type, as typed; empty otherwise. */
    default List<String> choices() {
        return List.of();
    }

    /** The label of the value in help: {@code SECONDS}, {@code N}, {@code auto|on|off}. */
    String label();
}
