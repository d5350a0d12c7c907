package dev.wharf.gui.server;

import dev.wharf.config.Settings;
import dev.wharf.supervisor.Supervisor;

/** Makes the supervisor for one run of a profile: real worker processes in the app, a test double in view-model tests. */
@FunctionalInterface
public interface SupervisorFactory {

    Supervisor create(Settings settings);
}
