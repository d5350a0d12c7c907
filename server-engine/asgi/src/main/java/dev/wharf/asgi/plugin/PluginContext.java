package dev.wharf.asgi.plugin;

import java.util.Objects;

/**
 * What a plugin is given when it wraps an app.
 *
 * @param options   the plugin's option values, parsed and validated
 * @param telemetry where the plugin publishes snapshots of what it observed; keys are the
 *                  plugin's own, Wharf keeps them apart from other plugins'
 * @param code      the version of the app's code served, and news of its hot swaps and of the
 *                  worker draining
 */
public record PluginContext(OptionValues options, TelemetrySink telemetry, AppCode code) {

    public PluginContext {
        Objects.requireNonNull(options, "options");
        Objects.requireNonNull(telemetry, "telemetry");
        Objects.requireNonNull(code, "code");
    }

    /** A context for code that never changes in place. */
    public PluginContext(OptionValues options, TelemetrySink telemetry) {
        this(options, telemetry, AppCode.unchanging("0"));
    }
}
