package dev.wharf.config.sources;

/**
 * Where a setting's value came from, of the four sources {@link SettingsResolver} puts together:
 * what the window marks each field with, so a user sees why a value is what it is.
 *
 * @param kind  which source
 * @param where the variable ({@code WHARF_WORKERS}), the flag ({@code --workers}) or the profile
 *              file's name; {@code null} for the default
 */
public record ValueSource(Kind kind, String where) {

    /** The sources, weakest first: each beats the ones before it. */
    public enum Kind {
        DEFAULT("default"),
        PROFILE("profile"),
        ENVIRONMENT("env"),
        COMMAND_LINE("flag");

        private final String label;

        Kind(String label) {
            this.label = label;
        }

        /** A one-word name for a small mark beside the value. */
        public String label() {
            return label;
        }
    }

    public static final ValueSource DEFAULT = new ValueSource(Kind.DEFAULT, null);

    public static ValueSource profile(String file) {
        return new ValueSource(Kind.PROFILE, file);
    }

    public static ValueSource environment(String variable) {
        return new ValueSource(Kind.ENVIRONMENT, variable);
    }

    public static ValueSource commandLine(String flag) {
        return new ValueSource(Kind.COMMAND_LINE, flag);
    }

    /** The source in words: "the default", "from WHARF_WORKERS", "from the profile dev.json", "from --workers on the command line". */
    public String describe() {
        return switch (kind) {
            case DEFAULT -> "the default";
            case PROFILE -> "from the profile " + where;
            case ENVIRONMENT -> "from " + where;
            case COMMAND_LINE -> "from " + where + " on the command line";
        };
    }
}
