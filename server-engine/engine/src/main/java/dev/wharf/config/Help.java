package dev.wharf.config;

import java.util.Objects;

/**
 * A setting's help in three parts, as the settings panel shows it.
 *
 * @param what     what the setting does
 * @param when     when it matters
 * @param mistake  the common mistake made with it
 */
public record Help(String what, String when, String mistake) {

    public Help {
        Objects.requireNonNull(what, "what");
        Objects.requireNonNull(when, "when");
        Objects.requireNonNull(mistake, "mistake");
    }
}
