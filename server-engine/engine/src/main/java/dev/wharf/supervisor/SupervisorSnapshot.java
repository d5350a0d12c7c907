package dev.wharf.supervisor;

import dev.wharf.config.setting.Setting;
import java.util.List;

/**
 * The whole supervised server at one moment: what the GUI's panels show. Immutable.
 *
 * @param status          the server's state
 * @param address         where it serves ({@code http://127.0.0.1:8000}), or {@code null} before it binds
 * @param generation      the generation currently serving
 * @param workers         every worker alive or recently exited, ordered by slot then id
 * @param lastReload      the last reload, or {@code null}
 * @param pendingRestart  changed settings that wait for a restart
 * @param spares          worker JVMs started ahead of need for the next reload, serving nothing yet
 */
public record SupervisorSnapshot(
        ServerStatus status,
        String address,
        int generation,
        List<WorkerInfo> workers,
        ReloadReport lastReload,
        List<Setting<?>> pendingRestart,
        int spares) {

    public static final SupervisorSnapshot STOPPED =
            new SupervisorSnapshot(ServerStatus.STOPPED, null, 0, List.of(), null, List.of());

    public SupervisorSnapshot {
        workers = List.copyOf(workers);
        pendingRestart = List.copyOf(pendingRestart);
    }

    /** A snapshot without spares. */
    public SupervisorSnapshot(
            ServerStatus status,
            String address,
            int generation,
            List<WorkerInfo> workers,
            ReloadReport lastReload,
            List<Setting<?>> pendingRestart) {
        this(status, address, generation, workers, lastReload, pendingRestart, 0);
    }
}
