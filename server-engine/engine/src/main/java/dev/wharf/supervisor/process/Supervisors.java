package dev.wharf.supervisor.process;

import dev.wharf.config.Settings;
import dev.wharf.supervisor.Supervisor;

/** Makes supervisors: the way the GUI and the CLI get one. */
public final class Supervisors {

    private Supervisors() {}

    /** A supervisor of worker processes like this one (same JVM and classpath), keeping worker output and its own lines to itself (the GUI). */
    public static Supervisor create(Settings settings) {
        return new ProcessSupervisor(settings, ProcessSupervisor.launcherLikeThisProcess(), false);
    }

    /** The same, copying every worker line to this process's console (the CLI). */
    public static Supervisor createForConsole(Settings settings) {
        return new ProcessSupervisor(settings, ProcessSupervisor.launcherLikeThisProcess(), true);
    }
}
