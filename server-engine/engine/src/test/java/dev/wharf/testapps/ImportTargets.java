package dev.wharf.testapps;

import dev.wharf.asgi.App;
import dev.wharf.testing.Apps;
import java.util.function.Supplier;

/** Every shape an import string can point at, for the importer and CLI tests. */
public final class ImportTargets {

    public static final App app = Apps.text("from field");

    public static final Supplier<App> factory = () -> Apps.text("from supplier");

    public static final String notAnApp = "just a string";

    public static final App nothing = null;

    public static App create() {
        return Apps.text("from method");
    }

    public static App broken() {
        throw new IllegalStateException("factory exploded");
    }

    private ImportTargets() {}
}
