package dev.wharf.asgi.plugin;

import dev.wharf.asgi.App;
import java.util.List;

/**
 * A Wharf plugin: ASGI middleware with an identity and declared options.
 *
 * <p>Wharf finds plugins with {@link java.util.ServiceLoader}, so an implementation needs a public
 * no-argument constructor and a {@code META-INF/services/dev.wharf.asgi.plugin.Plugin} line naming
 * it. The user enables a plugin by its {@link #id()} and sets its options as {@code NAME=VALUE};
 * Wharf validates every value against {@link #options()} before it calls {@link #wrap}, so
 * {@code wrap} only ever sees valid values.
 *
 * <p>A plugin sees the ASGI contract and nothing of the engine: it may not assume Netty, a worker
 * or a supervisor, only {@code scope}, {@code receive} and {@code send}.
 */
public interface Plugin {

    /** How users name the plugin: lower-case letters, digits and {@code -}, such as {@code static-files}. */
    String id();

    /**
     * The plugin's version, shown beside its id. By default the {@code Implementation-Version} of
     * the jar it came from, as that is where a build records it.
     */
    default String version() {
        String version = getClass().getPackage().getImplementationVersion();
        return version == null ? "unversioned" : version;
    }

    /** One sentence saying what the plugin does to requests and responses. */
    String description();

    /** The options the plugin takes, in the order a form or a help page should show them. */
    List<PluginOption<?>> options();

    /**
     * Wraps {@code app} into the middleware. Called once per worker, before it serves; the returned
     * app is then called concurrently, once per connection scope.
     *
     * @param app     the application (or the next plugin) to call
     * @param context the validated option values and where to publish telemetry
     * @throws Exception when the plugin cannot run with these values (a folder that went away,
     *                   say); Wharf reports the message under the plugin's id
     */
    App wrap(App app, PluginContext context) throws Exception;
}
