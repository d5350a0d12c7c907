package dev.wharf.supervisor.process;

import static dev.wharf.config.catalog.WorkerOptions.WORKERS;

import dev.wharf.config.Settings;
import dev.wharf.config.catalog.ReloadOptions;
import dev.wharf.config.setting.Apply;
import dev.wharf.config.setting.Setting;
import java.util.ArrayList;
import java.util.List;

/**
 * What applying new settings to a running server does, worked out before anything is done: which
 * changed settings take effect now and which wait for a restart (each setting's {@link Apply} says),
 * and the settings the server runs with afterwards. The worker count is applied by scaling, so the
 * plan leaves it to the caller.
 *
 * @param applied      the changed settings that take effect now
 * @param needRestart  the changed settings that wait for the next restart
 * @param running      the settings the server runs with once the applied ones took effect
 */
record SettingsPlan(List<Setting<?>> applied, List<Setting<?>> needRestart, Settings running) {

    /**
     * @param running  what the server runs with now
     * @param desired  what it was last asked to run with (it may differ from running by restart-only settings)
     * @param next     what it is asked to run with now
     */
    static SettingsPlan of(Settings running, Settings desired, Settings next) {
        List<Setting<?>> applied = new ArrayList<>();
        List<Setting<?>> needRestart = new ArrayList<>();
        Settings live = running;
        for (Setting<?> setting : desired.differences(next)) {
            if (setting.apply() == Apply.RESTART) {
                needRestart.add(setting);
            } else {
                applied.add(setting);
                if (setting != WORKERS) {
                    live = copy(live, next, setting);
                }
            }
        }
        return new SettingsPlan(List.copyOf(applied), List.copyOf(needRestart), live);
    }

    /** The settings asked for that only a restart brings in. */
    static List<Setting<?>> pendingRestart(Settings running, Settings desired) {
        return running.differences(desired).stream()
                .filter(s -> s.apply() == Apply.RESTART)
                .toList();
    }

    /** Workers must be sent the new settings: some that they apply themselves changed. */
    boolean reachesWorkers() {
        return applied.stream().anyMatch(s -> s.apply() == Apply.LIVE);
    }

    /** Reload's own settings changed: the watcher is configured again. */
    boolean changesReload() {
        return applied.stream().anyMatch(ReloadOptions.all()::contains);
    }

    boolean scales() {
        return applied.contains(WORKERS);
    }

    private static <T> Settings copy(Settings into, Settings from, Setting<T> setting) {
        return into.with(setting, from.get(setting));
    }
}
