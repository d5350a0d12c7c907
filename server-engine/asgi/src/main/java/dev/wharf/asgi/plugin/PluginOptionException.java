package dev.wharf.asgi.plugin;

import java.util.List;

/**
 * The option values given to a plugin are not usable. Carries every problem found, not just the
 * first, so a user fixes them all in one go; each names the plugin, the option, the value and
 * what is allowed.
 */
public final class PluginOptionException extends Exception {

    private final List<String> problems;

    public PluginOptionException(List<String> problems) {
        super(String.join("\n", problems));
        if (problems.isEmpty()) {
            throw new IllegalArgumentException("a PluginOptionException needs at least one problem");
        }
        this.problems = List.copyOf(problems);
    }

    public List<String> problems() {
        return problems;
    }
}
