package dev.wharf.importer;

import dev.wharf.asgi.App;
import java.util.function.IntSupplier;

/**
 * An application ready to serve.
 *
 * @param app         the ASGI callable
 * @param classLoader the loader the app's classes came from; app threads run with it as their
 *                    context class loader
 * @param target      what was loaded, as {@code class:attribute}, for logs
 * @param served      the contract it is served through: ASGI, or the servlet adapter
 * @param sessions    the live HTTP sessions of a servlet app (its worker's own); -1 for an app whose
 *                    contract has none
 */
public record LoadedApp(App app, ClassLoader classLoader, String target, AppInterface served, IntSupplier sessions) {

    private static final IntSupplier NO_SESSIONS = () -> -1;

    /** An ASGI app. */
    public LoadedApp(App app, ClassLoader classLoader, String target) {
        this(app, classLoader, target, AppInterface.ASGI, NO_SESSIONS);
    }

    /** The same app wrapped, as plugins wrap it: what it is and its sessions stay. */
    public LoadedApp wrappedIn(App wrapper) {
        return new LoadedApp(wrapper, classLoader, target, served, sessions);
    }
}
