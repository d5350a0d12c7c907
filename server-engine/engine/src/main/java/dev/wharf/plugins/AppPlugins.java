package dev.wharf.plugins;

import dev.wharf.asgi.plugin.AppCode;
import dev.wharf.asgi.plugin.TelemetrySink;
import dev.wharf.config.Config;
import dev.wharf.config.catalog.PluginOptions;
import dev.wharf.importer.LoadedApp;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Wraps a loaded app in the plugins its settings ask for, in the order given: the one step the CLI
 * and a worker share between loading the app and serving it.
 */
public final class AppPlugins {

    private static final Logger log = LoggerFactory.getLogger("wharf.error");

    private AppPlugins() {}

    /**
     * @param telemetry where the plugins publish what they observe
     * @return the app to serve: the loaded one, wrapped
     * @throws PluginException naming each plugin that is missing, does not load or rejects its options
     *                         (unless {@code --plugins-lenient}); also for malformed plugin flags
     */
    public static LoadedApp apply(Config config, LoadedApp loaded, TelemetrySink telemetry) throws PluginException {
        return apply(config, loaded, telemetry, AppCode.unchanging("0"));
    }

    /**
     * {@link #apply(Config, LoadedApp, TelemetrySink)} in a worker whose code may be hot-swapped.
     *
     * @param code the version of the app's code, and news of its swaps and of the drain
     */
    public static LoadedApp apply(Config config, LoadedApp loaded, TelemetrySink telemetry, AppCode code)
            throws PluginException {
        List<String> ids = config.get(PluginOptions.PLUGINS);
        if (ids.isEmpty() && config.get(PluginOptions.PLUGIN_OPTIONS).isEmpty()) {
            return loaded;
        }
        List<PluginRequest> requests;
        try {
            requests = PluginRequests.fromCommandLine(ids, config.get(PluginOptions.PLUGIN_OPTIONS));
        } catch (IllegalArgumentException e) {
            throw new PluginException(List.of(new PluginProblem(null, e.getMessage())));
        }
        // Plugins are Wharf's, as the app is the app's: they come from Wharf's class path and the
        // plugins folder, never from the app's own class loader, which sees nothing of Wharf's.
        PluginHost host = PluginHost.discover(config.get(PluginOptions.PLUGINS_DIR), AppPlugins.class.getClassLoader());
        PluginChain chain =
                host.wrap(loaded.app(), requests, config.get(PluginOptions.PLUGINS_LENIENT), telemetry, code);
        if (!chain.applied().isEmpty()) {
            log.info(
                    "Plugins: {}",
                    String.join(
                            " → ",
                            chain.applied().stream()
                                    .map(p -> p.id() + " " + p.plugin().version())
                                    .toList()));
        }
        return loaded.wrappedIn(chain.app());
    }
}
