package dev.wharf.plugins;

import dev.wharf.asgi.App;
import java.util.List;

/**
 * The application wrapped in the plugins that could be enabled.
 *
 * @param app      what the server calls: the outermost plugin, or the application itself
 * @param applied  the plugins wrapped around it, outermost first
 * @param problems the plugins left out and why; empty unless loading was lenient
 */
public record PluginChain(App app, List<DiscoveredPlugin> applied, List<PluginProblem> problems) {

    public PluginChain {
        applied = List.copyOf(applied);
        problems = List.copyOf(problems);
    }
}
