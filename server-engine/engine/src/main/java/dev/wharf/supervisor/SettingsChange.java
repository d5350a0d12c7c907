package dev.wharf.supervisor;

import dev.wharf.config.setting.Setting;
import java.util.List;

/**
 * What {@link Supervisor#applySettings} did.
 *
 * @param applied      in effect now (in every worker, or in the supervisor)
 * @param needRestart  stored, in effect after the next restart
 */
public record SettingsChange(List<Setting<?>> applied, List<Setting<?>> needRestart) {

    public SettingsChange {
        applied = List.copyOf(applied);
        needRestart = List.copyOf(needRestart);
    }
}
