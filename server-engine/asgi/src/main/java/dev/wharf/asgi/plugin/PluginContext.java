package dev.wharf.asgi.plugin;

import java.util.Objects;

/**
 * What a plugin is given when it wraps an app.
 *
 * @param options   the plugin's option values, parsed and validated
 * @param telemetry where the plugin publishes snapshots of what it observed; keys are the
 *                  plugin's own, Wharf keeps them apart from other plugins'
 */
public record PluginContext(OptionValues options, TelemetrySink telemetry) {

    public PluginContext {
        Objects.requireNonNull(options, "options");
        Objects.requireNonNull(telemetry, "telemetry");
    }
}
