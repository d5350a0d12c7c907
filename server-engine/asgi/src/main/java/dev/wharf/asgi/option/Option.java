package dev.wharf.asgi.option;

/**
 * A named, typed value with a default and help: a Wharf setting or a plugin's option. What a form
 * needs to edit either one alike.
 *
 * @param <T> the Java type of a value; see {@link OptionType}
 */
public interface Option<T> {

    /** The name as a profile file or a {@code NAME=VALUE} entry spells it: {@code timeout_keep_alive}, {@code level}. */
    String name();

    OptionType<T> type();

    /** The value when none is given; {@code null} for "none", or for a plugin option that must be given. */
    T defaultValue();

    OptionHelp help();
}
