/**
 * The plugin SPI: middleware that wraps an {@link dev.wharf.asgi.App} and declares its own typed
 * options.
 *
 * <p>A {@link dev.wharf.asgi.plugin.Plugin} is found with {@link java.util.ServiceLoader} (a
 * {@code META-INF/services/dev.wharf.asgi.plugin.Plugin} entry in its jar). It declares
 * {@link dev.wharf.asgi.plugin.PluginOption}s, typed by the option system Wharf's own settings use
 * ({@code dev.wharf.asgi.option}); the values a user gives as {@code NAME=VALUE} text are parsed
 * and validated into {@link dev.wharf.asgi.plugin.OptionValues} before the plugin's {@code wrap} is
 * called. Like the rest of the ASGI API this package has no third-party dependency, so a plugin
 * depends on {@code wharf-asgi} alone.
 */
package dev.wharf.asgi.plugin;
