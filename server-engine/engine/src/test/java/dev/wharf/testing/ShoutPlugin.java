package dev.wharf.testing;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/** A third-party plugin as tests build it: {@code shout} adds an {@code x-shout} header and publishes what it wrapped. */
public final class ShoutPlugin {

    public static final String SOURCE = """
            package com.example.shout;

            import dev.wharf.asgi.App;
            import dev.wharf.asgi.Header;
            import dev.wharf.asgi.HttpResponseStart;
            import dev.wharf.asgi.option.OptionHelp;
            import dev.wharf.asgi.plugin.Plugin;
            import dev.wharf.asgi.plugin.PluginContext;
            import dev.wharf.asgi.plugin.PluginOption;
            import java.util.ArrayList;
            import java.util.List;
            import java.util.Map;

            public final class ShoutPlugin implements Plugin {
                static final PluginOption<String> VALUE = PluginOption.string("value", "loud",
                        OptionHelp.of("The value of the x-shout header.", "Always.", "None."));

                public String id() { return "shout"; }
                public String description() { return "Adds an x-shout header to every HTTP response."; }
                public List<PluginOption<?>> options() { return List.of(VALUE); }

                public App wrap(App app, PluginContext context) {
                    String value = context.options().get(VALUE);
                    context.telemetry().publish("wrapped", Map.of("value", value));
                    return (scope, receive, send) -> app.call(scope, receive, message -> {
                        if (message instanceof HttpResponseStart start) {
                            List<Header> headers = new ArrayList<>(start.headers());
                            headers.add(Header.of("x-shout", value));
                            message = new HttpResponseStart(start.status(), headers);
                        }
                        send.send(message);
                    });
                }
            }
            """;

    private ShoutPlugin() {}

    /** Builds {@code shout.jar} into {@code folder}. */
    public static Path build(Path folder) throws IOException {
        return PluginJar.build(
                folder,
                "shout.jar",
                "1.2.3",
                Map.of("com.example.shout.ShoutPlugin", SOURCE),
                List.of("com.example.shout.ShoutPlugin"));
    }
}
