package dev.wharf.supervisor.process;

import dev.wharf.config.Settings;
import dev.wharf.supervisor.DevTrust;
import dev.wharf.supervisor.Supervisor;
import dev.wharf.tls.dev.DataFolder;
import dev.wharf.tls.dev.TrustStores;

/** Makes supervisors, and the development certificate's trust: the way the GUI and the CLI get them. */
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

    /**
     * {@code wharf trust} for this user on this machine: the authority in Wharf's data folder, the
     * user's NSS databases, and the system store when this process is root (else its commands).
     */
    public static DevTrust devTrust() {
        return new DevTrustStores(DataFolder.ofUser(), TrustStores.ofThisMachine());
    }
}
