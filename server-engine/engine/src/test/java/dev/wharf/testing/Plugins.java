package dev.wharf.testing;

import dev.wharf.asgi.App;
import dev.wharf.asgi.plugin.Plugin;
import dev.wharf.plugins.DiscoveredPlugin;
import dev.wharf.plugins.PluginException;
import dev.wharf.plugins.PluginHost;
import dev.wharf.plugins.PluginRequest;
import java.io.IOException;
import java.util.List;

/** Plugins as the server applies them, for the plugins' own tests: through {@link PluginHost}, options as text. */
public final class Plugins {

    private Plugins() {}

    /**
     * {@code app} wrapped in {@code plugin} with {@code NAME=VALUE} options, validated the way the
     * command line's are.
     *
     * @throws PluginException with the user-facing messages when an option is refused
     */
    public static App wrap(Plugin plugin, App app, String... options) throws PluginException {
        return PluginHost.of(plugin)
                .wrap(app, List.of(PluginRequest.of(plugin.id(), options)), false)
                .app();
    }

    /** What discovery finds under {@code id} on the test's class path, as {@code wharf run} would. */
    public static DiscoveredPlugin discovered(String id) throws IOException {
        try (PluginHost host = PluginHost.discover(null, Plugins.class.getClassLoader())) {
            return host.find(id)
                    .orElseThrow(() -> new AssertionError("no plugin '" + id + "' on the class path; found "
                            + host.plugins() + ", problems " + host.discoveryProblems()));
        }
    }
}
