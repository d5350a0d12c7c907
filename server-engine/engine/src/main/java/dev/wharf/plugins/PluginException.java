package dev.wharf.plugins;

import java.util.List;

/**
 * The plugins asked for cannot all be enabled, and the user did not ask to go on without them.
 * The message lists every problem, one a line, each naming its plugin.
 */
public final class PluginException extends Exception {

    private final List<PluginProblem> problems;

    public PluginException(List<PluginProblem> problems) {
        super(message(problems));
        this.problems = List.copyOf(problems);
    }

    public List<PluginProblem> problems() {
        return problems;
    }

    private static String message(List<PluginProblem> problems) {
        StringBuilder text = new StringBuilder("Could not enable the plugins asked for:");
        problems.forEach(problem -> text.append("\n  ").append(problem.message()));
        return text.append(
                        "\nFix the plugin settings, or enable lenient plugin loading to start without these plugins.")
                .toString();
    }
}
