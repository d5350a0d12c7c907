package dev.wharf.asgi.plugin;

import java.util.Objects;

/**
 * The help text of an option, in the three parts every Wharf setting has.
 *
 * @param what          what the option does
 * @param whenItMatters when a user should care about it
 * @param commonMistake the mistake people make with it, and what to do instead
 */
public record OptionHelp(String what, String whenItMatters, String commonMistake) {

    public OptionHelp {
        Objects.requireNonNull(what, "what");
        Objects.requireNonNull(whenItMatters, "whenItMatters");
        Objects.requireNonNull(commonMistake, "commonMistake");
        if (what.isBlank()) {
            throw new IllegalArgumentException("an option's help must say what it does");
        }
    }

    public static OptionHelp of(String what, String whenItMatters, String commonMistake) {
        return new OptionHelp(what, whenItMatters, commonMistake);
    }
}
