package dev.wharf.importer;

import dev.wharf.asgi.App;

/**
 * An application ready to serve.
 *
 * @param app         the ASGI callable
 * @param classLoader the loader the app's classes came from; app threads run with it as their
 *                    context class loader
 * @param target      what was loaded, as {@code class:attribute}, for logs
 * @param served      the contract it is served through: ASGI, or the servlet adapter
 */
public record LoadedApp(App app, ClassLoader classLoader, String target, AppInterface served) {

    /** An ASGI app. */
    public LoadedApp(App app, ClassLoader classLoader, String target) {
        this(app, classLoader, target, AppInterface.ASGI);
    }
}
