package dev.wharf.config.setting;

import dev.wharf.asgi.option.Option;
import dev.wharf.asgi.option.OptionHelp;
import dev.wharf.asgi.option.OptionKind;
import dev.wharf.asgi.option.OptionType;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * One option of Wharf, described once: its name in a profile file ({@code key}, Uvicorn's
 * {@code Config} keyword), its command-line flag (Uvicorn's name), its {@code WHARF_*} environment
 * variable, its type and default, its help and whether a running server takes it live. The CLI, the
 * environment, the profile file, the GUI form and the README table are all made from these.
 *
 * @param <T> the value's Java type; see {@link OptionType}
 */
public final class Setting<T> implements Option<T> {

    private final String key;
    private final Section section;
    private final OptionType<T> type;
    private final T defaultValue;
    private final String defaultText;
    private final Apply apply;
    private final OptionHelp help;
    private final String flag;
    private final boolean positional;
    private final List<String> environment;

    private Setting(Builder<T> b) {
        this.key = b.key;
        this.section = b.section;
        this.type = b.type;
        this.defaultValue = b.defaultValue;
        this.defaultText = b.defaultText;
        this.apply = b.apply;
        this.help = Objects.requireNonNull(b.help, () -> key + ": help");
        this.flag = b.flag != null ? b.flag : "--" + key.replace('_', '-');
        this.positional = b.positional;
        this.environment =
                b.extraEnvironment == null ? List.of(envName(key)) : List.of(envName(key), b.extraEnvironment);
        type.check(defaultValue);
    }

    public static <T> Builder<T> define(String key, Section section, OptionType<T> type) {
        return new Builder<>(key, section, type);
    }

    private static String envName(String key) {
        return "WHARF_" + key.toUpperCase(Locale.ROOT);
    }

    /** The name in a profile file and in JSON messages: {@code timeout_keep_alive}. */
    public String key() {
        return key;
    }

    /** The same as {@link #key()}: the name an {@link Option} has in a profile file. */
    @Override
    public String name() {
        return key;
    }

    public Section section() {
        return section;
    }

    @Override
    public OptionType<T> type() {
        return type;
    }

    @Override
    public T defaultValue() {
        return defaultValue;
    }

    /** The default as the docs show it: the formatted value, or words where the default is computed. */
    public String defaultText() {
        if (defaultText != null) {
            return defaultText;
        }
        String text = type.format(defaultValue);
        if (!text.isEmpty()) {
            return text;
        }
        return type.kind() == OptionKind.LIST ? "none" : "\"\"";
    }

    public Apply apply() {
        return apply;
    }

    @Override
    public OptionHelp help() {
        return help;
    }

    /** The command-line flag: {@code --timeout-keep-alive}; for a positional setting, its label. */
    public String flag() {
        return flag;
    }

    /** The {@code --no-…} flag of a boolean setting. */
    public String negatedFlag() {
        return "--no-" + flag.substring(2);
    }

    /** Whether the command line takes it as a parameter rather than an option (the app). */
    public boolean positional() {
        return positional;
    }

    /** The environment variables read for it, the first being {@code WHARF_<KEY>}. */
    public List<String> environment() {
        return environment;
    }

    /** How messages name it: the flag, as a user of the CLI knows it. */
    @Override
    public String toString() {
        return flag;
    }

    /** Collects a setting's parts; {@link Setting#define} starts one. */
    public static final class Builder<T> {
        private final String key;
        private final Section section;
        private final OptionType<T> type;
        private T defaultValue;
        private String defaultText;
        private Apply apply = Apply.RESTART;
        private OptionHelp help;
        private String flag;
        private boolean positional;
        private String extraEnvironment;

        private Builder(String key, Section section, OptionType<T> type) {
            this.key = key;
            this.section = section;
            this.type = type;
        }

        public Builder<T> defaultValue(T value) {
            this.defaultValue = value;
            return this;
        }
        /** Words for a default that is computed at run time ("the number of cores"). */
        public Builder<T> defaultText(String text) {
            this.defaultText = text;
            return this;
        }

        public Builder<T> apply(Apply apply) {
            this.apply = apply;
            return this;
        }

        public Builder<T> help(String what, String when, String mistake) {
            this.help = new OptionHelp(what, when, mistake);
            return this;
        }
        /** A flag other than {@code --<key with dashes>}, where Uvicorn's flag and keyword differ. */
        public Builder<T> flag(String flag) {
            this.flag = flag;
            return this;
        }

        public Builder<T> positional(String label) {
            this.positional = true;
            this.flag = label;
            return this;
        }
        /** A second environment variable Uvicorn also reads, such as {@code FORWARDED_ALLOW_IPS}. */
        public Builder<T> alsoEnvironment(String name) {
            this.extraEnvironment = name;
            return this;
        }

        public Setting<T> build() {
            return new Setting<>(this);
        }
    }
}
