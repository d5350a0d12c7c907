package dev.wharf.gui;

import dev.wharf.gui.server.SupervisorFactory;
import dev.wharf.supervisor.SupervisorException;

/** The supervisor the window runs: real worker processes, from the engine's supervisor API. */
final class RealSupervisors {

    private RealSupervisors() {
    }

    static SupervisorFactory factory() {
        return settings -> {
            throw new IllegalStateException(new SupervisorException(
                    "This build of Wharf has no process supervisor yet; serve from a terminal with: wharf run "
                            + settings.format(dev.wharf.config.catalog.AppOptions.APP), null).getMessage());
        };
    }
}
