package dev.wharf.asgi.option;

import java.util.Objects;

/**
 * An option's help in three parts, as the settings panel, {@code --help} and the README show it.
 *
 * @param what    what the option does
 * @param when    when it matters
 * @param mistake the common mistake made with it, and what to do instead
 */
public record OptionHelp(String what, String when, String mistake) {

    public OptionHelp {
        Objects.requireNonNull(what, "what");
        Objects.requireNonNull(when, "when");
        Objects.requireNonNull(mistake, "mistake");
        if (what.isBlank()) {
            throw new IllegalArgumentException("an option's help must say what it does");
        }
    }

    public static OptionHelp of(String what, String when, String mistake) {
        return new OptionHelp(what, when, mistake);
    }
}
