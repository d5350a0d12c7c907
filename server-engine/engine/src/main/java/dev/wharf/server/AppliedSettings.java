package dev.wharf.server;

import dev.wharf.config.setting.Setting;
import java.util.List;

/**
 * What a running worker did with new settings.
 *
 * @param applied      taken live, in effect now
 * @param needRestart  changed, but only a restart of the worker puts them in effect
 */
public record AppliedSettings(List<Setting<?>> applied, List<Setting<?>> needRestart) {

    public AppliedSettings {
        applied = List.copyOf(applied);
        needRestart = List.copyOf(needRestart);
    }
}
