package dev.wharf.config.setting;

import java.util.Locale;

/** Uvicorn's {@code --lifespan} choices. */
public enum LifespanMode {
    /** Run lifespan; an app that raises on the lifespan scope is taken as not supporting it. */
    AUTO,
    /** Run lifespan; a failure stops the worker. */
    ON,
    /** Never send the lifespan scope. */
    OFF;

    public String cliName() {
        return name().toLowerCase(Locale.ROOT);
    }
}
